import { checkSheet, gridFromPlan, readSheet, templatePlan } from "../../../src/form";
import type { SummaryItem } from "../../../src/form/summary";
import { summaryBook } from "../../../src/form/summaryBook";
import { sampleGrid } from "../../support/sampleGrid";
import { cellsOf } from "./support";

/** The sample's five forms as summary items, the first `later` of them moved to 2024. */
function sampleItems(later = 0): SummaryItem[] {
  return readSheet(sampleGrid()).forms.map((form, i) => ({
    record: { ...form.record, year: i < later ? 2024 : form.record.year },
    findings: [],
    sheet: `表${i + 1}`,
    cell: "A1",
    source: `form-${i + 1}.xlsx`,
  }));
}

/** The template as inserted, checked: what a blank sheet in a workbook gives. */
function blankItem(year: number, unit?: string): SummaryItem {
  const [form] = checkSheet(gridFromPlan(templatePlan({ year, unit }))).forms;
  return {
    record: form.record,
    findings: form.findings,
    sheet: "空白",
    cell: "A1",
    source: "空白",
  };
}

describe("summaryBook: one decision for every shell", () => {
  it("takes the year most filled forms carry, and says it was not given", () => {
    const book = summaryBook([blankItem(2030), blankItem(2030), ...sampleItems(2)]);
    expect(book.year).toEqual({
      value: 2023,
      given: false,
      counts: [
        [2023, 3],
        [2024, 2],
      ],
    });
    expect(book.projects.map((p) => p.sheet)).toEqual(["表3", "表4", "表5"]);
    expect(cellsOf(book.plans[0]).get("A1")).toBe("2023年项目支出绩效目标汇总表");
  });

  it("leaves out blank forms and forms of another year, each with its reason and code", () => {
    const book = summaryBook([...sampleItems(1), blankItem(2023)], { year: 2023 });
    expect(book.year.given).toBe(true);
    expect(book.leftOut.map((l) => [l.source, l.severity, l.code, l.reason])).toEqual([
      [
        "form-1.xlsx",
        "warning",
        "summary.other-year",
        "本表为2024年度，汇总表为2023年度，未计入汇总。",
      ],
      ["空白", "info", "form.blank", "表格未填写。"],
    ]);
    expect(book.leftOut[0].at).toEqual({ sheet: "表1", cell: "A1" });
    // The totals are those of forms 2–5 only: 216.1 + 6.8 + 393.2 + 400.
    expect(cellsOf(book.plans[0]).get("G8")).toEqual({ formula: "=SUM(G4:G7)", result: 1016.1 });
    expect(cellsOf(book.plans[0]).get("A9")).toBe(
      "注：另有 2 个文件或表格未计入汇总，原因见“检查结果”表。"
    );
  });

  it("a given year no form carries leaves every form out, and lists each", () => {
    const book = summaryBook(sampleItems(), { year: 2030 });
    expect(book.projects).toEqual([]);
    expect(book.leftOut.map((l) => l.code)).toEqual(Array(5).fill("summary.other-year"));
  });

  it("takes the unit most forms give, and names each form of another unit on the check sheet", () => {
    const items = sampleItems();
    items[4] = { ...items[4], record: { ...items[4].record, unit: "另一单位" } };
    const book = summaryBook(items);
    expect(book.unit.value).toBe("大连高新技术产业发展研究院");
    expect(book.projects).toHaveLength(5);
    expect(book.projects[4].findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      [
        "summary.other-unit",
        "info",
        "本表填报单位为“另一单位”，汇总表的编制单位为“大连高新技术产业发展研究院”。",
      ],
    ]);
    const checks = [...cellsOf(book.plans[2]).values()];
    expect(checks).toContain("summary.other-unit");
    expect(summaryBook(items, { unit: "另一单位" }).projects[0].findings).toHaveLength(1);
  });

  it("sums a form that states no year as the summary's year, and says so on the check sheet", () => {
    const items = sampleItems(1);
    items[2] = { ...items[2], record: { ...items[2].record, year: null } };
    const book = summaryBook(items);
    expect(book.year.value).toBe(2023);
    expect(book.projects.map((p) => p.sheet)).toEqual(["表2", "表3", "表4", "表5"]);
    const notes = book.projects.map((p) => p.findings.map((f) => [f.code, f.severity, f.message]));
    expect(notes).toEqual([
      [],
      [
        [
          "summary.year-assumed",
          "warning",
          "本表没有写明年度，已按汇总表的2023年度计入汇总，请核对。",
        ],
      ],
      [],
      [],
    ]);
    expect([...cellsOf(book.plans[2]).values()]).toContain("summary.year-assumed");
    // The 校验结果 column counts it with the form's other findings.
    expect(cellsOf(book.plans[0]).get("N5")).toBe("1 个警告");
    // A year given by the person is assumed just the same, and says which year.
    const given = summaryBook(items, { year: 2024 }).projects;
    expect(given.map((p) => p.sheet)).toEqual(["表1", "表3"]);
    expect(given[1].findings[0].message).toContain("2024年度");
  });

  it("says nothing of the year when no form states one", () => {
    const items = sampleItems().map((item) => ({
      ...item,
      record: { ...item.record, year: null },
    }));
    const book = summaryBook(items);
    expect(book.year.value).toBeNull();
    expect(book.projects.flatMap((p) => p.findings)).toEqual([]);
  });

  it("names a project summed a second time, from a file or a copied sheet, and still sums it", () => {
    const items = sampleItems();
    const name = items[1].record.name!;
    // A form sent twice, its name spaced differently; and a sheet copied within the workbook.
    items[3] = {
      ...items[3],
      record: { ...items[1].record, name: ` ${name.slice(0, 2)} ${name.slice(2)}` },
    };
    items[4] = { ...items[4], record: { ...items[1].record }, source: "表5" };
    const book = summaryBook(items);
    const notes = book.projects.map((p) => p.findings.map((f) => [f.code, f.severity, f.message]));
    expect(notes).toEqual([
      [],
      [],
      [],
      [
        [
          "summary.repeated-project",
          "warning",
          `项目“ ${name.slice(0, 2)} ${name.slice(2)}”已在“表2”（form-2.xlsx）中计入汇总，合计中重复计入；如为重复的表请删除其一。`,
        ],
      ],
      [
        [
          "summary.repeated-project",
          "warning",
          `项目“${name}”已在“表2”（form-2.xlsx）中计入汇总，合计中重复计入；如为重复的表请删除其一。`,
        ],
      ],
    ]);
    // Every form is still summed: 11.46 + 216.1 × 3 + 6.8.
    expect(cellsOf(book.plans[0]).get("G9")).toEqual({ formula: "=SUM(G4:G8)", result: 666.56 });
    // Within one workbook the first is named by its sheet alone.
    const own = items.map((item) => ({ ...item, source: item.sheet }));
    const [copied] = summaryBook(own).projects[4].findings;
    expect(copied.message).toBe(
      `项目“${name}”已在“表2”中计入汇总，合计中重复计入；如为重复的表请删除其一。`
    );
    expect(copied.cell).toBe("A1");
    // Forms with no name are not taken for one another.
    const unnamed = items.map((item) => ({ ...item, record: { ...item.record, name: null } }));
    expect(summaryBook(unnamed).projects.flatMap((p) => p.findings)).toEqual([]);
  });

  it("names its three sheets as asked, in order", () => {
    const book = summaryBook(sampleItems(), { sheets: { checks: "核对" } });
    expect(book.plans.map((p) => p.sheet)).toEqual(["汇总表", "指标明细", "核对"]);
  });
});
