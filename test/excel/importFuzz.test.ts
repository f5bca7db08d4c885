import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { importWorkbooks } from "../../src/excel";
import { formPlan, readSheet } from "../../src/form";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { readWorkbook } from "../../src/xlsx";
import { announceSeed, FUZZ_RUNS, FUZZ_SEED } from "../support/fuzz";
import { sampleGrid } from "../support/sampleGrid";
import { installHost, type Host } from "./host";

/*
 * The task pane's import path, as the pane wires it (src/taskpane/excelActions.ts: the project's
 * reader, the default limits): mutated workbooks and names. Each file comes out inserted, or not
 * inserted with a reason in Chinese and in English, leaving the workbook as it was; the import
 * itself never throws. Each input meets a workbook nothing was ever inserted into: a new one after
 * an insert, else the last (an emulated Excel costs about 100 ms to start, the import 5 ms).
 */
/** Each input may go through the emulator's insert: npm test runs fewer of these. */
const RUNS = process.env.FUZZ_RUNS ? FUZZ_RUNS : 40;
announceSeed("the pane's import", RUNS);

const FIXTURES = join(__dirname, "../fixtures/xlsx");
let seeds: Uint8Array[] = [];
beforeAll(async () => {
  const record = readSheet(sampleGrid()).forms[0].record;
  const form = newWorkbook([formPlan(record, { sheet: "项目表" })]);
  seeds = [
    new Uint8Array(await form.xlsx.writeBuffer()),
    ...["exceljs-forms.xlsx", "libreoffice-forms.xlsx", "encrypted.xlsx", "legacy.xls"].map(
      (name) => new Uint8Array(readFileSync(join(FIXTURES, name)))
    ),
  ];
});

const mutation = fc.record({
  seed: fc.nat({ max: 4 }),
  edits: fc.array(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
    { maxLength: 6 }
  ),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  name: fc.constantFrom("单位甲.xlsx", "B.XLSM", "旧表.xls", "说明.txt", "无扩展名"),
});

let host: Host | undefined;

describe("fuzzing the pane's import", () => {
  jest.setTimeout(Math.max(60_000, RUNS * 300));

  it("inserts a file or says why not in both languages, and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ seed, edits, cut, name }) => {
        const workbook = (host ??= installHost(undefined, ["表1"])).workbook;
        const bytes = seeds[seed].slice();
        for (const [where, value] of edits) bytes[Math.floor(where * bytes.length)] = value;
        const file = {
          name,
          bytes: cut === null ? bytes : bytes.subarray(0, Math.floor(cut * bytes.length)),
        };
        const [outcome] = await importWorkbooks([file], { readGrids: (b) => readWorkbook(b) });
        expect(outcome.file).toBe(name);
        if (outcome.inserted) {
          expect(outcome.reason).toBeUndefined();
          host = undefined;
          return;
        }
        expect(outcome.reason?.zh.trim()).toBeTruthy();
        expect(outcome.reason?.en.trim()).toBeTruthy();
        expect(outcome.reason?.en).not.toMatch(/\{\{/);
        expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["表1"]);
        expect(workbook.names.size).toBe(0);
      }),
      { numRuns: RUNS, seed: FUZZ_SEED }
    );
  });
});
