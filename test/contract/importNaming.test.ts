import type { ImportFile } from "../../src/excel";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { formPlan, readSheet } from "../../src/form";
import type { SheetPlan } from "../../src/form/plan";
import { templatePlan } from "../../src/form/templatePlan";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS } from "./desks";

/*
 * Imported sheets are named alike in Excel and in WPS 表格 (src/form/importNaming.ts): after
 * their project, else after the file; valid, at most 31 characters, unique in the workbook.
 */
const LONG = "某某区[2025]城乡道路桥梁养护及附属设施维修改造工程项目：第一期/二期";

function form(index: number, name: string, year = 2025) {
  return { ...readSheet(sampleGrid()).forms[index].record, year, name };
}

async function xlsx(name: string, plans: SheetPlan[]): Promise<ImportFile> {
  return { name, bytes: new Uint8Array(await newWorkbook(plans).xlsx.writeBuffer()) };
}

async function files(): Promise<ImportFile[]> {
  return [
    await xlsx("道路养护.xlsx", [formPlan(form(0, "道路养护"), { sheet: "绩效目标表" })]),
    // Another office's form of the same project: its sheet takes the next free name.
    await xlsx("第二批.xlsx", [formPlan(form(1, "道路养护", 2026), { sheet: "绩效目标表" })]),
    await xlsx("长名.xlsx", [formPlan(form(2, LONG), { sheet: "Sheet1" })]),
    await xlsx("空白.xlsx", [templatePlan({ year: 2025, sheet: "绩效目标表" })]),
  ];
}

describe("import names sheets the same way in Excel and in WPS 表格", () => {
  it("after the project, deduplicated and at most 31 valid characters, else after the file", async () => {
    const picked = await files();
    const outcomes: Record<string, unknown> = {};
    for (const [name, open] of Object.entries(HOSTS)) {
      const desk = open();
      const progress: string[] = [];
      const result = await desk.actions.importWorkbooks(picked, (done, total) =>
        progress.push(`${done}/${total}`)
      );
      expect(progress).toEqual(["1/4", "2/4", "3/4", "4/4"]);
      outcomes[name] = { result, sheets: desk.sheetNames() };
    }
    const excel = outcomes.Excel as { result: { sheets: string[] }[]; sheets: string[] };
    const long = excel.result[2].sheets[0];
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
    expect(long.startsWith("某某区_2025_城乡道路")).toBe(true);
    expect(excel.result.map((r) => r.sheets)).toEqual([
      ["道路养护"],
      ["道路养护 (2)"],
      [long],
      ["空白"],
    ]);
    expect(excel.sheets).toEqual(["Sheet1", "道路养护", "道路养护 (2)", long, "空白"]);
    expect(outcomes.WPS).toEqual(outcomes.Excel);
  });
});
