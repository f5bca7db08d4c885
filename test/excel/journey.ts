import fc from "fast-check";
import {
  AddinError,
  applyFixes,
  checkSheet,
  checkWorkbook,
  clearMarks,
  importWorkbooks,
  insertIndicatorRow,
  insertTemplate,
  mergeIntoSummary,
  type CheckResult,
  type ImportFile,
} from "../../src/excel";
import { formulaInput } from "../../src/excel/applyPlan";
import { capabilities } from "../../src/excel/features";
import { queueSnapshot, toSnapshot } from "../../src/excel/snapshot";
import type { EmulatedSheet, EmulatedWorkbook } from "../../src/emulator";
import { addDecimals, compareDecimals, parsePlainDecimal } from "../../src/form/decimal";
import type { Finding } from "../../src/form/finding";
import type { GridSnapshot } from "../../src/form/grid";
import { buildReport, checkFile } from "../../src/form/report";
import { readWorkbook } from "../../src/xlsx";
import { countSyncs, useHost, type Host } from "./host";
import { valueOf } from "../../src/emulator/model/values";
import { copySheetAsPerson } from "./person";
import { workbookState } from "./state";

/*
 * A person's journey through the pane, as fast-check commands (docs/addin.md, "Journeys";
 * journeys.fuzz.test.ts runs them). Two emulated Excels side by side: `real`, where
 * every operation runs, and `shadow`, where the same person makes the same edits and never checks.
 * The invariants after each step:
 *  - a check's report is exactly the core's report of the person's own sheets (never the
 *    add-in's summaries, whether renamed, moved or copied), and says how many sheets it left out;
 *  - every cell value and formula, and the sheet order, is the shadow's; after 清除标记 the whole
 *    workbook is (every cell property, comments, validation, conditional formats, merges, names);
 *  - 汇总 twice is 汇总 once, and its 合计 is the exact sum of the forms' amounts;
 *  - nothing throws but the operation's documented errors, and each stays within its sync budget.
 */

export interface Journey {
  real: Host;
  shadow: Host;
  /** The add-in's own sheets in `real`, known by identity (the model's, not the add-in's, way). */
  own: Set<EmulatedSheet>;
  lastCheck: CheckResult | null;
  canImport: boolean;
  files: ImportFile[];
}

type Model = Record<string, never>;
type Step = fc.AsyncCommand<Model, Journey>;

/** The most syncs each operation may make (their own comments say why). */
const BUDGET = {
  insert: 2,
  insertRow: 2,
  checkSheet: 3,
  checkWorkbook: 4,
  clear: 3,
  fixes: 2,
  merge: 4,
};

/** Ids are Excel's to choose (a sheet made again gets a new one); everything else must match. */
const stateOf = (book: EmulatedWorkbook) =>
  workbookState(book, new Set(["parseWorkbook", "id", "creationDate"]));

/** What the person typed: values and formulas of every sheet, in order (marks add only styles). */
const cellsOf = (book: EmulatedWorkbook) =>
  book.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells]
      .filter(([, c]) => c.value !== "" || c.formula)
      .map(([k, c]) => [k, c.value, c.formula ?? ""])
      .sort(),
    merges: s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
  }));

async function onReal<T>(journey: Journey, run: () => Promise<T>, budget: number): Promise<T> {
  useHost(journey.real);
  const { result, syncs } = await countSyncs(journey.real, run);
  expect(syncs).toBeLessThanOrEqual(budget);
  return result;
}

async function onShadow<T>(journey: Journey, run: () => Promise<T>): Promise<T> {
  useHost(journey.shadow);
  try {
    return await run();
  } finally {
    useHost(journey.real);
  }
}

/** Run an operation that may fail only with the given AddinError ids: true when it did not fail. */
async function allowing(ids: string[], run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (!(error instanceof AddinError) || !ids.includes(error.id)) throw error;
    return false;
  }
}

const personSheets = (j: Journey) =>
  j.real.workbook.sheets.filter((s) => !j.own.has(s) && s.visibility !== "VeryHidden");

/** The person's sheets as the add-in reads them, through the genuine library. */
async function readThroughExcel(j: Journey, names: string[]): Promise<GridSnapshot[]> {
  useHost(j.real);
  return Excel.run(async (context) => {
    const caps = capabilities();
    const pending = names.map((n) => queueSnapshot(context.workbook.worksheets.getItem(n), caps));
    await context.sync();
    return pending.map(toSnapshot);
  });
}

function sameCells(j: Journey): void {
  expect(cellsOf(j.real.workbook)).toEqual(cellsOf(j.shadow.workbook));
}

/** Both workbooks get the same edit, as a person's typing in Excel (not through the add-in). */
function personEdit(j: Journey, edit: (book: EmulatedWorkbook) => void): void {
  edit(j.real.workbook);
  edit(j.shadow.workbook);
  sameCells(j);
}

/** How often each kind of step ran, for the test to say that each was reached. */
export const STATS = new Map<string, number>();

const step = (name: string, run: (j: Journey) => Promise<void>): Step => ({
  check: () => true,
  run: async (_m, j) => {
    const kind = name.split(" ")[0];
    STATS.set(kind, (STATS.get(kind) ?? 0) + 1);
    await run(j);
    sameCells(j);
  },
  toString: () => name,
});

const isForm = (sheet: EmulatedSheet) => sheet.cell(0, 0)?.value === "本级预算项目绩效目标表";
const pickSheet = (book: EmulatedWorkbook, pick: number) =>
  book.sheets.length ? book.sheets[pick % book.sheets.length] : undefined;

// ---- the person's edits -------------------------------------------------------------------

const TEXT = ["道路养护", "校舍维修", "项目 A", "", "=1+1", "'0012", "单位: 万元", "  "];
const AMOUNT = ["100", "12.34", "0.1", "0.2", "-5", "abc", "50%", "1e3", "", "99999.999999"];
const VALUE = ["≥95%", ">=95%", "100", "70%", "≤30天", "", "≥ 10 个", "=1/0"];
const INDICATOR = ["完成率", "满意度", "", "公路养护里程", "按时完成率"];

/** Cells of the template a person types in, with what they might type there. */
const FIELDS: [cells: string[], values: string[]][] = [
  [["B4", "B5", "E5", "B3"], TEXT],
  [["E4"], ["2025年1月-2025年12月", "2025-2027", "一年", ""]],
  [["C6", "C7", "C8", "E6", "E7", "E8"], AMOUNT],
  [
    ["B10", "D10"],
    ["完成道路养护", "", "提升满意度"],
  ],
  [["C12", "C13", "C14", "C16", "C17", "C19"], INDICATOR],
  [["E12", "E13", "E14", "E16", "E17", "E19"], VALUE],
];

const typeStep = fc
  .tuple(fc.nat(), fc.nat(FIELDS.length - 1), fc.nat(), fc.nat())
  .map(([pick, field, cellPick, valuePick]) => {
    const [cells, values] = FIELDS[field];
    const cell = cells[cellPick % cells.length];
    const value = values[valuePick % values.length];
    return step(`type ${JSON.stringify(value)} in #${pick} ${cell}`, async (j) => {
      const sheet = pickSheet(j.real.workbook, pick);
      if (!sheet || !isForm(sheet)) return;
      const name = sheet.name;
      personEdit(j, (book) => book.typeValues(name, cell, [[value]]));
    });
  });

/** A row typed below the template's indicator rows: its own 二级, a blank 一级 (docs/form.md). */
const addRowStep = fc
  .tuple(fc.nat(), fc.constantFrom("数量指标", "社会效益指标", "成本指标", ""), fc.nat())
  .map(([pick, level2, valuePick]) =>
    step(`add a row (${level2}) on #${pick}`, async (j) => {
      const sheet = pickSheet(j.real.workbook, pick);
      if (!sheet || !isForm(sheet)) return;
      let row = 19;
      while (sheet.cell(row, 2)?.value || sheet.cell(row, 1)?.value) row++;
      const name = sheet.name;
      personEdit(j, (book) => {
        book.typeValues(name, `B${row + 1}`, [[level2]]);
        book.typeValues(name, `C${row + 1}`, [["新增指标"]]);
        book.typeValues(name, `E${row + 1}`, [[VALUE[valuePick % VALUE.length]]]);
      });
    })
  );

const renameStep = fc
  .tuple(
    fc.nat(),
    fc.constantFrom("项目甲", "汇总表", "2025年 上报", "指标明细", "Sheet 2", "检查结果")
  )
  .map(([pick, to]) =>
    step(`rename #${pick} to ${to}`, async (j) => {
      const sheet = pickSheet(j.real.workbook, pick);
      if (!sheet || j.real.workbook.sheet(to)) return;
      const from = sheet.name;
      personEdit(j, (book) => void (book.sheet(from)!.name = to));
    })
  );

const deleteStep = fc.nat().map((pick) =>
  step(`delete #${pick}`, async (j) => {
    const book = j.real.workbook;
    const sheet = pickSheet(book, pick);
    if (!sheet || book.sheets.filter((s) => s.visibility === "Visible").length < 2) return;
    const name = sheet.name;
    j.own.delete(sheet);
    personEdit(j, (b) => b.removeSheet(b.sheet(name)!));
  })
);

const moveStep = fc.tuple(fc.nat(), fc.nat()).map(([pick, to]) =>
  step(`move #${pick} to ${to}`, async (j) => {
    const sheet = pickSheet(j.real.workbook, pick);
    if (!sheet) return;
    const name = sheet.name;
    personEdit(j, (book) => {
      const moving = book.sheet(name)!;
      book.sheets.splice(book.sheets.indexOf(moving), 1);
      book.sheets.splice(to % (book.sheets.length + 1), 0, moving);
    });
  })
);

const copyStep = fc.nat().map((pick) =>
  step(`copy #${pick}`, async (j) => {
    const sheet = pickSheet(j.real.workbook, pick);
    if (!sheet) return;
    const name = sheet.name;
    let copy: EmulatedSheet | undefined;
    personEdit(j, (book) => {
      const made = copySheetAsPerson(book, name);
      if (book === j.real.workbook) copy = made;
    });
    if (j.own.has(sheet)) j.own.add(copy!);
  })
);

// ---- the pane's operations -----------------------------------------------------------------

const insertStep = fc.constant(null).map(() =>
  step("insert", async (j) => {
    const real = await onReal(j, () => insertTemplate({ year: 2025 }), BUDGET.insert);
    const shadow = await onShadow(j, () => insertTemplate({ year: 2025 }));
    expect(shadow).toEqual(real);
  })
);

/**
 * 插入指标行 under the 二级 of a row (0-based) of a sheet: in both workbooks, as the same person
 * does it with the add-in; a row outside every form's indicators is refused in both.
 */
const insertRowStep = fc.tuple(fc.nat(7), fc.integer({ min: 8, max: 24 })).map(([pick, row]) =>
  step(`insertRow #${pick} row ${row + 1}`, async (j) => {
    const sheet = pickSheet(j.real.workbook, pick);
    if (!sheet || sheet.visibility !== "Visible") return;
    const name = sheet.name;
    const run = () => insertIndicatorRow(name, row);
    let real: Awaited<ReturnType<typeof insertIndicatorRow>> | null = null;
    const done = await allowing(["notInIndicators"], async () => {
      real = await onReal(j, run, BUDGET.insertRow);
    });
    if (!done) {
      await expect(onShadow(j, run)).rejects.toMatchObject({ id: "notInIndicators" });
      return;
    }
    expect(await onShadow(j, run)).toEqual(real);
  })
);

/** The report the core gives for the person's own sheets, read through Excel. */
async function expectedReport(j: Journey, names: string[]) {
  const grids = await readThroughExcel(j, names);
  return buildReport([checkFile(j.real.workbook.name, grids)]);
}

const checkStep = fc.option(fc.nat(), { nil: undefined }).map((pick) =>
  step(pick === undefined ? "check the workbook" : `check #${pick}`, async (j) => {
    const sheet = pick === undefined ? undefined : pickSheet(j.real.workbook, pick);
    if (pick !== undefined && (!sheet || sheet.visibility !== "Visible")) return;
    const result = sheet
      ? await onReal(j, () => checkSheet(sheet.name), BUDGET.checkSheet)
      : await onReal(j, () => checkWorkbook(), BUDGET.checkWorkbook);
    const people = sheet ? [sheet].filter((s) => !j.own.has(s)) : personSheets(j);
    const own = sheet
      ? j.own.has(sheet)
        ? 1
        : 0
      : j.real.workbook.sheets.filter((s) => j.own.has(s) && s.visibility !== "VeryHidden").length;
    expect(result.skipped).toBe(own);
    expect(result.report).toEqual(
      await expectedReport(
        j,
        people.map((s) => s.name)
      )
    );
    j.lastCheck = result;
  })
);

const fixStep = fc.constant(null).map(() =>
  step("apply fixes", async (j) => {
    const findings: Finding[] = (j.lastCheck?.report.files ?? []).flatMap((f) => [
      ...f.findings,
      ...f.forms.flatMap((x) => x.findings),
    ]);
    let applied: Awaited<ReturnType<typeof applyFixes>> = [];
    await allowing(["noFixes", "fixesStale", "excelFailed"], async () => {
      applied = await onReal(j, () => applyFixes(findings), BUDGET.fixes);
    });
    // The person who never checks types the same corrections.
    await onShadow(j, () =>
      Excel.run(async (context) => {
        for (const fix of applied)
          context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell).formulas = [
            [formulaInput(fix.value)],
          ];
        await context.sync();
      })
    );
  })
);

const clearStep = fc.constant(null).map(() =>
  step("clear", async (j) => {
    await onReal(j, () => clearMarks(), BUDGET.clear);
    expect(stateOf(j.real.workbook)).toEqual(stateOf(j.shadow.workbook));
  })
);

/** The 合计 of one amount column of the summary, and the exact sum of the same amounts on the forms. */
async function expectTotals(j: Journey, summary: EmulatedSheet): Promise<void> {
  const title = String(summary.cell(0, 0)?.value ?? "");
  const year = Number(/^(\d{4})年/.exec(title)?.[1] ?? NaN);
  const grids = await readThroughExcel(
    j,
    personSheets(j).map((s) => s.name)
  );
  const records = checkFile("", grids)
    .forms.map((f) => f.record)
    .filter((r) => r.year === year);
  let totalRow = 3;
  while (summary.cell(totalRow, 0)?.value !== "合计") totalRow++;
  const columns = {
    实施期金额: (r: (typeof records)[number]) => r.funding.period?.total ?? null,
    年度金额: (r: (typeof records)[number]) => r.funding.annual?.total ?? null,
    "其中：财政拨款": (r: (typeof records)[number]) => r.funding.annual?.fiscal ?? null,
  };
  for (const [header, amountOf] of Object.entries(columns)) {
    let col = 0;
    while (summary.cell(2, col)?.value !== header) col++;
    const exact = addDecimals(...records.map(amountOf));
    // What Excel shows: the SUM's value to its 15 significant digits.
    const sum = valueOf(j.real.workbook, summary, totalRow, col);
    const shown = Number(sum === "" ? 0 : sum).toPrecision(15);
    expect([header, compareDecimals(parsePlainDecimal(String(Number(shown)))!, exact)]).toEqual([
      header,
      0,
    ]);
  }
}

const mergeStep = fc.constant(null).map(() =>
  step("merge", async (j) => {
    const before = new Set(j.real.workbook.sheets);
    const merged = await onReal(j, () => mergeIntoSummary(), BUDGET.merge);
    const once = stateOf(j.real.workbook);
    const again = await onReal(j, () => mergeIntoSummary(), BUDGET.merge);
    expect(again).toEqual(merged);
    expect(stateOf(j.real.workbook)).toEqual(once);
    for (const sheet of j.real.workbook.sheets) if (!before.has(sheet)) j.own.add(sheet);
    for (const sheet of j.own) if (!j.real.workbook.sheets.includes(sheet)) j.own.delete(sheet);
    await onShadow(j, () => mergeIntoSummary());
    await expectTotals(j, j.real.workbook.sheet(merged.sheet)!);
  })
);

const importStep = fc.subarray([0, 1, 2], { minLength: 1 }).map((picked) =>
  step(`import ${picked.join("+")}`, async (j) => {
    const files = picked.map((i) => j.files[i]);
    const run = () => importWorkbooks(files, { readGrids: (bytes) => readWorkbook(bytes) });
    if (!j.canImport) {
      await expect(onReal(j, run, 0)).rejects.toMatchObject({ id: "needsNewerExcel" });
      return;
    }
    const lines: string[] = [];
    const real = await onReal(
      j,
      () =>
        importWorkbooks(files, {
          readGrids: (bytes) => readWorkbook(bytes),
          onProgress: (done, total, o) => lines.push(`${done}/${total} ${o.file}`),
        }),
      1 + 2 * files.length
    );
    expect(lines).toHaveLength(files.length);
    const shadow = await onShadow(j, run);
    expect(shadow).toEqual(real);
  })
);

/** Steps by name, for the regression tests that replay a shrunk counterexample. */
export const STEPS = {
  insert: insertStep,
  type: typeStep,
  addRow: addRowStep,
  insertRow: insertRowStep,
  check: checkStep,
  fix: fixStep,
  clear: clearStep,
  merge: mergeStep,
  import: importStep,
  rename: renameStep,
  delete: deleteStep,
  move: moveStep,
  copy: copyStep,
};

/** Every step a person may take, weighted roughly as a day's work goes (fc.commands picks evenly). */
export const journeySteps = [
  insertStep,
  ...[typeStep, typeStep, typeStep],
  addRowStep,
  insertRowStep,
  ...[checkStep, checkStep, checkStep],
  fixStep,
  ...[clearStep, clearStep],
  ...[mergeStep, mergeStep],
  importStep,
  renameStep,
  deleteStep,
  moveStep,
  copyStep,
];
