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

/** The reason the check sheet gives for leaving out the input `source` (undefined: not left out). */
async function summaryRow(path: string, source: string): Promise<unknown> {
  return (await leftOutRows(path)).find((row) => row.source === source)?.reason;
}

/** The check sheet's block of inputs and forms left out: source, level, reason and code a row. */
async function leftOutRows(path: string) {
  const rows: { source: string; level: string; reason: string; code: string }[] = [];
  let inBlock = false;
  (await workbookAt(path)).getWorksheet("检查结果")!.eachRow({ includeEmpty: true }, (row) => {
    const first = row.getCell(1).value;
    if (first === "未计入汇总的文件和表格") inBlock = true;
    else if (inBlock && typeof first === "number") {
      const text = (col: number) => {
        const value = row.getCell(col).value;
        return typeof value === "object" && value !== null && "text" in value
          ? String(value.text)
          : String(value ?? "");
      };
      rows.push({ source: text(3), level: text(4), reason: text(5), code: text(6) });
    } else if (inBlock && first === null) inBlock = false;
  });
  return rows;
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
      /<hyperlink ref="O4" location="&apos;[^"]+&apos;!A1"\/>/
    );
    // Printed: the table, its note and signatures up to 校验结果; the 原表 links are for the screen.
    // Absolute rows too: LibreOffice ignores a print area written "$A1:$N12".
    expect(xlsxPart(out, "xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;汇总表&apos;!$A$1:$N$12</definedName>'
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
    expect(summary.getCell("A2").value).toBe("编制单位：大连高新技术产业发展研究院");
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
    expect(code).toBe(1);
    expect(stderr).toContain("（2024×2、2023×1）");
    expect(stderr).toContain("汇总年度：2024年（多数表格的年度");
    const summary = (await workbookAt(out)).worksheets[0];
    expect(summary.getCell("A1").value).toBe("2024年项目支出绩效目标汇总表");
    expect(await leftOutRows(out)).toEqual([
      expect.objectContaining({ source: "year-2.xlsx", code: "summary.other-year" }),
    ]);
  });

  it("a finance office's folder: a filled form, a blank template and a form of another year; only the first is summed, the others are listed with their reasons, exit 1", async () => {
    const dir = tmp.path("folder");
    const blank = `${dir}-blank.xlsx`;
    const later = `${dir}-2024.xlsx`;
    expect((await cli("template", "-o", blank, "--year", "2023", "--unit", "某单位")).code).toBe(0);
    await writeWorkbook(later, [formPlan({ ...samples[3], year: 2024 }, { sheet: "绩效目标表" })]);
    const blankCheck = await cli("validate", blank, "--json");
    expect(blankCheck.code).toBe(0);
    const blankForms = reportSchemas().Report.parse(JSON.parse(blankCheck.stdout)).files[0].forms;
    expect(blankForms.map((f) => f.findings.map((x) => [x.code, x.severity]))).toEqual([
      [["form.blank", "info"]],
    ]);

    for (const year of [["--year", "2023"], []]) {
      const out = tmp.path(`folder-summary${year.length}.xlsx`);
      const { code, stderr } = await cli("merge", blank, formFiles[0], later, "-o", out, ...year);
      expect(code).toBe(1);
      expect(stderr).toContain("1 个项目");
      expect(stderr).toContain("2 个文件或表格未计入汇总");
      const summary = (await workbookAt(out)).worksheets[0];
      expect(summary.getCell("A1").value).toBe("2023年项目支出绩效目标汇总表");
      expect(summary.getCell("B4").value).toBe(samples[0].name);
      expect(summary.getCell("A5").value).toBe("合计");
      expect(summary.getCell("G5").value).toMatchObject({ result: 11.46 });
      expect(await leftOutRows(out)).toEqual([
        {
          source: blank.split("/").pop(),
          level: "提示",
          reason: "表格未填写。",
          code: "form.blank",
        },
        {
          source: later.split("/").pop(),
          level: "警告",
          reason: "本表为2024年度，汇总表为2023年度，未计入汇总。",
          code: "summary.other-year",
        },
      ]);
    }
  });

  it("says which year it chose when none is given, and keeps a blank form out of that choice", async () => {
    const blanks = [2025, 2025].map((_, i) => tmp.path(`blank-${i}.xlsx`));
    for (const path of blanks) await cli("template", "-o", path, "--year", "2025");
    const out = tmp.path("summary-blanks.xlsx");
    const { code, stderr } = await cli("merge", ...blanks, formFiles[0], formFiles[1], "-o", out);
    expect(code).toBe(1);
    expect(stderr).toContain("汇总年度：2023年");
    expect(stderr).not.toContain("2025");
    expect((await workbookAt(out)).worksheets[0].getCell("A1").value).toBe(
      "2023年项目支出绩效目标汇总表"
    );
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
