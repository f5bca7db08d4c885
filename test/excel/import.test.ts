import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AddinError, importWorkbooks, type ImportFile } from "../../src/excel";
import { readWorkbook } from "../../src/xlsx";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { formPlan, readSheet } from "../../src/form";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, countSyncs, installHost } from "./host";
import { workbookState } from "./state";

/** The .xlsx reader the pane hands in. */
const readGrids = (bytes: Uint8Array) => readWorkbook(bytes);
const fixture = (name: string): ImportFile => ({
  name,
  bytes: new Uint8Array(readFileSync(join(__dirname, "../fixtures/xlsx", name))),
});

async function xlsx(name: string, withForm: boolean): Promise<ImportFile> {
  const record = readSheet(sampleGrid()).forms[0].record;
  const book = newWorkbook(
    withForm
      ? [formPlan(record, { sheet: "项目表" }), { sheet: "说明", ops: [] }]
      : [{ sheet: "说明", ops: [{ kind: "values", range: "A1", values: [["只是说明"]] }] }]
  );
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

describe.each(HOSTS)("importWorkbooks on $name", ({ requirementSets }) => {
  const canInsert = requirementSets === undefined || requirementSets.ExcelApi !== "1.8";

  it("inserts the form sheets of a good file with a free name, and rejects each bad one by name, leaving the workbook as it was", async () => {
    const host = installHost(requirementSets, ["项目表"]);
    const good = await xlsx("单位甲.xlsx", true);
    const noForm = await xlsx("说明.xlsx", false);
    const notXlsx = fixture("legacy.xls");
    const encrypted = fixture("encrypted.xlsx");
    const text = { name: "说明.txt", bytes: new Uint8Array([0x61]) };
    const broken = { name: "坏.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) };
    if (!canInsert) {
      await expect(importWorkbooks([good], { readGrids })).rejects.toBeInstanceOf(AddinError);
      return;
    }
    const before = JSON.stringify(workbookState(host.workbook));
    const progress: number[] = [];
    const bad = await importWorkbooks([noForm, notXlsx, broken, encrypted, text], {
      readGrids,
      onProgress: (done) => progress.push(done),
    });
    expect(bad.map((o) => [o.file, o.inserted])).toEqual([
      ["说明.xlsx", false],
      ["legacy.xls", false],
      ["坏.xlsx", false],
      ["encrypted.xlsx", false],
      ["说明.txt", false],
    ]);
    expect(bad[0].reason?.zh).toContain("找不到绩效目标表");
    expect(bad[1].reason?.zh).toContain("旧版");
    expect(bad[2].reason?.en).toContain("cannot be read");
    expect(bad[3].reason?.zh).toContain("密码");
    expect(bad[4].reason?.zh).toContain("不是 .xlsx");
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);

    const [outcome] = await importWorkbooks([good], { readGrids });
    const project = readSheet(sampleGrid()).forms[0].record.name!;
    expect(outcome).toMatchObject({ file: "单位甲.xlsx", inserted: true, sheets: [project] });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["项目表", project]);
  });
});

/** A workbook from another office: one form sheet per project name given. */
async function officeFile(name: string, projects: (string | null)[]): Promise<ImportFile> {
  const record = readSheet(sampleGrid()).forms[0].record;
  const book = newWorkbook(
    projects.map((project, i) =>
      formPlan({ ...record, name: project }, { sheet: `绩效目标表${i || ""}` })
    )
  );
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

describe("importWorkbooks names, progress and retries (ExcelApi 1.13)", () => {
  const sets = { ExcelApi: "1.13" };
  const long = "某某市某某区某某街道办事处二〇二五年度老旧小区改造提升工程项目经费";

  it("names each sheet after its project: valid, at most 31 characters, never a taken name", async () => {
    const host = installHost(sets, ["道路养护"]);
    const files = [
      await officeFile("甲.xlsx", ["道路养护", "校舍/维修:一期"]),
      await officeFile("乙.xlsx", [long]),
      await officeFile("丙.xlsx", [null]),
    ];
    const lines: string[] = [];
    const outcomes = await importWorkbooks(files, {
      readGrids,
      onProgress: (done, total, o) =>
        lines.push(`${done}/${total} ${o.file} ${o.sheets.join(",")}`),
    });
    expect(outcomes.map((o) => o.sheets)).toEqual([
      ["道路养护 (2)", "校舍_维修_一期"],
      [long.slice(0, 31)],
      ["丙"],
    ]);
    // One final line per file, each already naming its sheets.
    expect(lines).toEqual([
      "1/3 甲.xlsx 道路养护 (2),校舍_维修_一期",
      `2/3 乙.xlsx ${long.slice(0, 31)}`,
      "3/3 丙.xlsx 丙",
    ]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      "道路养护",
      "道路养护 (2)",
      "校舍_维修_一期",
      long.slice(0, 31),
      "丙",
    ]);
  });

  it("never adds a file's sheets twice, even after a rename; a deleted import may come back", async () => {
    const host = installHost(sets, ["Sheet1"]);
    const file = await officeFile("甲.xlsx", ["道路养护"]);
    const { result: first, syncs } = await countSyncs(host, () =>
      importWorkbooks([file], { readGrids })
    );
    expect(syncs).toBeLessThanOrEqual(3);
    expect(first[0].sheets).toEqual(["道路养护"]);
    host.workbook.sheet("道路养护")!.name = "甲单位";
    const [again] = await importWorkbooks([file], { readGrids });
    expect(again).toMatchObject({ inserted: false, sheets: [] });
    expect(again.reason?.zh).toContain("甲单位");
    expect(host.workbook.sheets).toHaveLength(2);
    host.workbook.removeSheet(host.workbook.sheet("甲单位")!);
    const [back] = await importWorkbooks([file], { readGrids });
    expect(back).toMatchObject({ inserted: true, sheets: ["道路养护"] });
  });

  it("reports the sheets that arrived when Excel inserts them and still returns an error (office-js 3179)", async () => {
    const host = installHost(sets, ["Sheet1"]);
    const file = await officeFile("甲.xlsx", ["道路养护"]);
    const load = host.workbook.loadContent.bind(host.workbook);
    host.workbook.loadContent = (sheet, content) => {
      load(sheet, content);
      throw Object.assign(new Error("The request failed"), { code: "GeneralException" });
    };
    const [outcome] = await importWorkbooks([file], { readGrids });
    host.workbook.loadContent = load;
    expect(outcome).toMatchObject({ inserted: true, sheets: ["道路养护"] });
    expect(outcome.reason?.zh).toContain("工作表已插入");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "道路养护"]);
    const [retry] = await importWorkbooks([file], { readGrids });
    expect(retry.inserted).toBe(false);
    expect(host.workbook.sheets).toHaveLength(2);
  });
});
