import { memoize } from "../memo";
import { normalizeLabel } from "../text";
import { BLOCK_LABELS, FIELDS, FOOTER_PREFIXES, TABLE, type FieldKey } from "../template";

const byLabel = new Map<string, FieldKey>();
for (const [key, spec] of Object.entries(FIELDS) as [FieldKey, (typeof FIELDS)[FieldKey]][]) {
  for (const label of [spec.label, ...spec.aliases]) byLabel.set(bare(normalizeLabel(label)), key);
}
const blockLabels = new Set(
  Object.values(BLOCK_LABELS).flatMap((b) =>
    [b.label, ...b.aliases].map((l) => bare(normalizeLabel(l)))
  )
);

/** A label without 其中:, a trailing (万元) or (盖章), so 其中：财政拨款 and 年度资金总额（万元） match. */
function bare(label: string): string {
  return label
    .replace(/^其中[:,]?/, "")
    .replace(/\((万元|元|盖章|签章)\)$/, "")
    .replace(/:$/, "");
}

const LONGEST_LABEL = Math.max(...[...byLabel.keys()].map((label) => label.length)) + 12;
const lookUpField = memoize((label) => byLabel.get(bare(label)) ?? null);

/** The header field a normalised cell label names, if any. Long texts (goals, names) are never labels. */
export function fieldOf(label: string): FieldKey | null {
  return label && label.length <= LONGEST_LABEL ? lookUpField(label) : null;
}

/** "预算单位:大连…" — a label and its value in one cell. */
export function inlineField(text: string): { key: FieldKey; value: string } | null {
  const m = /^([^:：]{2,12})[:：]\s*(.+)$/.exec(text.trim());
  if (!m) return null;
  const key = fieldOf(normalizeLabel(m[1]));
  return key ? { key, value: m[2].trim() } : null;
}

export function isBlockLabel(label: string): boolean {
  return blockLabels.has(bare(label));
}

const tableLabels = (column: keyof typeof TABLE) =>
  new Set(TABLE[column].aliases.map((a) => normalizeLabel(a)));
export const TABLE_LABELS = {
  level1: tableLabels("level1"),
  level2: tableLabels("level2"),
  name: tableLabels("name"),
  value: tableLabels("value"),
};

const footers = FOOTER_PREFIXES.map((p) => normalizeLabel(p));

/** Rows below the indicator table that are sign-off or notes, not indicators. */
export function isFooterLabel(label: string): boolean {
  return footers.some((prefix) => label.startsWith(prefix));
}

/** A form's title or year line: the start of the next stacked form. */
export function isTitleLabel(label: string): boolean {
  return /绩效目标(表|申报表)/.test(label) || /^\(\d{4}年度\)$/.test(label);
}
