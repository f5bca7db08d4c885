import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { addDecimals, decimalFromCell } from "../../src/form/decimal";
import { reportSchemas } from "../../src/form/finding";
import { parseArea } from "../../src/form/address";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { cli, cliOn } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";
import { xlsxPart } from "../support/xlsxParts";

const SAMPLE = "examples/2023-unit-performance-targets.txt";
const tmp = tempDir();

const samples = readSheet(sampleGrid()).forms.map((f) => f.record);

/** A written workbook, read back. */
async function workbookAt(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** What the check sheet says beside the row that starts with `text` (undefined: no such row). */
async function summaryRow(path: string, text: string): Promise<unknown> {
  let beside: unknown;
  (await workbookAt(path)).getWorksheet("检查结果")!.eachRow((row) => {
    if (row.getCell(1).value === text) beside = row.getCell(2).value;
  });
  return beside;
}

/** The five sample forms, each filled into its own template workbook. */
const formFiles = samples.map((_, i) => tmp.path(`form-${i + 1}.xlsx`));
beforeAll(() =>
  Promise.all(
    samples.map((record, i) =>
      writeWorkbook(formFiles[i], [formPlan(record, { sheet: "绩效目标表" })])
    )
  )
);

describe("perf-targets validate", () => {
  it("finds the sample's five forms and its errors, as the JSON report of docs/form.md", async () => {
    const { code, stdout } = await cli("validate", SAMPLE, "--json");
    expect(code).toBe(1);
    const report = reportSchemas().Report.parse(JSON.parse(stdout));
    const forms = report.files[0].forms;
    expect(forms.map((f) => f.record.funding.annual?.total)).toEqual([
      "11.46",
      "216.1",
      "6.8",
      "393.2",
      "400",
    ]);
    expect(forms.map((f) => f.findings.filter((x) => x.severity === "error").length)).toEqual([
      0, 0, 0, 0, 3,
    ]);
    expect(report.summary).toMatchObject({ forms: 5, errors: 3 });
  });

  it("prints a readable Chinese table by default and English with --lang en", async () => {
    const zh = await cli("validate", SAMPLE);
    expect(zh.stdout).toContain("二级指标“社会效益指标”不属于一级指标“产出指标”");
    expect(zh.stdout).toMatch(/共 1 个文件、5 张表：错误 3/);
    const en = await cli("validate", SAMPLE, "--lang", "en");
    expect(en.stdout).toMatch(/5 form\(s\): 3 error\(s\)/);
  });

  it("exits 0 on a form without errors", async () => {
    expect((await cli("validate", formFiles[2])).code).toBe(0);
  });

  it("exits 2 with a one-line reason on a file it cannot read, and on usage errors", async () => {
    const missing = await cli("validate", tmp.path("nope.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("nope.xlsx");
    expect((await cli("validate")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
  });

  it("annotates exactly the finding cells, with the messages as notes", async () => {
    const out = tmp.path("annotated.xlsx");
    const { stdout } = await cli("validate", formFiles[4], "--json", "--annotate", out);
    const findings = reportSchemas().Report.parse(JSON.parse(stdout)).files[0].forms[0].findings;
    const workbook = await workbookAt(out);
    const marked: string[] = [];
    workbook.getWorksheet("绩效目标表")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.note) marked.push(cell.address);
      })
    );
    expect(marked.sort()).toEqual([...new Set(findings.map((f) => f.cell))].sort());
  });
});

describe("perf-targets read and template", () => {
  it("reads back the records the forms were filled with", async () => {
    const { code, stdout } = await cli("read", ...formFiles, "--json");
    expect(code).toBe(0);
    const read = JSON.parse(stdout) as { record: { name: string; indicators: unknown[] } }[];
    expect(read.map((r) => r.record.name)).toEqual(samples.map((s) => s.name));
    expect(read.map((r) => r.record.indicators.length)).toEqual([7, 8, 7, 8, 7]);
  });

  it("writes a blank template for the year and unit asked for", async () => {
    const out = tmp.path("template.xlsx");
    expect((await cli("template", "-o", out, "--year", "2025", "--unit", "某单位")).code).toBe(0);
    const { stdout } = await cli("read", out, "--json");
    expect(JSON.parse(stdout)[0].record).toMatchObject({ year: 2025, unit: "某单位" });
  });
});

describe("perf-targets merge", () => {
  it("writes the summary, indicator and check sheets, every form after them, and a 合计 formula that sums to 1027.56", async () => {
    const out = tmp.path("summary.xlsx");
    expect((await cli("merge", ...formFiles, "-o", out)).code).toBe(0);
    const workbook = await workbookAt(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "汇总表",
      "指标明细",
      "检查结果",
      ...samples.map((s) => s.name),
    ]);
    const summary = workbook.worksheets[0];
    expect(summary.getCell("A1").value).toBe("2023年项目支出绩效目标汇总表");
    let formula = "";
    let result: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === "合计")
        ({ formula, result } = row.getCell(7).value as { formula: string; result: unknown });
    });
    expect(result).toBe(1027.56);
    const range = parseArea(/SUM\((.+)\)/.exec(formula)![1])!;
    const cells: (string | null)[] = [];
    for (let r = range.top; r <= range.bottom; r++)
      cells.push(decimalFromCell(summary.getCell(r + 1, range.left + 1).value as number));
    expect(cells).toHaveLength(5);
    expect(addDecimals(...cells)).toBe("1027.56");
    expect(xlsxPart(out, "xl/worksheets/sheet1.xml")).toMatch(
      /<hyperlink ref="N4" location="&apos;[^"]+&apos;!A1"\/>/
    );
  });

  it("lists a file it cannot read instead of skipping it, and exits 1", async () => {
    const broken = tmp.path("broken.xlsx");
    writeFileSync(broken, "not a zip");
    const out = tmp.path("summary-broken.xlsx");
    expect((await cli("merge", formFiles[0], broken, "-o", out)).code).toBe(1);
    expect(await summaryRow(out, "broken.xlsx")).toEqual(expect.stringMatching(/\S/));
  });

  it("lists a file without a form with read.no-form's own words, and exits 1", async () => {
    const notes = tmp.path("notes.txt");
    writeFileSync(notes, "会议纪要\t无\n");
    const out = tmp.path("summary-notes.xlsx");
    expect((await cli("merge", formFiles[0], notes, "-o", out)).code).toBe(1);
    const reason = await summaryRow(out, "notes.txt");
    expect(reason).toBe("工作表“notes”中找不到绩效目标表：没有“项目名称”标签。");
  });

  it("uses the unit most forms give, and says so when they disagree", async () => {
    const other = tmp.path("other-unit.xlsx");
    await writeWorkbook(other, [
      formPlan({ ...samples[1], unit: "另一单位" }, { sheet: "绩效目标表" }),
    ]);
    const out = tmp.path("summary-units.xlsx");
    const { code, stderr } = await cli("merge", other, formFiles[0], formFiles[2], "-o", out);
    expect(code).toBe(0);
    expect(stderr).toContain("（大连高新技术产业发展研究院×2、另一单位×1）");
    const summary = (await workbookAt(out)).worksheets[0];
    expect(summary.getCell("A2").value).toBe("预算单位：大连高新技术产业发展研究院");
  });

  it("uses the year most forms give, and says so when they disagree", async () => {
    const years = [2024, 2024, 2023].map((year, i) => tmp.path(`year-${i}.xlsx`));
    await Promise.all(
      years.map((path, i) =>
        writeWorkbook(path, [
          formPlan({ ...samples[i], year: i < 2 ? 2024 : 2023 }, { sheet: "绩效目标表" }),
        ])
      )
    );
    const out = tmp.path("summary-years.xlsx");
    const { code, stderr } = await cli("merge", years[2], years[0], years[1], "-o", out);
    expect(code).toBe(0);
    expect(stderr).toContain("（2024×2、2023×1）");
    const summary = (await workbookAt(out)).worksheets[0];
    expect(summary.getCell("A1").value).toBe("2024年项目支出绩效目标汇总表");
  });

  it("draws its progress bar on the stderr it was given, only when that is a terminal", async () => {
    const tty = await cliOn(
      { isTTY: true, columns: 60 },
      "merge",
      ...formFiles,
      "-o",
      tmp.path("p.xlsx")
    );
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("/5 个文件");
    const pipe = await cli("merge", ...formFiles, "-o", tmp.path("q.xlsx"));
    expect(pipe.stderr).not.toContain("个文件");
  });

  it("never writes over an input and refuses an existing output without --force", async () => {
    const over = await cli("merge", formFiles[0], "-o", formFiles[0], "--force");
    expect(over.code).toBe(2);
    const out = tmp.path("exists.xlsx");
    writeFileSync(out, "keep me");
    expect((await cli("merge", formFiles[0], "-o", out)).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await cli("merge", formFiles[0], "-o", out, "--force")).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
