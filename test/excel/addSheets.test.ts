import { addSheets, insertTemplate } from "../../src/excel";
import { templatePlan } from "../../src/form/templatePlan";
import { installHost } from "./host";

/*
 * Adding sheets reads the workbook's sheet names first, and only those (docs/addin.md, "Sync
 * budget"): a workbook of many sheets must not pay for every property of each. The answers' bytes
 * grow by what one name costs, about 70 bytes a sheet in the emulator's answer; every property
 * of a sheet would be about 270.
 */
async function answerBytes(sheets: number, add: () => Promise<unknown>) {
  const host = installHost(
    undefined,
    Array.from({ length: sheets }, (_, i) => `第${i + 1}表`)
  );
  await add();
  return { host, bytes: host.stats.responseBytes };
}

const perSheet = async (add: () => Promise<unknown>) => {
  const few = await answerBytes(10, add);
  const many = await answerBytes(40, add);
  return (many.bytes - few.bytes) / 30;
};

it("the preview's sample sheets: named free, the first opened, reading only the names", async () => {
  expect(await perSheet(() => addSheets([templatePlan({ year: 2024 })]))).toBeLessThan(100);
  const { host } = await answerBytes(2, () =>
    addSheets([
      templatePlan({ year: 2024, sheet: "第1表" }),
      templatePlan({ year: 2025, sheet: "示例" }),
    ])
  );
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["第1表", "第2表", "第1表 (2)", "示例"]);
  expect(host.workbook.activeWorksheet().name).toBe("第1表 (2)");
});

it("takes a name in other letter case as taken, as Excel does", async () => {
  const host = installHost(undefined, ["Sample"]);
  expect(await addSheets([templatePlan({ year: 2024, sheet: "SAMPLE" })])).toEqual(["SAMPLE (2)"]);
  expect(await insertTemplate({ year: 2024, sheetName: "sample" })).toMatchObject({
    sheet: "sample (3)",
  });
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Sample", "SAMPLE (2)", "sample (3)"]);
});

it("no sheet to add: nothing added, nothing opened", async () => {
  const { host } = await answerBytes(2, async () => expect(await addSheets([])).toEqual([]));
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(["第1表", "第2表"]);
  expect(host.workbook.activeWorksheet().name).toBe("第1表");
});

it("插入模板 reads only the sheets' names too", async () => {
  expect(await perSheet(() => insertTemplate({ year: 2024 }))).toBeLessThan(100);
});
