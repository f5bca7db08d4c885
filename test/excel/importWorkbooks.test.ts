import { createHash } from "node:crypto";
import { importWorkbooks, AddinError, type ImportFile } from "../../src/excel";
import { formPlan, readSheet } from "../../src/form";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { readWorkbook } from "../../src/xlsx";
import { sampleGrid } from "../support/sampleGrid";
import { installHost } from "./host";
import { workbookState } from "./state";

/*
 * The pane's import as a clerk uses it on a busy day: files named any which way, a file picked
 * twice, a reader that fails in its own words, Excel failing half-way, and what the workbook
 * keeps afterwards to know its imports again (docs/addin.md, "Import").
 */
const readGrids = (bytes: Uint8Array) => readWorkbook(bytes);
const sets = { ExcelApi: "1.13" };

/** A workbook from another office: one form sheet per project name, plus a notes sheet. */
async function officeFile(
  name: string,
  projects: string[],
  note = "填表说明"
): Promise<ImportFile> {
  const record = readSheet(sampleGrid()).forms[0].record;
  const book = newWorkbook([
    ...projects.map((project, i) =>
      formPlan({ ...record, name: project }, { sheet: `表${i + 1}` })
    ),
    { sheet: "说明", ops: [{ kind: "values", range: "A1", values: [[note]] }] },
  ]);
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

const A1 = { top: 0, left: 0, bottom: 0, right: 0 };

/**
 * A file whose SHA-256 has a byte below 16 among its first eight, so that its fingerprint shows
 * the zero each such byte is padded with (the writer stamps the time, so the bytes vary).
 */
async function fileWithSmallByte(name: string, projects: string[]) {
  for (let note = 1; ; note++) {
    const file = await officeFile(name, projects, `填表说明 ${note}`);
    const digest = createHash("sha256").update(file.bytes).digest();
    if (digest.subarray(0, 8).some((b) => b < 16)) return { file, digest };
  }
}

/** The hidden names the workbook keeps of its imports, with the sheet each points at. */
function importNames(host: ReturnType<typeof installHost>) {
  return [...host.workbook.names.values()]
    .filter((n) => n.name.startsWith("_PerfTargetsImport_"))
    .map((n) => ({
      name: n.name,
      visible: n.visible,
      sheet: "sheet" in n.reference ? n.reference.sheet.name : n.reference.formula,
      area: "area" in n.reference ? n.reference.area : null,
    }));
}

describe("importing on Excel 2019, which cannot insert another workbook's sheets", () => {
  it("says which feature needs which ExcelApi, in both languages, and touches nothing", async () => {
    const host = installHost({ ExcelApi: "1.8" }, ["项目表"]);
    const before = JSON.stringify(workbookState(host.workbook));
    const error = await importWorkbooks([await officeFile("甲.xlsx", ["道路养护"])], {
      readGrids,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).text("zh")).toMatch(
      /^导入工作簿需要较新的 Excel.*ExcelApi 1\.13。$/
    );
    expect((error as AddinError).text("en")).toMatch(
      /^Importing workbooks needs a newer Excel.*ExcelApi 1\.13\.$/
    );
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });
});

describe("importing files as people name them", () => {
  it("takes .XLSX and .xlsm by their extension, hands .xls to the reader, and refuses a renamed copy", async () => {
    installHost(sets, ["项目表"]);
    const form = await officeFile("x", ["道路养护"]);
    const read: string[] = [];
    const outcomes = await importWorkbooks(
      ["甲.XLSX", "乙.xlsm", "丙.xls", "丁.xlsx.bak", "戊xlsx"].map((name) => ({ ...form, name })),
      {
        readGrids: (bytes, name) => {
          read.push(name);
          return readWorkbook(bytes);
        },
      }
    );
    // The reader saw the three with a workbook's extension, and no other.
    expect(read).toEqual(["甲.XLSX", "乙.xlsm", "丙.xls"]);
    expect(outcomes[0]).toMatchObject({ inserted: true, sheets: ["道路养护"] });
    expect(outcomes[3].reason?.zh).toBe(
      "“丁.xlsx.bak”不是 .xlsx 工作簿。旧版 .xls 或 .csv 请先在 Excel 中另存为 .xlsx。"
    );
    expect(outcomes[4].reason?.en).toBe(
      '"戊xlsx" is not an .xlsx workbook. Save an old .xls or a .csv as .xlsx in Excel first.'
    );
  });

  it("names a sheet free of the workbook's names in any letter case", async () => {
    const host = installHost(sets, ["ROAD WORKS"]);
    const [outcome] = await importWorkbooks([await officeFile("甲.xlsx", ["Road works"])], {
      readGrids,
    });
    expect(outcome.sheets).toEqual(["Road works (2)"]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["ROAD WORKS", "Road works (2)"]);
  });

  it("names a sheet after its project even where the file's next sheet holds that name", async () => {
    const host = installHost(sets, ["项目表"]);
    // The file's sheets are 表1 and 表2; the first one's project is called 表2.
    const [outcome] = await importWorkbooks([await officeFile("甲.xlsx", ["表2", "校舍维修"])], {
      readGrids,
    });
    expect(outcome).toEqual({ file: "甲.xlsx", inserted: true, sheets: ["表2", "校舍维修"] });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["项目表", "表2", "校舍维修"]);
  });

  it("gives the reader's own words when it fails, whatever it throws", async () => {
    const host = installHost(sets, ["项目表"]);
    const before = JSON.stringify(workbookState(host.workbook));
    const thrown: unknown[] = [
      new Error("磁盘读取失败"),
      "读不出来",
      Object.assign(new Error("only its message"), { zh: "只有中文" }),
      Object.assign(new Error("only its message"), { en: "English only" }),
      { zh: "文件已损坏", en: "The file is damaged" },
      null,
    ];
    const outcomes = await importWorkbooks(
      thrown.map((_, i) => ({ name: `${i}.xlsx`, bytes: new Uint8Array([i]) })),
      {
        readGrids: (bytes) => {
          throw thrown[bytes[0]];
        },
      }
    );
    expect(outcomes.map((o) => [o.inserted, o.reason?.zh, o.reason?.en])).toEqual([
      [false, "“0.xlsx”无法读取：磁盘读取失败", '"0.xlsx" cannot be read: 磁盘读取失败'],
      [false, "“1.xlsx”无法读取：读不出来", '"1.xlsx" cannot be read: 读不出来'],
      [false, "“2.xlsx”无法读取：only its message", '"2.xlsx" cannot be read: only its message'],
      [false, "“3.xlsx”无法读取：only its message", '"3.xlsx" cannot be read: only its message'],
      [false, "“4.xlsx”无法读取：文件已损坏", '"4.xlsx" cannot be read: The file is damaged'],
      [false, "“5.xlsx”无法读取：null", '"5.xlsx" cannot be read: null'],
    ]);
    expect(outcomes.every((o) => o.sheets.length === 0)).toBe(true);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });
});

describe("what the workbook keeps of its imports", () => {
  it("remembers each sheet by a hidden name of the file's SHA-256 pointing at its A1, beside the person's own names", async () => {
    const host = installHost(sets, ["项目表"]);
    // The person's own name, which an import must read past.
    host.workbook.names.set("税率", {
      name: "税率",
      reference: {
        sheet: host.workbook.sheet("项目表")!,
        area: { top: 1, left: 1, bottom: 1, right: 1 },
      },
      visible: true,
      comment: "",
    });
    const { file, digest } = await fileWithSmallByte("甲.xlsx", ["道路养护", "校舍维修"]);
    const print = digest.toString("hex").slice(0, 16);
    const [outcome] = await importWorkbooks([file], { readGrids });
    expect(outcome).toEqual({ file: "甲.xlsx", inserted: true, sheets: ["道路养护", "校舍维修"] });
    expect(importNames(host)).toEqual([
      { name: `_PerfTargetsImport_${print}_1`, visible: false, sheet: "道路养护", area: A1 },
      { name: `_PerfTargetsImport_${print}_2`, visible: false, sheet: "校舍维修", area: A1 },
    ]);
    expect(host.workbook.names.get("税率")?.visible).toBe(true);
    // Picked again (renamed since): refused, naming both sheets where they are now.
    host.workbook.sheet("校舍维修")!.name = "校舍's 二期";
    const [again] = await importWorkbooks([{ ...file, name: "甲(1).xlsx" }], { readGrids });
    expect(again).toEqual({
      file: "甲(1).xlsx",
      inserted: false,
      sheets: [],
      reason: {
        zh: "“甲(1).xlsx”已导入过（工作表 道路养护、校舍's 二期），未重复导入。",
        en: `"甲(1).xlsx" was imported before (sheets 道路养护、校舍's 二期); it was not imported again.`,
      },
    });
  });

  it("refuses the same file picked twice in one import, and a deleted sheet's name is replaced, not doubled", async () => {
    const host = installHost(sets, ["项目表"]);
    const file = await officeFile("甲.xlsx", ["道路养护"]);
    const copy = { ...file, name: "甲 - 副本.xlsx" };
    const outcomes = await importWorkbooks([file, copy], { readGrids });
    expect(outcomes.map((o) => [o.file, o.inserted, o.sheets])).toEqual([
      ["甲.xlsx", true, ["道路养护"]],
      ["甲 - 副本.xlsx", false, []],
    ]);
    expect(outcomes[1].reason?.zh).toContain("工作表 道路养护");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["项目表", "道路养护"]);
    host.workbook.removeSheet(host.workbook.sheet("道路养护")!);
    const [back] = await importWorkbooks([copy], { readGrids });
    expect(back).toMatchObject({ inserted: true, sheets: ["道路养护"] });
    expect(importNames(host)).toHaveLength(1);
    expect(importNames(host)[0]).toMatchObject({ sheet: "道路养护", visible: false });
  });
});

describe("Excel failing while it inserts a file", () => {
  it("with nothing inserted: the file is refused with Excel's reason and the workbook is unchanged", async () => {
    const host = installHost(sets, ["项目表"]);
    const before = JSON.stringify(workbookState(host.workbook));
    host.workbook.parseWorkbook = () =>
      Promise.reject(Object.assign(new Error("busy"), { code: "GeneralException" }));
    const [outcome] = await importWorkbooks([await officeFile("甲.xlsx", ["道路养护"])], {
      readGrids,
    });
    expect(outcome.inserted).toBe(false);
    expect(outcome.sheets).toEqual([]);
    expect(outcome.reason?.zh).toMatch(/^“甲\.xlsx”导入失败，工作簿未改变：导入工作簿失败：/);
    expect(outcome.reason?.en).toMatch(
      /^"甲\.xlsx" could not be imported; the workbook is unchanged: Importing workbooks failed: /
    );
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });

  it("after an earlier file went in: only the failing file's own sheets are reported as arrived", async () => {
    const host = installHost(sets, ["项目表"]);
    const first = await officeFile("甲.xlsx", ["道路养护"]);
    const second = await officeFile("乙.xlsx", ["校舍维修"]);
    const load = host.workbook.loadContent.bind(host.workbook);
    host.workbook.loadContent = (sheet, content) => {
      load(sheet, content);
      if (host.workbook.sheets.length > 2)
        throw Object.assign(new Error("The request failed"), { code: "GeneralException" });
    };
    const outcomes = await importWorkbooks([first, second], { readGrids });
    host.workbook.loadContent = load;
    expect(outcomes[0]).toEqual({ file: "甲.xlsx", inserted: true, sheets: ["道路养护"] });
    expect(outcomes[1]).toMatchObject({ file: "乙.xlsx", inserted: true, sheets: ["校舍维修"] });
    expect(outcomes[1].reason?.zh).toMatch(
      /^Excel 报告“乙\.xlsx”导入出错，但工作表已插入，请核对：导入工作簿失败/
    );
    expect(outcomes[1].reason?.en).toMatch(
      /^Excel reported an error importing "乙\.xlsx", but its sheets arrived; please look them over: Importing workbooks failed/
    );
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["项目表", "道路养护", "校舍维修"]);
  });
});
