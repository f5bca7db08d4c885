import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArea } from "../../src/form/address";
import type { Finding, FormReport } from "../../src/form/finding";
import type { CellValue, GridSnapshot } from "../../src/form/grid";
import type { CellInput, PlanOp, SheetPlan } from "../../src/form/plan";

/*
 * Published forms transcribed as fixtures (test/fixtures/forms/): <id>.tsv holds the cells, one
 * row a line, "\n" inside a cell for a line break; <id>.json says where the form comes from and
 * what it must read as. docs/layouts.md describes the layouts they cover.
 */

export const FIXTURE_DIR = join(__dirname, "../fixtures/forms");

type Nullable<T> = T | null;

export interface IndicatorExpectation {
  at: number;
  level1?: string;
  level2?: string;
  name?: string;
  raw?: string;
  kind?: string;
  operator?: Nullable<string>;
  number?: Nullable<string>;
  unit?: Nullable<string>;
}

interface ColumnExpectation {
  total?: Nullable<string>;
  fiscal?: Nullable<string>;
  other?: Nullable<string>;
}

export interface FormExpectation {
  name?: Nullable<string>;
  department?: Nullable<string>;
  implementer?: Nullable<string>;
  unit?: Nullable<string>;
  year?: Nullable<number>;
  period?: Nullable<{ start: Nullable<string>; end: Nullable<string> }>;
  funding?: {
    writtenIn?: string;
    period?: Nullable<ColumnExpectation>;
    annual?: Nullable<ColumnExpectation>;
  };
  goals?: { period?: Nullable<string>; annual?: Nullable<string> };
  indicatorCount?: number;
  indicators?: IndicatorExpectation[];
  /** Every error the form must have, and no other (a multiset of codes). */
  errors: string[];
  /** Warnings that must be present (a multiset of codes; others may be too). */
  warnings?: string[];
  /** Fix values that findings of a code must offer. */
  fixes?: Record<string, string[]>;
  /** Codes that must not be reported at all. */
  absent?: string[];
}

export interface FormFixture {
  id: string;
  title: string;
  kind: "real" | "reconstruction";
  source: string | null;
  transcription: string;
  /** Merged areas (A1 ranges), applied to the grid and the workbook alike. */
  merges?: string[];
  /** Cells written as numbers with a number format in the .xlsx version. */
  xlsxNumbers?: Record<string, { value: number; format: string }>;
  expect: { forms: FormExpectation[]; fileFindings?: string[] };
}

export function loadFixtures(): FormFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const id = basename(file, ".json");
      return { id, ...JSON.parse(readFileSync(join(FIXTURE_DIR, file), "utf8")) } as FormFixture;
    });
}

export function fixtureRows(fixture: FormFixture): string[][] {
  const text = readFileSync(join(FIXTURE_DIR, `${fixture.id}.tsv`), "utf8");
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t").map((cell) => cell.replace(/\\n/g, "\n")));
}

const mergesOf = (fixture: FormFixture) =>
  (fixture.merges ?? []).map((range) => {
    const area = parseArea(range);
    if (!area) throw new Error(`${fixture.id}: bad merge ${range}`);
    return area;
  });

/** The fixture as pasted text reads: every cell a string. */
export function fixtureGrid(fixture: FormFixture): GridSnapshot {
  const values: CellValue[][] = fixtureRows(fixture).map((row) =>
    row.map((cell) => (cell === "" ? null : cell))
  );
  return {
    sheet: fixture.id.slice(0, 31),
    origin: { row: 0, col: 0 },
    values,
    merges: mergesOf(fixture),
  };
}

/** The fixture as a sheet plan for the ExcelJS writer, with its number cells and merges. */
export function fixturePlan(fixture: FormFixture): SheetPlan {
  const rows = fixtureRows(fixture);
  const width = Math.max(...rows.map((row) => row.length));
  const values: CellInput[][] = rows.map((row) =>
    Array.from({ length: width }, (_, col) => (row[col] ? row[col] : null))
  );
  const ops: PlanOp[] = [];
  for (const [cell, number] of Object.entries(fixture.xlsxNumbers ?? {})) {
    const area = parseArea(cell);
    if (!area) throw new Error(`${fixture.id}: bad cell ${cell}`);
    values[area.top][area.left] = number.value;
    ops.push({ kind: "format", range: cell, format: { numberFormat: number.format } });
  }
  const last = `${String.fromCharCode(64 + width)}${rows.length}`;
  return {
    sheet: fixture.id.slice(0, 31),
    ops: [
      { kind: "values", range: `A1:${last}`, values },
      ...ops,
      ...(fixture.merges ?? []).map((range): PlanOp => ({ kind: "merge", range })),
    ],
  };
}

export interface Score {
  met: number;
  total: number;
  misses: string[];
}

/** Compares what was read with what the fixture expects, one check per expected fact. */
export function scoreFixture(
  fixture: FormFixture,
  read: { forms: FormReport[]; findings: Finding[] }
): Score {
  const score: Score = { met: 0, total: 0, misses: [] };
  const check = (what: string, actual: unknown, expected: unknown) => {
    score.total++;
    if (JSON.stringify(actual) === JSON.stringify(expected)) score.met++;
    else
      score.misses.push(
        `${what}: read ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
      );
  };
  check("forms found", read.forms.length, fixture.expect.forms.length);
  for (const code of fixture.expect.fileFindings ?? [])
    check(
      `file finding ${code}`,
      read.findings.some((f) => f.code === code),
      true
    );
  fixture.expect.forms.forEach((expected, index) => {
    const form = read.forms[index];
    const at = `form ${index + 1}`;
    if (!form) {
      // Every fact about a form that was not found is missed.
      scoreForm(NOT_FOUND, expected, (what) => {
        score.total++;
        score.misses.push(`${at} ${what}: form not found`);
      });
      return;
    }
    scoreForm(form, expected, (what, actual, wanted) => check(`${at} ${what}`, actual, wanted));
  });
  return score;
}

const NOT_FOUND: FormReport = {
  sheet: "",
  range: "A1",
  area: { top: 0, left: 0, bottom: 0, right: 0 },
  record: {
    year: null,
    unit: null,
    name: null,
    department: null,
    implementer: null,
    period: null,
    funding: { writtenIn: "万元", period: null, annual: null },
    goals: { period: null, annual: null },
    indicators: [],
    cells: {},
  },
  findings: [],
};

type Check = (what: string, actual: unknown, expected: unknown) => void;

function scoreForm(form: FormReport, expected: FormExpectation, check: Check): void {
  const { record, findings } = form;
  for (const key of ["name", "department", "implementer", "unit", "year"] as const) {
    if (key in expected) check(key, record[key], expected[key]);
  }
  if ("period" in expected) {
    const period = record.period && { start: record.period.start, end: record.period.end };
    check("period", period, expected.period);
  }
  scoreFunding(record.funding, expected.funding, check);
  for (const side of ["period", "annual"] as const) {
    if (expected.goals && side in expected.goals)
      check(`goals.${side}`, record.goals[side], expected.goals[side]);
  }
  if (expected.indicatorCount !== undefined)
    check("indicator count", record.indicators.length, expected.indicatorCount);
  for (const want of expected.indicators ?? [])
    scoreIndicator(record.indicators[want.at], want, check);
  scoreFindings(findings, expected, check);
}

function scoreFunding(
  funding: FormReport["record"]["funding"],
  expected: FormExpectation["funding"],
  check: Check
): void {
  if (!expected) return;
  if ("writtenIn" in expected) check("funding.writtenIn", funding.writtenIn, expected.writtenIn);
  for (const side of ["period", "annual"] as const) {
    if (!(side in expected)) continue;
    const want = expected[side];
    const column = funding[side];
    if (want === null || column === null) {
      check(
        `funding.${side}`,
        column === null ? null : "a column",
        want === null ? null : "a column"
      );
      continue;
    }
    for (const part of ["total", "fiscal", "other"] as const) {
      if (want && part in want) check(`funding.${side}.${part}`, column[part], want[part]);
    }
  }
}

function scoreIndicator(
  indicator: FormReport["record"]["indicators"][number] | undefined,
  want: IndicatorExpectation,
  check: Check
): void {
  const at = `indicator ${want.at + 1}`;
  if (!indicator) {
    check(`${at} present`, false, true);
    return;
  }
  for (const key of ["level1", "level2", "name"] as const) {
    if (key in want) check(`${at} ${key}`, indicator[key], want[key]);
  }
  for (const key of ["raw", "kind", "operator", "number", "unit"] as const) {
    if (key in want) check(`${at} ${key}`, indicator.value[key], want[key]);
  }
}

function scoreFindings(findings: Finding[], expected: FormExpectation, check: Check): void {
  const errors = findings.filter((f) => f.severity === "error").map((f) => f.code);
  const unmatched = [...errors];
  for (const code of expected.errors) {
    const at = unmatched.indexOf(code);
    check(`error ${code}`, at >= 0, true);
    if (at >= 0) unmatched.splice(at, 1);
  }
  check("no other error", unmatched, []);
  const others = findings.map((f) => f.code);
  for (const code of expected.warnings ?? []) {
    const at = others.indexOf(code);
    check(`finding ${code}`, at >= 0, true);
    if (at >= 0) others.splice(at, 1);
  }
  for (const [code, values] of Object.entries(expected.fixes ?? {})) {
    const offered = findings.filter((f) => f.code === code).map((f) => f.fix?.value);
    for (const value of values) check(`${code} fix ${value}`, offered.includes(value), true);
  }
  for (const code of expected.absent ?? [])
    check(
      `no ${code}`,
      findings.some((f) => f.code === code),
      false
    );
}
