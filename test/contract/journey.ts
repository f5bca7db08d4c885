import fc from "fast-check";
import { AddinError } from "../../src/excel/errors";
import type { CheckResult, ImportFile } from "../../src/excel";
import { addDecimals, compareDecimals, parsePlainDecimal } from "../../src/form/decimal";
import type { Finding } from "../../src/form/finding";
import { buildReport, checkFile } from "../../src/form/report";
import { WpsError } from "../../src/wps/errors";
import type { JourneyDesk } from "./journeyDesks";

/*
 * A person's journeys through the pane as fast-check commands, one model over both hosts
 * (docs/addin.md, "Journeys"; journeys.fuzz.test.ts runs them on Excel's versions and on WPS).
 * Two workbooks on the same host: `real`, where every operation runs, and `shadow`, where the
 * same person makes the same edits and never checks. After each step, on either host:
 *  - every value and formula the person typed, every merge and the sheet order are the shadow's;
 *  - a check's report is exactly the core's report of the person's own sheets read through the
 *    host (never the add-in's summaries, renamed, moved or copied), and it says how many it left out;
 *  - after 清除标记 the whole workbook is the shadow's (every property, comments, validation,
 *    conditional formats, merges, names, the marks' record), but for the fix record 撤销修正 keeps;
 *  - 撤销修正 puts back exactly what the shadow's person types back;
 *  - 汇总 twice is 汇总 once, and each 合计 is the exact sum of the forms' amounts;
 *  - 汇总 loses nothing the person wrote on the summary: it is carried over or kept, renamed;
 *  - insert, 插入指标行 and import do in the real workbook what they do in the shadow;
 *  - nothing throws but the operations' documented errors.
 * Excel's own promise, its sync budgets, is its desk's (journeyDesks.ts): every call is held to it.
 */
export interface Journey {
  real: JourneyDesk;
  shadow: JourneyDesk;
  /** The add-in's own sheets in `real`, by the model's identity. */
  own: Set<object>;
  lastCheck: CheckResult | null;
  files: ImportFile[];
}
type Step = fc.AsyncCommand<object, Journey>;

/** How often each kind of step ran, for the test to say that each was reached. */
export const STATS = new Map<string, number>();

const visible = (d: JourneyDesk) => d.sheets().filter((s) => !s.veryHidden);
const personSheets = (j: Journey) => visible(j.real).filter((s) => !j.own.has(s.id));
const pick = (d: JourneyDesk, n: number) => {
  const sheets = visible(d);
  return sheets.length ? sheets[n % sheets.length] : undefined;
};
const isForm = (d: JourneyDesk, sheet: string) => d.shown(sheet, 0, 0) === "本级预算项目绩效目标表";

function sameCells(j: Journey): void {
  expect(j.real.cells()).toEqual(j.shadow.cells());
}

/** Both workbooks get the same edit, as a person's, outside the add-in. */
function personEdit(j: Journey, edit: (d: JourneyDesk) => void): void {
  edit(j.real);
  edit(j.shadow);
}

/** Whether an error is one the operation documents: an AddinError of these ids, or WPS's. */
const documented = (ids: string[], error: unknown) =>
  (error instanceof AddinError && ids.includes(error.id)) || error instanceof WpsError;

/** Run an operation that may fail only with a documented error: true when it did not fail. */
async function allowing(ids: string[], run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (!documented(ids, error)) throw error;
    return false;
  }
}

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

// ---- the person's edits -------------------------------------------------------------------

const TEXT = ["道路养护", "校舍维修", "项目 A", "", "=1+1", "'0012", "单位: 万元", "  "];
const AMOUNT = ["100", "12.34", "0.1", "0.2", "-5", "abc", "50%", "1e3", "", "99999.999999"];
const VALUE = ["≥95%", ">=95%", "100", "70%", "≤30天", "", "≥ 10 个", "=1/0", "≥100%"];
const INDICATOR = ["完成率", "满意度", "", "公路养护里程", "按时完成率"];

/** Cells of the template a person types in, with what they might type there. */
const FIELDS: [cells: string[], values: string[]][] = [
  [["B4", "B5", "E5", "B3"], TEXT],
  [["E4"], ["2025年1月-2025年12月", "2025-2027", "一年", ""]],
  [
    ["C6", "C7", "C8", "E6", "E7", "E8"],
    [...AMOUNT, "300000元"],
  ],
  [
    ["B10", "D10"],
    ["完成道路养护", "", "提升满意度"],
  ],
  [["C12", "C13", "C14", "C16", "C17", "C19"], INDICATOR],
  [["E12", "E13", "E14", "E16", "E17", "E19"], VALUE],
];

const typeStep = fc
  .tuple(fc.nat(), fc.nat(FIELDS.length - 1), fc.nat(), fc.nat())
  .map(([n, field, c, v]) => {
    const [cells, values] = FIELDS[field];
    const cell = cells[c % cells.length];
    const value = values[v % values.length];
    return step(`type ${JSON.stringify(value)} in #${n} ${cell}`, async (j) => {
      const sheet = pick(j.real, n);
      if (!sheet || !isForm(j.real, sheet.name)) return;
      personEdit(j, (d) => d.type(sheet.name, cell, value));
    });
  });

/** Columns of the template a person fills one value down (the fill handle, Ctrl+D). */
const COLUMNS: [cells: string[], values: string[]][] = [
  [["C6", "C7", "C8"], AMOUNT],
  [["E12", "E13", "E14"], VALUE],
  [["E16", "E17"], VALUE],
];

/** One value filled down a column: the same slip in several cells, fixed and undone together. */
const fillStep = fc.tuple(fc.nat(), fc.nat(COLUMNS.length - 1), fc.nat()).map(([n, column, v]) => {
  const [cells, values] = COLUMNS[column];
  const value = values[v % values.length];
  const area = `${cells[0]}:${cells[cells.length - 1]}`;
  return step(`fill ${JSON.stringify(value)} down #${n} ${area}`, async (j) => {
    const sheet = pick(j.real, n);
    if (!sheet || !isForm(j.real, sheet.name)) return;
    personEdit(j, (d) => cells.forEach((cell) => d.type(sheet.name, cell, value)));
  });
});

/** A row typed below the template's indicator rows: its own 二级, a blank 一级 (docs/form.md). */
const addRowStep = fc
  .tuple(fc.nat(), fc.constantFrom("数量指标", "社会效益指标", "成本指标", ""), fc.nat())
  .map(([n, level2, v]) =>
    step(`add a row (${level2}) on #${n}`, async (j) => {
      const sheet = pick(j.real, n);
      if (!sheet || !isForm(j.real, sheet.name)) return;
      let row = 19;
      while (j.real.shown(sheet.name, row, 2) || j.real.shown(sheet.name, row, 1)) row++;
      personEdit(j, (d) => {
        d.type(sheet.name, `B${row + 1}`, level2);
        d.type(sheet.name, `C${row + 1}`, "新增指标");
        d.type(sheet.name, `E${row + 1}`, VALUE[v % VALUE.length]);
      });
    })
  );

const renameStep = fc
  .tuple(
    fc.nat(),
    fc.constantFrom("项目甲", "汇总表", "2025年 上报", "指标明细", "Sheet 2", "检查结果")
  )
  .map(([n, to]) =>
    step(`rename #${n} to ${to}`, async (j) => {
      const sheet = pick(j.real, n);
      if (!sheet || j.real.sheets().some((s) => s.name.toLowerCase() === to.toLowerCase())) return;
      personEdit(j, (d) => d.rename(sheet.name, to));
    })
  );

const deleteStep = fc.nat().map((n) =>
  step(`delete #${n}`, async (j) => {
    const sheet = pick(j.real, n);
    if (!sheet || visible(j.real).length < 2) return;
    j.own.delete(sheet.id);
    personEdit(j, (d) => d.remove(sheet.name));
  })
);

const moveStep = fc.tuple(fc.nat(), fc.nat()).map(([n, to]) =>
  step(`move #${n} to ${to}`, async (j) => {
    const sheet = pick(j.real, n);
    if (!sheet) return;
    const others = visible(j.real).filter((s) => s.name !== sheet.name);
    const before = others[to % (others.length + 1)]?.name ?? null;
    personEdit(j, (d) => d.move(sheet.name, before));
  })
);

const copyStep = fc.nat().map((n) =>
  step(`copy #${n}`, async (j) => {
    const sheet = pick(j.real, n);
    if (!sheet) return;
    const copy = j.real.copy(sheet.name);
    j.shadow.copy(sheet.name);
    if (j.own.has(sheet.id)) j.own.add(copy);
  })
);

// ---- the pane's operations -----------------------------------------------------------------

const insertStep = fc.constant(null).map(() =>
  step("insert", async (j) => {
    const real = await j.real.actions.insertTemplate({ year: 2025 });
    expect(await j.shadow.actions.insertTemplate({ year: 2025 })).toEqual(real);
  })
);

/**
 * 插入指标行 under the 二级 of a row (0-based) of a sheet: in both workbooks, as the same person
 * does it with the add-in; a row outside every form's indicators is refused in both, alike.
 */
const insertRowStep = fc.tuple(fc.nat(7), fc.integer({ min: 8, max: 24 })).map(([n, row]) =>
  step(`insertRow #${n} row ${row + 1}`, async (j) => {
    const sheet = pick(j.real, n);
    if (!sheet) return;
    const insert = (d: JourneyDesk) => d.actions.insertIndicatorRow(sheet.name, row);
    let refusal: Error | null = null;
    const real = await insert(j.real).catch((error: unknown) => {
      if (!documented(["notInIndicators"], error)) throw error;
      refusal = error as Error;
      return null;
    });
    if (refusal) await expect(insert(j.shadow)).rejects.toThrow((refusal as Error).message);
    else expect(await insert(j.shadow)).toEqual(real);
  })
);

const checkStep = fc.option(fc.nat(), { nil: undefined }).map((n) =>
  step(n === undefined ? "check the workbook" : `check #${n}`, async (j) => {
    const sheet = n === undefined ? undefined : pick(j.real, n);
    if (n !== undefined && !sheet) return;
    const result = sheet
      ? await j.real.actions.checkSheet(sheet.name)
      : await j.real.actions.checkWorkbook();
    const people = sheet ? [sheet].filter((s) => !j.own.has(s.id)) : personSheets(j);
    const own = sheet
      ? Number(j.own.has(sheet.id))
      : visible(j.real).filter((s) => j.own.has(s.id)).length;
    expect(result.skipped).toBe(own);
    const grids = await j.real.grids(people.map((s) => s.name));
    expect(result.report).toEqual(buildReport([checkFile(j.real.fileName, grids)]));
    j.lastCheck = result;
  })
);

const fixStep = fc.constant(null).map(() =>
  step("apply fixes", async (j) => {
    const findings: Finding[] = (j.lastCheck?.report.files ?? []).flatMap((f) => [
      ...f.findings,
      ...f.forms.flatMap((x) => x.findings),
    ]);
    let applied: { sheet: string; cell: string; value: string }[] = [];
    await allowing(["noFixes", "fixesStale", "excelFailed"], async () => {
      applied = await j.real.actions.applyFixes(findings);
    });
    // The person who never checks types the same corrections.
    for (const fix of applied) j.shadow.typeText(fix.sheet, fix.cell, fix.value);
  })
);

const undoStep = fc.constant(null).map(() =>
  step("undo the fixes", async (j) => {
    const recorded = await j.real.actions.fixesToUndo();
    let undone: { sheet: string; cell: string; before: string | number | boolean }[] = [];
    const done = await allowing(["nothingToUndo", "undoStale"], async () => {
      undone = await j.real.actions.undoFixes();
    });
    expect(done).toBe(recorded.length > 0 && undone.length === recorded.length);
    // The person who never checks types back what was there.
    for (const cell of undone) j.shadow.type(cell.sheet, cell.cell, String(cell.before));
  })
);

const clearStep = fc.constant(null).map(() =>
  step("clear", async (j) => {
    await j.real.actions.clearMarks();
    expect(j.real.state()).toEqual(j.shadow.state());
  })
);

type FormRecord = ReturnType<typeof checkFile>["forms"][number]["record"];

/** The summary's amount columns, each with the amount of a form it adds up. */
const SUMMED: Record<string, (r: FormRecord) => string | null> = {
  实施期金额: (r) => r.funding.period?.total ?? null,
  年度金额: (r) => r.funding.annual?.total ?? null,
  "其中：财政拨款": (r) => r.funding.annual?.fiscal ?? null,
};

/** Each 合计 of the summary, as the host shows it, against the exact sum of the forms' amounts. */
async function expectTotals(j: Journey, summary: string): Promise<void> {
  const year = Number(/^(\d{4})年/.exec(j.real.shown(summary, 0, 0))?.[1] ?? NaN);
  const grids = await j.real.grids(personSheets(j).map((s) => s.name));
  const records = checkFile("", grids)
    .forms.map((f) => f.record)
    .filter((r) => r.year === year);
  let row = 3;
  while (j.real.shown(summary, row, 0) !== "合计") row++;
  for (const [header, amountOf] of Object.entries(SUMMED)) {
    let col = 0;
    while (j.real.shown(summary, 2, col) !== header) col++;
    const exact = addDecimals(...records.map(amountOf)) ?? "0";
    // What the host shows: the SUM's value to its 15 significant digits.
    const shown = Number(j.real.shown(summary, row, col) || 0).toPrecision(15);
    const difference = compareDecimals(parsePlainDecimal(String(Number(shown)))!, exact);
    expect([header, difference]).toEqual([header, 0]);
  }
}

/** What the person wrote on the add-in's own sheets (writeOnSummaryStep): marked so it can be found anywhere. */
const PERSONS_OWN = /(?:备注|单位负责人：张|项目)#\d+/g;
const personsWriting = (d: JourneyDesk) =>
  new Set(JSON.stringify(d.cells()).match(PERSONS_OWN) ?? []);

const mergeStep = fc.constant(null).map(() =>
  step("merge", async (j) => {
    const before = new Set(j.real.sheets().map((s) => s.id));
    const written = personsWriting(j.real);
    const merged = await j.real.actions.mergeIntoSummary({});
    // No writing of the person's is lost across a refresh: carried into the new summary (the
    // signatures) or kept on the old sheet, renamed.
    expect([...written].filter((w) => !personsWriting(j.real).has(w))).toEqual([]);
    const once = j.real.state();
    const { kept: _kept, ...outcome } = merged;
    expect(await j.real.actions.mergeIntoSummary({})).toEqual(outcome);
    expect(j.real.state()).toEqual(once);
    const now = j.real.sheets();
    for (const s of now) if (!before.has(s.id)) j.own.add(s.id);
    for (const id of j.own) if (!now.some((s) => s.id === id)) j.own.delete(id);
    await j.shadow.actions.mergeIntoSummary({});
    await expectTotals(j, merged.sheet);
  })
);

/** Where a person writes on a summary: a signature, a note beside a row or below the table, a cell of the table. */
const ON_SUMMARY = ["sign", "P4", "A40", "B4"] as const;

const writeOnSummaryStep = fc.tuple(fc.nat(), fc.constantFrom(...ON_SUMMARY)).map(([n, where]) =>
  step(`write on summary #${n} ${where}`, async (j) => {
    const sheet = visible(j.real).find(
      (s) => j.own.has(s.id) && j.real.shown(s.name, 0, 0).endsWith("汇总表")
    );
    if (!sheet) return;
    let row = 3;
    while (row < 80 && !j.real.shown(sheet.name, row, 0).startsWith("单位负责人")) row++;
    const [cell, text] =
      where === "sign"
        ? [`A${row + 1}`, `单位负责人：张#${n}`]
        : [where, where === "B4" ? `项目#${n}` : `备注#${n}`];
    if (where === "sign" && row === 80) return;
    personEdit(j, (d) => d.typeText(sheet.name, cell, text));
  })
);

const importStep = fc.subarray([0, 1, 2], { minLength: 1 }).map((picked) =>
  step(`import ${picked.join("+")}`, async (j) => {
    const files = picked.map((i) => j.files[i]);
    const quiet = () => undefined;
    if (!j.real.canImport) {
      await expect(j.real.actions.importWorkbooks(files, quiet)).rejects.toMatchObject({
        id: "needsNewerExcel",
      });
      return;
    }
    const lines: string[] = [];
    const real = await j.real.actions.importWorkbooks(files, (done, total, o) =>
      lines.push(`${done}/${total} ${o.file}`)
    );
    expect(lines).toEqual(files.map((f, i) => `${i + 1}/${files.length} ${f.name}`));
    expect(await j.shadow.actions.importWorkbooks(files, quiet)).toEqual(real);
  })
);

/** Steps by name, for the regression tests that replay a shrunk counterexample. */
export const STEPS = {
  insert: insertStep,
  type: typeStep,
  fill: fillStep,
  addRow: addRowStep,
  insertRow: insertRowStep,
  check: checkStep,
  fix: fixStep,
  undo: undoStep,
  clear: clearStep,
  merge: mergeStep,
  writeOnSummary: writeOnSummaryStep,
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
  fillStep,
  addRowStep,
  insertRowStep,
  ...[checkStep, checkStep, checkStep],
  ...[fixStep, fixStep],
  undoStep,
  ...[clearStep, clearStep],
  ...[mergeStep, mergeStep],
  writeOnSummaryStep,
  importStep,
  renameStep,
  deleteStep,
  moveStep,
  copyStep,
];
