import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { reportSchemas, type Report } from "../../src/form/finding";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { cli } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const FIXTURES = join(__dirname, "../fixtures");
const SAMPLE = "examples/2023-unit-performance-targets.txt";
const samples = readSheet(sampleGrid()).forms.map((f) => f.record);
const good = tmp.path("good.xlsx");
beforeAll(() => writeWorkbook(good, [formPlan(samples[2], { sheet: "表" })]));

const json = (stdout: string) => reportSchemas().Report.parse(JSON.parse(stdout));
const codes = (report: Report, i: number) => [
  ...report.files[i].findings.map((f) => f.code),
  ...report.files[i].forms.flatMap((f) => f.findings.map((x) => x.code)),
];

describe("a batch with bad files in it", () => {
  it("checks every file, reports each, and exits 2 for the one that cannot be opened", async () => {
    const broken = tmp.path("broken.xlsx");
    writeFileSync(broken, "not a zip");
    const missing = tmp.path("missing.xlsx");
    const { code, stdout, stderr } = await cli("validate", good, missing, broken, SAMPLE, "--json");
    expect(code).toBe(2);
    const report = json(stdout);
    expect(report.files.map((f) => f.file)).toEqual([good, missing, broken, SAMPLE]);
    expect(report.files[3].forms).toHaveLength(5);
    expect(codes(report, 2)).toEqual(["read.no-form"]);
    expect(stderr.trim().split("\n")).toEqual([expect.stringContaining("missing.xlsx")]);
  });

  it("prints each file's findings as soon as that file is read, before the totals", async () => {
    const { chunks } = await cli("validate", good, SAMPLE);
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toContain(good);
    expect(chunks[0]).not.toContain(SAMPLE);
    expect(chunks[1]).toContain(SAMPLE);
    expect(chunks[2]).toMatch(/共 2 个文件/);
  });
});

describe("files that hold no form", () => {
  it.each([
    ["an empty text file", "empty.txt", ""],
    ["a text file with only blank lines", "blank.csv", "\n\n,,\n"],
  ])("%s is read.no-form, an error, exit 1", async (_, name, text) => {
    const path = tmp.path(name);
    writeFileSync(path, text);
    const { code, stdout } = await cli("validate", path, "--json");
    expect(code).toBe(1);
    expect(codes(json(stdout), 0)).toEqual(["read.no-form"]);
  });

  it.each([
    ["an empty .xlsx", "", "empty.xlsx"],
    ["a zip that is no workbook", "xlsx/not-a-workbook.xlsx", "zip.xlsx"],
  ])("%s is read.no-form, an error, exit 1, never a pass", async (_, fixture, name) => {
    const path = tmp.path(name);
    if (fixture) copyFileSync(join(FIXTURES, fixture), path);
    else writeFileSync(path, "");
    const { code, stdout } = await cli("validate", path, "--json");
    expect(code).toBe(1);
    const report = json(stdout);
    expect(report.summary.errors).toBe(1);
    expect(codes(report, 0)).toEqual(["read.no-form"]);
  });

  it.each([
    ["an encrypted .xlsx", "xlsx/encrypted.xlsx", "locked.xlsx"],
    ["an old .xls", "xlsx/legacy.xls", "old.xls"],
    ["an old .xls named .xlsx", "xlsx/legacy.xls", "renamed.xlsx"],
  ])("%s is told to save as .xlsx without a password, exit 1", async (_, fixture, name) => {
    const path = tmp.path(name);
    copyFileSync(join(FIXTURES, fixture), path);
    const zh = await cli("validate", path);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/另存为 \.xlsx/);
    const en = await cli("validate", path, "--lang", "en");
    expect(en.stdout).toMatch(/save it as \.xlsx/);
  });
});

describe("text in the encodings Chinese offices save", () => {
  const expected = samples.map((r) => r.name);

  it.each([
    ["GBK (Chinese Windows' default)", () => readFileSync(join(FIXTURES, "text/sample-gbk.txt"))],
    ["UTF-8 without a BOM", () => readFileSync(SAMPLE)],
    [
      "UTF-8 with a BOM",
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SAMPLE)]),
    ],
    [
      "UTF-16 LE with a BOM (Excel's Unicode text)",
      () =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(readFileSync(SAMPLE, "utf8"), "utf16le"),
        ]),
    ],
    [
      "UTF-16 BE with a BOM",
      () =>
        Buffer.from(
          Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from(readFileSync(SAMPLE, "utf8"), "utf16le"),
          ]).swap16()
        ),
    ],
  ])("reads %s", async (_, bytes) => {
    const path = tmp.path(`enc-${expected.length}-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(path, bytes());
    const { stdout } = await cli("read", path, "--json");
    expect(JSON.parse(stdout).map((f: { record: { name: string } }) => f.record.name)).toEqual(
      expected
    );
  });

  it("reads GB18030's four-byte characters", async () => {
    const { stdout } = await cli("read", join(FIXTURES, "text/sample-gb18030.txt"), "--json");
    expect(JSON.parse(stdout)[0].record.name).toBe(`${samples[0].name}䶮𠀀`);
  });
});

describe("big and oddly named inputs", () => {
  it("survives 100,000 rows of noise under the forms (every row a finding or three)", async () => {
    const noise = Array.from({ length: 100_000 }, (_, i) => `噪声\t${i}\tx`).join("\n");
    const path = tmp.path("noise.txt");
    writeFileSync(path, `${readFileSync(SAMPLE, "utf8")}\n${noise}\n`);
    const { code, stdout } = await cli("validate", path);
    expect(code).toBe(1);
    expect(stdout).toMatch(/共 1 个文件、5 张表/);
  });

  it.each(["[预算]'表'", "History", "'引号'", "a".repeat(40)])(
    "annotates and merges text named %s under a valid sheet name",
    async (stem) => {
      const dir = tmp.path(`odd-${Math.random().toString(36).slice(2)}`);
      mkdirSync(dir);
      const path = join(dir, `${stem}.txt`);
      copyFileSync(SAMPLE, path);
      expect((await cli("validate", path, "--annotate", join(dir, "a.xlsx"))).code).toBe(1);
      expect((await cli("merge", path, "-o", join(dir, "m.xlsx"))).code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, "a.xlsx"));
      const [sheet] = workbook.worksheets;
      expect(sheet.name).not.toMatch(/[[\]:*?/\\]|^'|'$|^history$/i);
      expect(sheet.name.length).toBeLessThanOrEqual(31);
    }
  );
});

describe("usage errors", () => {
  it.each([
    [["validate"], "缺少参数"],
    [["frobnicate"], "未知命令"],
    [["validate", SAMPLE, "--bogus"], "未知选项"],
    [["template", "-o", "t.xlsx", "--year", "20"], "年度应为四位数字"],
    [["merge", SAMPLE], "缺少必需的选项"],
    [["validate", SAMPLE, "--lang", "fr"], "应为 zh 或 en"],
  ])("%j: one line in Chinese and English, exit 2", async (argv, words) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(words);
    expect(stderr).toMatch(/\((missing|unknown|invalid|required)/);
  });

  it("documents the exit codes in the help", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    for (const exit of ["0", "1", "2", "3"])
      expect(stdout).toMatch(new RegExp(`^  ${exit}  \\S`, "m"));
  });
});
