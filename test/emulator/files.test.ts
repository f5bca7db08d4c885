import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import ExcelJS from "exceljs";
import { browserGlobals, createEmulatedExcel, saveAsXlsx, seedFromXlsx } from "../../src/emulator";
import { formPlan, readSheet } from "../../src/form";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

const tmp = tempDir();

describe("seeding from and saving to .xlsx", () => {
  it("starts from a real form file and saves what the add-in wrote", async () => {
    const [record] = readSheet(sampleGrid()).forms.map((f) => f.record);
    const source = tmp.path("form.xlsx");
    await writeWorkbook(source, [formPlan(record, { sheet: "绩效目标表" })]);
    const { Excel, workbook } = createEmulatedExcel({ sheets: [] });
    await seedFromXlsx(workbook, source);

    const name = await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("绩效目标表").getRange("B4");
      cell.load("values");
      context.workbook.worksheets.getItem("绩效目标表").getRange("E6").format.fill.color =
        "#FFC7CE";
      await context.sync();
      return cell.values[0][0];
    });
    expect(name).toBe(record.name);
    expect(workbook.sheets[0].merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });

    const saved = tmp.path("saved.xlsx");
    await saveAsXlsx(workbook, saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheet = book.getWorksheet("绩效目标表")!;
    expect(sheet.getCell("B4").value).toBe(record.name);
    expect(sheet.getCell("E6").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
  });
});

describe("the browser build", () => {
  it("bundles without Node modules and drives the real library in a page-like global", () => {
    const dir = tmp.path("bundle");
    execFileSync(process.execPath, [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode=production",
      "--env=entries=emulator",
      "--env=typecheck=false",
      `--env=outDir=${dir}`,
    ]);
    const bundle = readFileSync(`${dir}/emulator.js`, "utf8");
    expect(bundle).not.toMatch(/require\(["'](node:)?(fs|vm|path)["']\)/);

    const page = browserGlobals();
    const context = createContext(page);
    runInContext(
      readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8"),
      context
    );
    runInContext(bundle, context);
    const attached = runInContext("perfTargetsEmulator.attach({ sheets: ['表1'] })", context) as {
      stats: { syncs: number };
    };
    return runInContext(
      `Excel.run(async (context) => { const r = context.workbook.worksheets.getItem("表1").getRange("A1"); r.values = [[1]]; r.load("values"); await context.sync(); return r.values[0][0]; })`,
      context
    ).then((value: unknown) => {
      expect(value).toBe(1);
      expect(attached.stats.syncs).toBe(1);
    });
  }, 120_000);
});

describe("Workbook.insertWorksheetsFromBase64 (excel.workbook)", () => {
  it("inserts a form file's sheets after a named sheet, renaming a taken name", async () => {
    const [record] = readSheet(sampleGrid()).forms.map((f) => f.record);
    const file = tmp.path("insert.xlsx");
    await writeWorkbook(file, [formPlan(record, { sheet: "表1" })]);
    const base64 = readFileSync(file).toString("base64");
    const { Excel, workbook } = createEmulatedExcel({ sheets: ["表1", "尾"] });
    await Excel.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(base64, {
        positionType: "After",
        relativeTo: "表1",
      });
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["表1", "表1 (2)", "尾"]);
    expect(workbook.values("表1 (2)", "B4")).toEqual([[record.name]]);
  });

  it("refuses text that is not a workbook with InvalidArgument", async () => {
    const { Excel } = createEmulatedExcel();
    const error = await Excel.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(Buffer.from("not a workbook").toString("base64"));
      await context.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });
});
