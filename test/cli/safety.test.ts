import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { writeFileAtomic } from "../../src/files/safeWrite";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { cli } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const samples = readSheet(sampleGrid()).forms.map((f) => f.record);
let n = 0;
/** A fresh folder holding one form workbook, in.xlsx. */
async function folderWithForm(): Promise<{ dir: string; input: string; bytes: Buffer }> {
  const dir = tmp.path(`case-${n++}`);
  mkdirSync(dir);
  const input = join(dir, "in.xlsx");
  await writeWorkbook(input, [formPlan(samples[0], { sheet: "表" })]);
  return { dir, input, bytes: readFileSync(input) };
}
const onlyLine = (stderr: string) => {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0];
};

describe("an output that is an input under another name", () => {
  it.each([
    ["a symbolic link", (dir: string, input: string) => symlinkSync(input, join(dir, "o.xlsx"))],
    ["a hard link", (dir: string, input: string) => linkSync(input, join(dir, "o.xlsx"))],
  ])("is refused even with --force when it is %s", async (_, link) => {
    const { dir, input, bytes } = await folderWithForm();
    link(dir, input);
    for (const argv of [
      ["merge", input, "-o", join(dir, "o.xlsx"), "--force"],
      ["validate", input, "--annotate", join(dir, "o.xlsx"), "--force"],
    ]) {
      const { code, stderr } = await cli(...argv);
      expect(code).toBe(2);
      expect(onlyLine(stderr)).toContain("输出文件就是输入文件");
      expect(readFileSync(input)).toEqual(bytes);
    }
  });

  it("is refused when spelt through ./ and ..", async () => {
    const { dir, input, bytes } = await folderWithForm();
    mkdirSync(join(dir, "sub"));
    const spelt = join(dir, "sub", ".", "..", "in.xlsx").replace(dir, `${dir}/./`);
    const { code } = await cli("merge", input, "-o", spelt, "--force");
    expect(code).toBe(2);
    expect(readFileSync(input)).toEqual(bytes);
  });
});

describe("writing", () => {
  it("takes the name atomically: a file that appears meanwhile is never replaced", async () => {
    const { dir } = await folderWithForm();
    const target = join(dir, "race.xlsx");
    writeFileSync(target, "written by someone else");
    await expect(
      writeFileAtomic(target, Buffer.from("ours"), { overwrite: false })
    ).rejects.toMatchObject({ code: "EEXIST" });
    expect(readFileSync(target, "utf8")).toBe("written by someone else");
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "race.xlsx"]);
  });

  it("leaves the old file and no temporary file when the rename fails", async () => {
    const { dir } = await folderWithForm();
    const target = join(dir, "busy");
    mkdirSync(target);
    writeFileSync(join(target, "inside"), "x");
    await expect(
      writeFileAtomic(target, Buffer.from("ours"), { overwrite: true })
    ).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["busy", "in.xlsx"]);
  });

  it("re-checks identity at the rename: an input linked there meanwhile is kept", async () => {
    const { dir, input, bytes } = await folderWithForm();
    const target = join(dir, "late.xlsx");
    symlinkSync(input, target);
    await expect(
      writeFileAtomic(target, Buffer.from("ours"), { overwrite: true, protect: [input] })
    ).rejects.toThrow(/late\.xlsx/);
    expect(readFileSync(input)).toEqual(bytes);
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "late.xlsx"]);
  });

  it("refuses an existing output without --force and replaces it whole with it", async () => {
    const { dir, input } = await folderWithForm();
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "keep me");
    const refused = await cli("merge", input, "-o", out);
    expect(refused.code).toBe(2);
    expect(onlyLine(refused.stderr)).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await cli("merge", input, "-o", out, "--force")).code).toBe(0);
    await new ExcelJS.Workbook().xlsx.readFile(out);
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "out.xlsx"]);
  });
});

describe("same-named inputs from different folders", () => {
  it("get an annotated copy each and their own 来源 in the summary", async () => {
    const dir = tmp.path("twins");
    for (const [i, sub] of ["a", "b"].entries()) {
      mkdirSync(join(dir, sub), { recursive: true });
      await writeWorkbook(join(dir, sub, "form.xlsx"), [formPlan(samples[i], { sheet: "表" })]);
    }
    const inputs = [join(dir, "a", "form.xlsx"), join(dir, "b", "form.xlsx")];
    expect((await cli("validate", ...inputs, "--annotate", join(dir, "out"))).code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "a-form.annotated.xlsx",
      "b-form.annotated.xlsx",
    ]);
    expect((await cli("merge", ...inputs, "-o", join(dir, "sum.xlsx"))).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "sum.xlsx"));
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    expect(texts.some((t) => t.includes("a/form.xlsx"))).toBe(true);
    expect(texts.some((t) => t.includes("b/form.xlsx"))).toBe(true);
    expect(workbook.worksheets).toHaveLength(5);
  });
});

describe("what is written matches its name", () => {
  it.each([
    ["merge", "summary.txt"],
    ["template", "t.csv"],
    ["validate", "copy.xls"],
  ])("%s -o %s is a usage error and writes nothing", async (command, name) => {
    const { dir, input } = await folderWithForm();
    const out = join(dir, name);
    const argv =
      command === "template"
        ? ["template", "-o", out]
        : command === "merge"
          ? ["merge", input, "-o", out]
          : ["validate", input, "--annotate", out];
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(onlyLine(stderr)).toContain(".xlsx");
    expect(existsSync(out)).toBe(false);
  });
});

describe("I/O errors", () => {
  it.each([
    // A folder is read for its workbooks (test/cli/inputs.test.ts); one with none is an error.
    [
      "a folder with no workbook given as an input",
      (dir: string) => ["validate", join(dir, "d.xlsx")],
      "文件夹中没有工作簿",
    ],
    [
      "an input in a missing folder",
      (dir: string) => ["validate", join(dir, "nope", "x.xlsx")],
      "文件不存在",
    ],
    [
      "an output under a file",
      (dir: string) => ["merge", join(dir, "in.xlsx"), "-o", join(dir, "in.xlsx", "o.xlsx")],
      "文件夹",
    ],
    [
      "an output that is a folder",
      (dir: string) => ["merge", join(dir, "in.xlsx"), "-o", join(dir, "d.xlsx")],
      "文件夹",
    ],
  ])("%s: one line in Chinese and English, exit 2", async (_, argv, words) => {
    const { dir } = await folderWithForm();
    mkdirSync(join(dir, "d.xlsx"));
    const { code, stderr } = await cli(...argv(dir));
    expect(code).toBe(2);
    const line = onlyLine(stderr);
    expect(line).toContain(words);
    expect(line).toMatch(/：.*[\u4e00-\u9fff]/);
    expect(line).toMatch(/\(.*: [a-z]+ [a-z]+.*\)$/);
  });
});
