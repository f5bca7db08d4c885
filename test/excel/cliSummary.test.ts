import { checkWorkbook, mergeIntoSummary } from "../../src/excel";
import { seedFromXlsx } from "../../src/emulator";
import { formPlan, readSheet } from "../../src/form";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { cli } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";
import { HOSTS, installHost } from "./host";
import { marksOn } from "./workbook";

const tmp = tempDir();
const samples = readSheet(sampleGrid()).forms.map((f) => f.record);
const files = samples.map((_, i) => tmp.path(`form-${i + 1}.xlsx`));
const summary = tmp.path("汇总.xlsx");
beforeAll(async () => {
  await Promise.all(
    samples.map((record, i) => writeWorkbook(files[i], [formPlan(record, { sheet: "绩效目标表" })]))
  );
  expect((await cli("merge", ...files, "-o", summary)).code).toBe(0);
});

describe.each(HOSTS)("a command-line summary opened in Excel on $name", ({ requirementSets }) => {
  it("is checked for its forms only, and 汇总 sums each project once beside it", async () => {
    const host = installHost(requirementSets, []);
    await seedFromXlsx(host.workbook, summary);
    const { report } = await checkWorkbook();
    expect(report.files[0].forms.map((f) => f.sheet)).toEqual(samples.map((s) => s.name));
    for (const own of ["汇总表", "指标明细", "检查结果"])
      expect(marksOn(host.workbook, own)).toEqual([]);
    const before = host.workbook.sheets.map((s) => s.name);
    const merged = await mergeIntoSummary();
    expect(merged.forms).toBe(5);
    // The command line's sheets carry no mark of the add-in's: kept as the person's, never replaced.
    expect(merged.sheet).toBe("汇总表 (2)");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([...before, "汇总表 (2)", "检查结果 (2)"])
    );
  });
});
