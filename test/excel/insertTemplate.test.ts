import { insertTemplate } from "../../src/excel";
import { readSheet } from "../../src/form";
import { HOSTS, countSyncs, installHost } from "./host";
import { snapshotOf } from "./workbook";

describe.each(HOSTS)("insertTemplate on $name", ({ requirementSets }) => {
  it("adds a new sheet with the standard form in two syncs and selects the project name", async () => {
    const host = installHost(requirementSets, ["项目A"]);
    host.workbook.setValues("项目A", "A1", [["别人的数据"]]);
    const { result, syncs } = await countSyncs(host, () =>
      insertTemplate({ year: 2024, unit: "大连高新技术产业发展研究院" })
    );
    expect(syncs).toBe(2);
    expect(result).toEqual({ sheet: "2024绩效目标表", cell: "B4" });
    expect(host.workbook.values("项目A", "A1:B1")).toEqual([["别人的数据", ""]]);
    const sheet = host.workbook.sheet("2024绩效目标表")!;
    expect(host.workbook.values("2024绩效目标表", "A1:A2")).toEqual([
      ["本级预算项目绩效目标表"],
      ["(2024年度)"],
    ]);
    expect(host.workbook.values("2024绩效目标表", "B3")).toEqual([["大连高新技术产业发展研究院"]]);
    expect(sheet.merges.length).toBeGreaterThan(10);
    expect(host.workbook.selection).toMatchObject({ sheet: "2024绩效目标表" });
    // Drop-downs on the 一级 and 二级 columns, amounts formatted, borders, print setup.
    const style = (cell: string) => {
      const [row, col] = [Number(cell.slice(1)) - 1, cell.charCodeAt(0) - 65];
      return sheet.cell(row, col)?.style ?? {};
    };
    expect(JSON.stringify(style("A12")["dataValidation.rule"])).toContain("产出指标");
    expect(JSON.stringify(style("B12")["dataValidation.rule"])).toContain("数量指标");
    expect(sheet.cell(5, 2)?.numberFormat).toBe("#,##0.00####");
    expect(style("A11")["format.borders.EdgeTop.style"]).toBe("Continuous");
    expect(sheet.columnWidths.get(2)).toBeGreaterThan(sheet.columnWidths.get(0)!);
    // Page layout is ExcelApi 1.9: Excel 2019 prints with its defaults.
    if (requirementSets?.ExcelApi === "1.8") expect(sheet.pageLayout).toEqual({});
    else expect(sheet.pageLayout).toMatchObject({ paperSize: "A4", printTitleRows: "$1:$3" });
    // What was written reads back as a form with the skeleton's eight indicator rows.
    const { forms } = readSheet(snapshotOf(host.workbook, "2024绩效目标表"));
    expect(forms).toHaveLength(1);
    expect(forms[0].record.year).toBe(2024);
    expect(forms[0].record.unit).toBe("大连高新技术产业发展研究院");
  });

  it("never reuses a taken name: the next is 名称 (2), case ignored", async () => {
    const host = installHost(requirementSets, ["2024绩效目标表"]);
    const first = await insertTemplate({ year: 2024 });
    const second = await insertTemplate({ year: 2024, sheetName: "2024绩效目标表" });
    expect(first.sheet).toBe("2024绩效目标表 (2)");
    expect(second.sheet).toBe("2024绩效目标表 (3)");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      "2024绩效目标表",
      "2024绩效目标表 (2)",
      "2024绩效目标表 (3)",
    ]);
  });
});

type FakeableTimer = NonNullable<
  Extract<Parameters<typeof jest.useFakeTimers>[0], { doNotFake?: unknown }>["doNotFake"]
>[number];

/** Every timer jest can fake but the date's: the emulator's own timers stay real. */
const TIMERS: FakeableTimer[] = [
  "hrtime",
  "nextTick",
  "performance",
  "queueMicrotask",
  "requestAnimationFrame",
  "cancelAnimationFrame",
  "requestIdleCallback",
  "cancelIdleCallback",
  "setImmediate",
  "clearImmediate",
  "setInterval",
  "clearInterval",
  "setTimeout",
  "clearTimeout",
];

describe("insertTemplate without a year", () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date(2026, 11, 7), doNotFake: TIMERS }));
  afterEach(() => jest.useRealTimers());

  it("makes next year's form, as targets are declared the year before: in December 2026, 2027's", async () => {
    const host = installHost(undefined, ["Sheet1"]);
    const { sheet } = await insertTemplate({ unit: "某单位" });
    expect(sheet).toBe("2027绩效目标表");
    const { forms } = readSheet(snapshotOf(host.workbook, sheet));
    expect(forms[0].record.year).toBe(2027);
  });
});
