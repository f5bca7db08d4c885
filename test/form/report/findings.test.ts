import {
  buildReport,
  checkFile,
  checkSheet,
  fileFindings,
  findingMessage,
  metaOf,
  renderMessage,
  sortFindings,
  unreadableFileReport,
  type FileReport,
  type Finding,
} from "../../../src/form";
import { toFinding } from "../../../src/form/finding";
import { cellMarks } from "../../../src/form/marks";
import type { RuleMeta } from "../../../src/form/message";
import { gridFromText, sampleGrid } from "../../support/sampleGrid";

const meta: RuleMeta<"sum"> = {
  code: "funding.sum",
  severity: "error",
  description: { zh: "和", en: "sum" },
  messages: { sum: { zh: "{{side}}差 {{difference}}", en: "{{sideEn}} off by {{difference}}" } },
};

describe("findings carry their message id, data and position", () => {
  const finding = toFinding(meta, "表1", {
    cell: "AB137",
    messageId: "sum",
    data: { side: "年度", sideEn: "annual", difference: "0.01" },
    fix: { cell: "C9", value: "1" },
  });

  it("keeps row and column as 0-based numbers beside the A1 text, for the cell and the fix", () => {
    expect(finding).toMatchObject({ cell: "AB137", row: 136, col: 27, messageId: "sum" });
    expect(finding.fix).toEqual({ cell: "C9", row: 8, col: 2, value: "1" });
  });

  it("renders the same text again from id and data, in either language", () => {
    expect(renderMessage(meta, "sum", finding.data, "zh")).toBe(finding.message);
    expect(renderMessage(meta, "sum", finding.data, "en")).toBe("annual off by 0.01");
    expect(finding.messageEn).toBe("annual off by 0.01");
  });

  it("renders every finding on the sample from the catalogue exactly as it was stored", () => {
    const findings = checkSheet(sampleGrid()).forms.flatMap((form) => form.findings);
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(metaOf(f.code)).toBeDefined();
      expect(findingMessage(f, "zh")).toBe(f.message);
      expect(findingMessage(f, "en")).toBe(f.messageEn);
    }
  });

  it("refuses a cell that is no address, a bug in the rule that reported it", () => {
    expect(() => toFinding(meta, "表1", { cell: "第3行", messageId: "sum" })).toThrow(
      'not a cell address: "第3行"'
    );
    expect(() =>
      toFinding(meta, "表1", { cell: "B2", messageId: "sum", fix: { cell: "?", value: "1" } })
    ).toThrow('not a cell address: "?"');
  });

  it("puts a fix on the finding's own cell unless it names another", () => {
    const own = toFinding(meta, "表1", { cell: "E9", messageId: "sum", fix: { value: "3" } });
    expect(own.fix).toEqual({ cell: "E9", row: 8, col: 4, value: "3" });
    expect(toFinding(meta, "表1", { cell: "E9", messageId: "sum" })).not.toHaveProperty("fix");
  });

  it("falls back to the stored text for a code this version does not know", () => {
    const unknown = { ...finding, code: "future.rule", message: "旧", messageEn: "old" };
    expect(findingMessage(unknown, "en")).toBe("old");
  });
});

describe("sortFindings", () => {
  const at = (cell: string, severity: Finding["severity"], code: string) =>
    toFinding({ ...meta, code, severity }, "S", { cell, messageId: "sum" });

  it("orders by row, then column (numerically: B2 before AA2), then severity", () => {
    const sorted = sortFindings([
      at("B10", "info", "a"),
      at("AA2", "error", "b"),
      at("B2", "info", "c"),
      at("B2", "error", "d"),
      at("B2", "warning", "e"),
    ]);
    expect(sorted.map((f) => f.code)).toEqual(["d", "e", "c", "b", "a"]);
  });
});

describe("the report over files", () => {
  // Checked in each test, so that a mutation run counts the tests that reach the checker.
  let sample: FileReport;
  let noForm: FileReport;
  let broken: FileReport;
  beforeEach(() => {
    sample = checkFile("sample.txt", [sampleGrid()]);
    noForm = checkFile("notes.txt", [gridFromText("会议纪要\t无", "notes")]);
    broken = unreadableFileReport("broken.xlsx", "不是 zip");
  });

  it("puts what is not tied to a form on the file: no form, or unreadable", () => {
    expect(sample.forms).toHaveLength(5);
    expect(sample.findings).toEqual([]);
    expect(noForm.findings.map((f) => [f.code, f.sheet, f.messageId])).toEqual([
      ["read.no-form", "notes", "noForm"],
    ]);
    expect(broken.findings.map((f) => [f.code, f.cell, f.row, f.col])).toEqual([
      ["read.unreadable", "A1", 0, 0],
    ]);
    expect(broken.findings[0].message).toContain("不是 zip");
    expect(broken.findings[0].sheet).toBe("");
  });

  it("never passes a file with no sheet, or only empty ones: read.no-form says which", () => {
    const none = checkFile("none.xlsx", []);
    expect(none.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["read.no-form", "error", "", "A1"],
    ]);
    expect(none.findings[0].data).toEqual({
      reason: "没有工作表",
      reasonEn: "it has no worksheet",
    });
    expect(none.findings[0].message).toContain("没有工作表");
    expect(none.findings[0].messageEn).toContain("it has no worksheet");
    const empty = checkFile("empty.xlsx", [gridFromText("", "空表"), gridFromText("", "空表2")]);
    expect(empty.findings.map((f) => [f.code, f.sheet, f.cell, f.messageId])).toEqual([
      ["read.no-form", "空表", "A1", "noFormInFile"],
    ]);
    expect(empty.findings[0].messageEn).toContain("every sheet is empty");
    expect(empty.findings[0].message).toContain("工作表都是空的");
  });

  it("gives each finding its scope: a whole file, a sheet, a form or a cell", () => {
    const scopes = (file: FileReport) => [
      ...file.findings.map((f) => [f.code, f.scope]),
      ...file.forms.flatMap((form) => form.findings.map((f) => [f.code, f.scope])),
    ];
    expect(scopes(broken)).toEqual([["read.unreadable", "file"]]);
    expect(scopes(checkFile("none.xlsx", []))).toEqual([["read.no-form", "file"]]);
    expect(scopes(noForm)).toEqual([["read.no-form", "sheet"]]);
    const form5 = scopes(sample).filter(([code]) => code!.startsWith("indicator."));
    expect(form5).toContainEqual(["indicator.level1-missing", "form"]);
    expect(scopes(sample).filter(([, scope]) => scope === "cell").length).toBeGreaterThan(0);
    // Only a whole file's finding has no place: it is never marked on a cell.
    expect(cellMarks(fileFindings(checkFile("empty.xlsx", [gridFromText("", "空表")])))).toEqual(
      []
    );
    expect(cellMarks(noForm.findings).map((m) => [m.sheet, m.cell])).toEqual([
      ["notes", noForm.findings[0].cell],
    ]);
  });

  it("says nothing of a workbook's other sheets when one holds a form", () => {
    const mixed = checkFile("mixed.xlsx", [gridFromText("会议纪要\t无", "notes"), sampleGrid()]);
    expect(mixed.forms).toHaveLength(5);
    expect(mixed.findings).toEqual([]);
  });

  it("says where each form is as an A1 range and as numbers", () => {
    const first = sample.forms[0];
    expect(first.range).toMatch(/^A\d+:[A-Z]+\d+$/);
    expect(first.area.top).toBe(Number(/^A(\d+)/.exec(first.range)![1]) - 1);
  });

  it("counts forms and findings by severity", () => {
    const report = buildReport([sample, noForm, broken]);
    const all = [sample, noForm, broken].flatMap((file) => [
      ...file.findings,
      ...file.forms.flatMap((form) => form.findings),
    ]);
    const count = (s: string) => all.filter((f) => f.severity === s).length;
    expect(report.summary).toEqual({
      forms: 5,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    });
    expect(report.summary.errors).toBe(5); // form 5's three, plus no-form and unreadable
    expect(report.files.map((f) => f.file)).toEqual(["sample.txt", "notes.txt", "broken.xlsx"]);
  });
});
