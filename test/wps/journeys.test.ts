import fc from "fast-check";
import { addDecimals } from "../../src/form/decimal";
import { buildReport, checkFile } from "../../src/form/report";
import { wpsHost, type WpsHost } from "../../src/wps/operations";
import { readSnapshot } from "../../src/wps/snapshot";
import { FakeEt, type FakeSheet } from "../../src/emulator/wps/fakeEt";
import { SUMMARY_SHEETS, summaryBook, workbookItems } from "../../src/form/summaryBook";

/*
 * A person's journeys through the pane over WPS (docs/wps.md, "Tests"), as test/excel/journey.ts
 * does over Excel: random sequences of the pane's operations and a person's typing, on two fake
 * WPS workbooks — `real`, where every operation runs, and `shadow`, where the same person types the
 * same things and never checks. After every step:
 *  - every value the person's sheets hold is the shadow's (the add-in writes only marks, its own
 *    sheets, and the fixes it was asked for, which the shadow types too);
 *  - a check's report is the core's report of the person's own sheets, whatever summaries exist;
 *  - after 清除标记, the person's sheets are the shadow's in every recorded property (fills,
 *    comments, conditional formats, merges) and no record sheet is left;
 *  - 汇总 twice is 汇总 once, and it sums every form it lists, exactly.
 */
interface Journey {
  real: FakeEt;
  shadow: FakeEt;
  host: WpsHost;
  own: Set<string>;
}
type Step = fc.AsyncCommand<object, Journey>;

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RUNS
    ? Date.now() % 2 ** 31
    : 20_261_206;

const personSheets = (et: FakeEt, own: Set<string>) =>
  et.sheets.filter((s) => !own.has(s.name) && s.visible !== 2);
const values = (sheets: FakeSheet[]) =>
  sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells]
      .filter(([, c]) => c.value !== undefined)
      .map(([k, c]) => [k, c.value])
      .sort(),
  }));
const everything = (sheets: FakeSheet[]) =>
  JSON.stringify(
    sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells].filter(([, c]) => Object.keys(c).length > 0).sort(),
      merges: s.merges,
      conditions: s.conditions,
    }))
  );

function step(name: string, run: (j: Journey) => Promise<void>): Step {
  return {
    check: () => true,
    run: async (_m, j) => {
      await run(j);
      expect(values(personSheets(j.real, j.own))).toEqual(
        values(personSheets(j.shadow, new Set()))
      );
    },
    toString: () => name,
  };
}

const FIELDS: [string[], string[]][] = [
  [
    ["B4", "B5", "E5"],
    ["道路养护", "", "=1+1", "'0012"],
  ],
  [["E4"], ["2025年1月-2025年12月", "2025-2027", ""]],
  [
    ["C6", "C7", "E6", "E7", "E8"],
    ["100", "0.1", "0.2", "-5", "abc", ""],
  ],
  [
    ["E12", "E13", "E16"],
    ["≥95%", ">=95%", "70%", "", "≤30天"],
  ],
];

const typing = fc
  .tuple(fc.nat(), fc.nat(FIELDS.length - 1), fc.nat(), fc.nat())
  .map(([pick, field, c, v]) => {
    const [cells, texts] = FIELDS[field];
    const cell = cells[c % cells.length];
    const text = texts[v % texts.length];
    return step(`type ${JSON.stringify(text)} in #${pick} ${cell}`, async (j) => {
      const sheets = personSheets(j.real, j.own);
      if (sheets.length === 0) return;
      const name = sheets[pick % sheets.length].name;
      for (const et of [j.real, j.shadow]) et.worksheet(et.sheet(name)).Range(cell).Value2 = text;
    });
  });

const inserting = fc.constant(
  step("insert", async (j) => {
    const inserted = await j.host.insertTemplate({ year: 2025 });
    expect(await wpsHost(j.shadow.application).insertTemplate({ year: 2025 })).toEqual(inserted);
  })
);

const checking = fc.constant(
  step("check", async (j) => {
    const result = await j.host.checkWorkbook();
    const expected = buildReport([
      checkFile(
        "工作簿1",
        personSheets(j.shadow, new Set()).map((s) => readSnapshot(j.shadow.worksheet(s)))
      ),
    ]);
    expect(result.report).toEqual(expected);
  })
);

const fixing = fc.constant(
  step("fix", async (j) => {
    const result = await j.host.checkWorkbook();
    const fixes = result.report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix);
    if (fixes.length === 0) return;
    const applied = await j.host.applyFixes(fixes);
    for (const fix of applied)
      j.shadow.worksheet(j.shadow.sheet(fix.sheet)).Range(fix.cell).Value2 = fix.value;
  })
);

const clearing = fc.constant(
  step("clear", async (j) => {
    await j.host.clearMarks();
    expect(everything(personSheets(j.real, j.own))).toBe(
      everything(personSheets(j.shadow, new Set()))
    );
    expect(j.real.sheets.some((s) => s.visible === 2)).toBe(false);
  })
);

const merging = fc.constant(
  step("merge", async (j) => {
    const first = await j.host.mergeIntoSummary({ year: 2025 });
    const summary = JSON.stringify([...j.real.sheet(first.sheet).cells]);
    const second = await j.host.mergeIntoSummary({ year: 2025 });
    expect(second).toEqual(first);
    expect(JSON.stringify([...j.real.sheet(second.sheet).cells])).toBe(summary);
    for (const name of Object.values(SUMMARY_SHEETS)) j.own.add(name);
    // What the core says this summary must hold, from the shadow's sheets: the same projects, and
    // each project's annual amount on its row, whose exact sum is the forms' own.
    const expected = summaryBook(
      workbookItems(
        checkFile(
          "",
          personSheets(j.shadow, new Set()).map((s) => readSnapshot(j.shadow.worksheet(s)))
        )
      ),
      { year: 2025 }
    );
    expect([first.forms, first.leftOut]).toEqual([
      expected.projects.length,
      expected.leftOut.length,
    ]);
    const sheet = j.real.sheet(first.sheet);
    const header = [...sheet.cells]
      .find(([, c]) => c.value === "年度金额")![0]
      .split(",")
      .map(Number);
    const written = expected.projects.map(
      (_, i) => sheet.cell(header[0] + 1 + i, header[1])?.value
    );
    const sum = (values: unknown[]) =>
      addDecimals(...values.map((v) => (v === undefined || v === null ? "0" : String(v))));
    expect(sum(written)).toBe(
      sum(expected.projects.map((p) => p.record.funding.annual?.total ?? null))
    );
  })
);

describe("journeys over WPS 表格 (fake object model)", () => {
  it(`keeps every invariant over ${RUNS} random sequences (seed ${SEED})`, async () => {
    console.info(`WPS journeys: seed ${SEED}, ${RUNS} sequences`);
    await fc.assert(
      fc.asyncProperty(
        fc.commands([inserting, typing, checking, fixing, clearing, merging], { maxCommands: 12 }),
        async (commands) => {
          const real = new FakeEt();
          const shadow = new FakeEt();
          const journey: Journey = {
            real,
            shadow,
            host: wpsHost(real.application),
            own: new Set(),
          };
          await journey.host.insertTemplate({ year: 2025 });
          await wpsHost(shadow.application).insertTemplate({ year: 2025 });
          await fc.asyncModelRun(() => ({ model: {}, real: journey }), commands);
        }
      ),
      { numRuns: RUNS, seed: SEED }
    );
  });
});
