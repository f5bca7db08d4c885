import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AddinError, importWorkbooks, type ImportFile } from "../../src/excel";
import { readWorkbook } from "../../src/xlsx";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { formPlan, readSheet } from "../../src/form";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost } from "./host";
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
    expect(outcome).toMatchObject({ file: "单位甲.xlsx", inserted: true, sheets: ["项目表 (2)"] });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["项目表", "项目表 (2)"]);
  });
});
