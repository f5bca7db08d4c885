import { memoize } from "../memo";
import { normalizeLabel } from "../text";
import {
  LABEL_AFFIX_HINT,
  LABEL_PREFIXES,
  LABEL_SUFFIXES,
  periodScore,
  SEAL_NOTE,
  TITLE_ENDINGS,
  type TableRole,
} from "./vocabulary";
import {
  BLOCK_LABELS,
  FIELDS,
  FOOTER_PREFIXES,
  FOOTER_WORDS,
  FUNDING_SIDE_WORDS,
  TABLE,
  type FieldKey,
  type FundingSide,
} from "../template";

/*
 * The label table (template.ts) as look-ups on normalised cell text: which field, block, table
 * column, funding side or footer a cell names. docs/layouts.md lists the labels of each layout.
 */

/** A label without what units add around it (vocabulary.ts): 其中：1.中央资金 → 中央资金. */
function bare(label: string): string {
  if (!LABEL_AFFIX_HINT.test(label)) return label;
  let text = label.replace(/:$/, "");
  for (const prefix of LABEL_PREFIXES) text = text.replace(prefix, "");
  for (const suffix of LABEL_SUFFIXES) text = text.replace(suffix, "");
  return text;
}

const byLabel = new Map<string, FieldKey>();
for (const [key, spec] of Object.entries(FIELDS) as [FieldKey, (typeof FIELDS)[FieldKey]][]) {
  for (const label of [spec.label, ...spec.aliases]) byLabel.set(bare(normalizeLabel(label)), key);
}
const blockLabels = new Set(
  Object.values(BLOCK_LABELS).flatMap((b) =>
    [b.label, ...b.aliases].map((l) => bare(normalizeLabel(l)))
  )
);

const LONGEST_LABEL = Math.max(...[...byLabel.keys()].map((label) => label.length)) + 12;
const lookUpField = memoize((label) => byLabel.get(bare(label)) ?? null);

/** The header field a normalised cell label names, if any. Long texts (goals, names) are never labels. */
export function fieldOf(label: string): FieldKey | null {
  return label && label.length <= LONGEST_LABEL ? lookUpField(label) : null;
}

/** "填报单位(盖章)楼区卫计局": a label, its seal note and its value with no colon between. */
const sealedInline = new RegExp(`^([^:：()（）]{2,12}${SEAL_NOTE.source})\\s*([^\\s].*)$`, "s");

const LEADING_SEAL_NOTE = new RegExp(`^${SEAL_NOTE.source}\\s*`);

/** Whether a cell's folded text may hold a label and its value: a colon, or a seal note. */
export const mayBeInline = (label: string) => /[:：]/.test(label) || SEAL_NOTE.test(label);

/** "预算单位:大连…" — a label and its value in one cell; the value may run over several lines. */
export function inlineField(text: string): { key: FieldKey; value: string } | null {
  const m = /^([^:：]{2,12})[:：]\s*(.+)$/s.exec(text.trim()) ?? sealedInline.exec(text.trim());
  if (!m) return null;
  const key = fieldOf(normalizeLabel(m[1]));
  if (!key) return null;
  // The seal note may follow the colon (湘潭 2023: "填报单位:(盖章) 单位:万元"): it is the label's.
  const value = m[2].replace(LEADING_SEAL_NOTE, "");
  // "填报单位(盖章):   单位负责人:谭呈祥": a second label after blanks leaves the first one blank.
  return { key, value: /^[^:：\s]{2,12}[:：]/.test(value) ? "" : value };
}

const lookUpBlock = memoize((label) => blockLabels.has(bare(label)));

const GOALS_TITLE = bare(normalizeLabel(BLOCK_LABELS.goals.label));

/** The goals' block title itself (绩效目标), not a goal's own label (年度绩效目标 is one). */
export const isGoalsTitle = (label: string): boolean => bare(label) === GOALS_TITLE;

export function isBlockLabel(label: string): boolean {
  return label.length > 0 && label.length <= LONGEST_LABEL && lookUpBlock(label);
}

export type FundingKey = Extract<
  FieldKey,
  "periodTotal" | "annualTotal" | "total" | "fiscal" | "fiscalPart" | "other"
>;
const FUNDING_KEYS: ReadonlySet<FieldKey> = new Set<FundingKey>([
  "periodTotal",
  "annualTotal",
  "total",
  "fiscal",
  "fiscalPart",
  "other",
]);

export function isFundingKey(key: FieldKey | null): key is FundingKey {
  return key !== null && FUNDING_KEYS.has(key);
}

const sideByWord = new Map<string, FundingSide>(
  (Object.entries(FUNDING_SIDE_WORDS) as [FundingSide, readonly string[]][]).flatMap(
    ([side, words]) => words.map((word) => [word, side] as [string, FundingSide])
  )
);

/** The funding column a row label names (实施期, 年度…), as in a small table's first column. */
export function sideOf(label: string): FundingSide | null {
  return sideByWord.get(bare(label)) ?? null;
}

/**
 * The unit a label or a unit line declares for the form's amounts: 单位:元, 金额单位：万元, （单位：元）,
 * 资金投入(元), 资金情况(单位:万元), 金额(万元). Null when it says nothing about amounts.
 */
export const amountUnitOf: (label: string) => "万元" | "元" | null = memoize(unitOf);

/** A line that only states the unit: 单位:元, 金额单位:万元, (单位:元), 单位(元). */
const UNIT_LINE = /^\(?(?:金额)?单位[:(](万元|元)\)?$/;

export const isUnitLine = (label: string): boolean => UNIT_LINE.test(label);

function unitOf(label: string): "万元" | "元" | null {
  const line = UNIT_LINE.exec(label);
  if (line) return line[1] as "万元" | "元";
  const bracket = /\((?:单位:)?(万元|元)\)/.exec(label);
  if (!bracket) return null;
  const named = label.slice(0, bracket.index);
  return fieldOf(named) !== null || isBlockLabel(named) || isFundingWord(named)
    ? (bracket[1] as "万元" | "元")
    : null;
}

const isFundingWord = (text: string) => /资金|金额|预算|投入|投资/.test(text);

export type { TableRole } from "./vocabulary";
const tableRoles = new Map<string, TableRole>();
for (const [role, spec] of Object.entries(TABLE) as [TableRole, (typeof TABLE)[TableRole]][]) {
  for (const alias of spec.aliases) tableRoles.set(normalizeLabel(alias), role);
}

/**
 * The role of an indicator table's column header: 一级指标 → level1, 指标性质 → operator, …
 * A value header may carry its column's period (年度指标值, 实施期指标值); a header such as
 * 指标值(万元) is still a value header.
 */
export function tableRoleOf(label: string): TableRole | null {
  return label && label.length <= 12 ? lookUpRole(label) : null;
}

const lookUpRole = memoize((label): TableRole | null => {
  const role = tableRoles.get(label) ?? tableRoles.get(label.replace(/\([^()]*\)$/, ""));
  if (role) return role;
  if (/指标值/.test(label)) return "value";
  return null;
});

/**
 * What a normalised label names, as the reader asks of every cell: a field, a block, a table
 * column, or a line that only states the amounts' unit.
 */
export interface LabelMeaning {
  field: FieldKey | null;
  block: boolean;
  role: TableRole | null;
  /** 单位:万元 and its kin: never the value of the label left of it (a blank 填报单位). */
  unitLine: boolean;
  /** Any of the four: a label, never a value. */
  isLabel: boolean;
}

export const NO_MEANING: LabelMeaning = {
  field: null,
  block: false,
  role: null,
  unitLine: false,
  isLabel: false,
};

const lookUpMeaning = memoize((label): LabelMeaning => {
  const field = fieldOf(label);
  const block = isBlockLabel(label);
  const role = tableRoleOf(label);
  const unitLine = isUnitLine(label);
  const isLabel = field !== null || block || role !== null || unitLine;
  return isLabel ? { field, block, role, unitLine, isLabel } : NO_MEANING;
});

/** fieldOf, isBlockLabel and tableRoleOf at once; texts too long for any label mean nothing. */
export function meaningOf(label: string): LabelMeaning {
  return label && label.length <= LONGEST_LABEL ? lookUpMeaning(label) : NO_MEANING;
}

/** Whether a column header names the long-term (实施期) rather than the annual part. */
export const isLongTermLabel = (label: string): boolean => periodScore(label) < 0;

export const isAnnualLabel = (label: string): boolean => periodScore(label) > 0;

const footers = FOOTER_PREFIXES.map((p) => normalizeLabel(p));

/** Rows below the indicator table that are sign-off or notes, not indicators. */
export const isFooterLabel: (label: string) => boolean = memoize(
  (label) =>
    footers.some((prefix) => label.startsWith(prefix)) ||
    FOOTER_WORDS.some((word) => label.includes(word))
);

/** A form's title or year line: the start of the next stacked form. */
const TITLE = new RegExp(
  `绩效目标(${[...TITLE_ENDINGS].sort((a, b) => b.length - a.length).join("|")})`
);
export const isTitleLabel: (label: string) => boolean = memoize(
  (label) => TITLE.test(label) || /^\(?\d{4}年度\)?$/.test(label)
);
