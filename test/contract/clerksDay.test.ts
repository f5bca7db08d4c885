import type { Finding, Report } from "../../src/form/finding";
import { HOSTS, type Desk } from "./desks";

/*
 * One contract, two hosts (docs/wps.md, "Tests"): the same clerk's day through the pane's seam
 * (PaneActions), once over Excel (the genuine Office.js library on the emulator) and once over WPS
 * 表格 (the fake object model). Each step's outcome must be the same on both: the same report,
 * the same fixes, the same summary. A host that reads, checks, fixes or merges differently fails.
 */

/** What a report says, without what differs by host by design (the workbook's file name). */
const said = (report: Report) =>
  report.files.flatMap((file) => [
    ...file.findings.map((f) => f.code),
    ...file.forms.map((form) => ({
      sheet: form.sheet,
      record: { ...form.record, cells: undefined },
      findings: form.findings.map((f: Finding) => [f.code, f.cell, f.message, f.fix?.value]),
    })),
  ]);

const TYPED: [string, string][] = [
  ["B4", "道路养护"],
  ["B5", "某区交通局"],
  ["E5", "某区公路站"],
  ["E4", "2025年1月至12月"],
  ["C6", "100"],
  ["C7", "100"],
  ["E6", "100"],
  ["E7", "90"],
  ["B10", "完成道路养护"],
  ["D10", "完成道路养护"],
  ["C12", "公路养护里程"],
  ["E12", ">=20公里"],
  ["C16", "群众满意度"],
  ["E16", "70%"],
];

async function clerksDay(desk: Desk) {
  const steps: Record<string, unknown> = {};
  const { sheet } = await desk.actions.insertTemplate({ year: 2025 });
  steps.blank = said((await desk.actions.checkWorkbook()).report);
  for (const [cell, value] of TYPED) desk.type(sheet, cell, value);
  const checked = await desk.actions.checkWorkbook();
  steps.checked = said(checked.report);
  const fixable = checked.report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix);
  steps.fixed = (await desk.actions.applyFixes(fixable)).map((f) => [f.cell, f.code, f.value]);
  steps.rechecked = said((await desk.actions.checkWorkbook()).report);
  await desk.actions.clearMarks();
  const merged = await desk.actions.mergeIntoSummary({ year: 2025 });
  steps.merged = { forms: merged.forms, sheet: merged.sheet };
  const after = await desk.actions.checkWorkbook();
  steps.afterMerge = { report: said(after.report), skipped: after.skipped };
  return steps;
}

describe("a clerk's day is the same in Excel and in WPS 表格", () => {
  it("reads, checks, fixes and merges alike, step by step", async () => {
    const excel = await clerksDay(HOSTS.Excel());
    const wps = await clerksDay(HOSTS.WPS());
    // The journey does what it should on each host…
    expect((excel.blank as unknown[]).length).toBeGreaterThan(0);
    expect(excel.fixed).toEqual([["E12", "value.operator-ascii", "≥20公里"]]);
    expect(excel.merged).toEqual({ forms: 1, sheet: "汇总表" });
    expect((excel.afterMerge as { skipped: number }).skipped).toBe(3);
    // …and the same on both.
    for (const step of Object.keys(excel)) expect([step, wps[step]]).toEqual([step, excel[step]]);
  });
});
