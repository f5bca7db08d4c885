import { reportCsv, reportJson } from "../../src/taskpane/exportReport";
import { fileFindings } from "../../src/form/report";
import { checkResultOf } from "./fakes";

/*
 * The exported report as a reviewer opens it in a spreadsheet (docs/addin.md, "The task pane"):
 * one row a finding with every column in place, whatever the cells held, and nothing a
 * spreadsheet would run.
 */

/** The CSV read back as a spreadsheet reads it: RFC 4180 fields, quotes doubled. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(field), (field = ""));
    else if (c === "\r" && csv[i + 1] === "\n") {
      (row.push(field), rows.push(row), (row = []), (field = ""), i++);
    } else field += c;
  }
  return rows;
}

function messyReport() {
  const report = checkResultOf().report;
  const file = report.files[0];
  file.file = '项目, "第一批"\r\n.xlsx';
  const [first, second, third] = fileFindings(file);
  first.message = "+1 多写了\n一行";
  second.messageEn = '-5 below zero, "quoted"';
  third.message = "@SUM(A1)";
  return { report, findings: fileFindings(file) };
}

describe("the exported CSV", () => {
  it("reads back in a spreadsheet as one row a finding, every column in place", () => {
    const { report, findings } = messyReport();
    const csv = reportCsv(report);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      "文件",
      "工作表",
      "单元格",
      "级别",
      "代码",
      "说明",
      "Message",
      "修正",
    ]);
    expect(rows).toHaveLength(findings.length + 1);
    rows.slice(1).forEach((row, i) => {
      const f = findings[i];
      expect(row).toHaveLength(8);
      expect(row[0]).toBe('项目, "第一批"\r\n.xlsx');
      expect(row.slice(1, 3)).toEqual([f.sheet, f.cell]);
      expect(row[4]).toBe(f.code);
      // A fix such as =100% is shown inert, as every cell's text is (below).
      expect(row[7].replace(/^'(?=[=+\-@])/, "")).toBe(f.fix?.value ?? "");
    });
    const fixed = findings.findIndex((f) => f.fix);
    expect(fixed).toBeGreaterThanOrEqual(0);
    expect(rows[fixed + 1][7]).not.toBe("");
  });

  it("makes text starting with +, -, @ or = inert, and leaves other text as it was", () => {
    const { report, findings } = messyReport();
    const rows = readCsv(reportCsv(report).slice(1)).slice(1);
    expect(rows[0][5]).toBe("'+1 多写了\n一行");
    expect(rows[1][6]).toBe('\'-5 below zero, "quoted"');
    expect(rows[2][5]).toBe("'@SUM(A1)");
    expect(rows[3][5]).toBe(findings[3].message);
    expect(rows[3][6]).toBe(findings[3].messageEn);
  });

  it("makes text starting with a tab or a carriage return inert too, as a spreadsheet trims them first", () => {
    const { report } = messyReport();
    const [, , , fourth, fifth] = fileFindings(report.files[0]);
    fourth.message = "\t=HYPERLINK(1)";
    fifth.messageEn = "\r=1+1";
    const rows = readCsv(reportCsv(report).slice(1)).slice(1);
    expect(rows[3][5]).toBe("'\t=HYPERLINK(1)");
    expect(rows[4][6]).toBe("'\r=1+1");
  });

  it("has English headers in English, and keeps both messages", () => {
    const { report } = messyReport();
    const [header] = readCsv(reportCsv(report, "en").slice(1));
    expect(header).toEqual(["File", "Sheet", "Cell", "Severity", "Code", "说明", "Message", "Fix"]);
  });
});

describe("the exported JSON", () => {
  it("is the report itself, indented, ending in a newline", () => {
    const { report } = checkResultOf();
    const json = reportJson(report);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(json.split("\n")[1]).toMatch(/^ {2}"/);
    expect(json.endsWith("}\n")).toBe(true);
  });
});
