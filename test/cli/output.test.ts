import {
  buildReport,
  checkFile,
  unreadableFileReport,
  type FileReport,
  type Report,
} from "../../src/form";
import { formatReport, MAX_ROWS } from "../../src/cli/output";
import { sampleGrid } from "../support/sampleGrid";
import { finding } from "../form/plans/support";

// Checked in each test, so that a mutation run counts the tests that reach the checker.
let sample: FileReport;
let broken: FileReport;
let report: Report;
beforeEach(() => {
  sample = checkFile("sample.txt", [sampleGrid()]);
  broken = unreadableFileReport("broken.xlsx", "不是 zip");
  report = buildReport([sample, broken]);
});

describe("formatReport", () => {
  it("writes Chinese by default: headers, levels, messages and the counts", () => {
    const zh = formatReport(report, "zh");
    expect(zh).toContain("单元格  级别");
    expect(zh).toMatch(/错误\s+indicator\.level2-misplaced\s+二级指标“社会效益指标”不属于/);
    expect(zh).toMatch(/共 2 个文件、5 张表：错误 4，警告 \d+，提示 \d+。\n$/);
  });

  it("writes English with --lang en: every message in English, none in Chinese", () => {
    const en = formatReport(report, "en");
    expect(en).toContain("cell  severity  code");
    expect(en).toMatch(/B137\s+error\s+indicator\.level2-misplaced\s+Second-level/);
    expect(en).toMatch(/2 file\(s\), 5 form\(s\): 4 error\(s\)/);
    const findings = [...broken.findings, ...sample.forms.flatMap((f) => f.findings)];
    for (const f of findings) {
      expect(en).toContain(f.messageEn);
      expect(en).not.toContain(f.message);
    }
    expect(en).not.toMatch(/级别|错误|警告|提示|个文件/);
  });

  it("says so when a form has no findings", () => {
    const clean = { ...sample, forms: [{ ...sample.forms[0], findings: [] }] };
    expect(formatReport(buildReport([clean]), "zh")).toContain("    未发现问题");
    expect(formatReport(buildReport([clean]), "en")).toContain("    no findings");
  });

  it("lists each file and form in order, the unreadable file with its reason", () => {
    const zh = formatReport(report, "zh");
    expect(zh.indexOf("sample.txt")).toBeLessThan(zh.indexOf("broken.xlsx"));
    expect(zh).toContain("无法读取：不是 zip");
    expect(zh.match(/^ {2}\S.*\[sample!A\d+:E\d+\]$/gm)).toHaveLength(5);
  });

  it(`lists at most ${MAX_ROWS} findings of a form and says how many more the JSON has`, () => {
    const many = Array.from({ length: MAX_ROWS + 7 }, (_, i) =>
      finding("S", `A${i + 1}`, "warning")
    );
    const form = { ...sample.forms[0], findings: many };
    const text = formatReport(buildReport([{ ...sample, forms: [form] }]), "zh");
    expect(text.match(/x\.warning/g)).toHaveLength(MAX_ROWS);
    expect(text).toContain("另有 7 条未列出");
    expect(formatReport(buildReport([{ ...sample, forms: [form] }]), "en")).toContain(
      "7 more not shown"
    );
  });
});
