import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { formPlan, readSheet } from "../../src/form";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { expandInputs } from "../../src/cli/inputs";
import { cli } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const samples = readSheet(sampleGrid()).forms.map((f) => f.record);
/** A finance office's inbox: forms in subfolders, Excel's lock file, a note, an old .xls. */
const inbox = tmp.path("收到的表");

beforeAll(async () => {
  mkdirSync(join(inbox, "二科"), { recursive: true });
  mkdirSync(join(inbox, ".git"));
  const forms = ["表2.xlsx", "表10.xlsx", "二科/表1.xlsx", "二科/表3.xlsx", ".git/隐藏.xlsx"];
  await Promise.all(
    forms.map((name, i) =>
      writeWorkbook(join(inbox, name), [formPlan(samples[i], { sheet: "绩效目标表" })])
    )
  );
  copyFileSync(join(inbox, "表2.xlsx"), join(inbox, "~$表2.xlsx"));
  writeFileSync(join(inbox, "说明.txt"), "请于周五前交回");
  writeFileSync(join(inbox, "旧表.xls"), "");
});

const inInbox = (files: string[]) => files.map((f) => relative(inbox, f));
/** The inbox's workbooks as a folder lists them: Chinese in pinyin order (biao, er, jiu), numbers by value. */
const INBOX_ORDER = ["表2.xlsx", "表10.xlsx", "二科/表1.xlsx", "二科/表3.xlsx", "旧表.xls"];

describe("the command line's inputs: files, folders and patterns", () => {
  it("reads a folder's workbooks, subfolders included, in natural order, and passes over lock, hidden and text files", async () => {
    const { files, notes } = expandInputs([inbox]);
    expect(inInbox(files)).toEqual(INBOX_ORDER);
    expect(notes).toEqual([]);
  });

  it("expands a pattern as Windows' shells leave it, and reads each file once however it is named", async () => {
    const pattern = join(inbox, "表*.xlsx");
    const again = `${inbox}/二科/../表2.xlsx`;
    const link = tmp.path("链接.xlsx");
    symlinkSync(join(inbox, "表10.xlsx"), link);
    const { files, notes } = expandInputs([pattern, again, link, inbox]);
    expect(inInbox(files)).toEqual(INBOX_ORDER);
    expect(notes).toEqual([
      `${again} 与 ${join(inbox, "表2.xlsx")} 是同一文件，只读一次 (${again} is the same file as ${join(inbox, "表2.xlsx")}; read once)`,
      expect.stringContaining(`${link} 与 ${join(inbox, "表10.xlsx")} 是同一文件`),
    ]);
  });

  it("merges a folder into a summary inside it, twice, without reading its own summary back", async () => {
    const out = join(inbox, "汇总.xlsx");
    const first = await cli("merge", inbox, "-o", out);
    expect(first.stderr).toContain("已写入汇总表");
    expect(first.stderr).toContain("4 个项目");
    const second = await cli("merge", inbox, "-o", out, "--force");
    expect(second.code).toBe(first.code);
    expect(second.stderr).toContain("4 个项目");
    expect(second.stderr).not.toContain("同一文件");
  });

  it("annotates a folder into a folder inside it, twice, without reading its copies back", async () => {
    const copies = join(inbox, "标注");
    const before = await cli("validate", inbox);
    const first = await cli("validate", inbox, "--annotate", copies);
    const again = await cli("validate", inbox, "--annotate", copies, "--force");
    expect(again.stderr).not.toContain("perf-targets:");
    expect([again.code, again.stdout]).toEqual([first.code, first.stdout]);
    // Nor does a plain check of the folder afterwards.
    expect(await cli("validate", inbox)).toEqual(before);
  });

  it("says so when a folder holds no workbook or a pattern matches nothing, and exits 2", async () => {
    const empty = tmp.path("空文件夹");
    mkdirSync(empty);
    const folder = await cli("validate", empty);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${empty}：文件夹中没有工作簿（.xlsx、.xlsm）`);
    const none = join(inbox, "*.csv");
    const pattern = await cli("validate", none);
    expect(pattern.code).toBe(2);
    expect(pattern.stderr).toContain(`${none}：没有与之匹配的文件 (${none}: no file matches)`);
  });

  it("validates a folder like the files in it, the same report", async () => {
    const byFolder = await cli("validate", "--json", inbox);
    const { files } = expandInputs([inbox]);
    const byFiles = await cli(
      "validate",
      "--json",
      ...files.filter((f) => !f.endsWith("汇总.xlsx"))
    );
    const names = (out: string) =>
      (JSON.parse(out) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(names(byFolder.stdout)).toContain(join(inbox, "旧表.xls"));
    expect(names(byFolder.stdout).filter((f) => !f.endsWith("汇总.xlsx"))).toEqual(
      names(byFiles.stdout)
    );
  });
});
