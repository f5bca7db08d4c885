import type { CheckResult, FixedCell, IndicatorRowTarget } from "../../src/excel";
import type { Finding } from "../../src/form/finding";
import { buildReport, checkFile } from "../../src/form/report";
import type { GridSnapshot } from "../../src/form/grid";
import type { PaneActions, PaneEnvironment, PaneSettings } from "../../src/taskpane/actions";
import { sampleGrid } from "../support/sampleGrid";

/** A check result as src/excel would give it, from a grid. */
export function checkResultOf(grid: GridSnapshot = sampleGrid()): CheckResult {
  return { report: buildReport([checkFile("工作簿1.xlsx", [grid])]), marked: 0, unmarked: 0 };
}

const fixedCell = (f: Finding): FixedCell => ({
  sheet: f.sheet,
  cell: f.fix!.cell,
  code: f.code,
  before: String(f.data.value ?? f.data.raw ?? ""),
  numberFormat: "General",
  after: f.fix!.value,
});

/** Actions that record their calls and answer from the core, with no Excel behind them. */
export function fakeActions(
  result = checkResultOf(),
  record_: FixedCell[] = [],
  rowTarget: { current: IndicatorRowTarget | null } = { current: null }
) {
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    <T>(name: string, answer: (...args: never[]) => T) =>
    async (...args: unknown[]) => {
      calls.push({ name, args });
      return answer(...(args as never[]));
    };
  const actions: PaneActions = {
    insertTemplate: record("insertTemplate", () => ({ sheet: "2027绩效目标表", cell: "B4" })),
    indicatorRowTarget: record("indicatorRowTarget", () => rowTarget.current),
    insertIndicatorRow: record("insertIndicatorRow", () => ({
      sheet: rowTarget.current?.sheet ?? "",
      level1: "产出指标",
      level2: "数量指标",
      cell: "C14",
    })),
    checkSheet: record("checkSheet", () => result),
    checkWorkbook: record("checkWorkbook", () => result),
    clearMarks: record("clearMarks", () => ({ cells: 7, sheets: 1 })),
    // Fixes as the workbook's record would keep them, so undo and a reload can be faked too.
    applyFixes: record("applyFixes", (findings: readonly Finding[]) => {
      record_.splice(0, record_.length, ...findings.map(fixedCell));
      return findings.map((f) => ({
        sheet: f.sheet,
        cell: f.fix!.cell,
        code: f.code,
        value: f.fix!.value,
        before: String(f.data.value ?? ""),
      }));
    }),
    undoFixes: record("undoFixes", () => record_.splice(0)),
    fixesToUndo: record("fixesToUndo", () => [...record_]),
    mergeIntoSummary: record("mergeIntoSummary", () => ({
      sheet: "汇总表",
      forms: 5,
      leftOut: 0,
      checks: "检查结果",
      year: 2023,
      yearGiven: false,
      disagreements: {},
    })),
    importWorkbooks: record("importWorkbooks", () => []),
    selectCell: record("selectCell", () => undefined),
    watchChanges: record("watchChanges", () => null),
    selfTest: record("selfTest", () => ({
      environment: { platform: "PC", version: "16.0", excelApi: "1.8", language: "zh-CN" },
      results: [{ id: "values.roundTrip", ok: true, expected: "x", actual: "x" }],
    })),
    selfTestText: () => "perf-targets 自检",
  };
  return { actions, calls, record: record_, rowTarget };
}

export function memorySettings(): PaneSettings & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, get: (k) => values.get(k), set: (k, v) => void values.set(k, v) };
}

export function environment(): PaneEnvironment & {
  downloads: { name: string; type: string; content: string }[];
} {
  const downloads: { name: string; type: string; content: string }[] = [];
  return {
    locale: "zh",
    settings: memorySettings(),
    downloads,
    download: (name, type, content) => void downloads.push({ name, type, content }),
  };
}

/** Let queued promises (an action, then the re-render) settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
