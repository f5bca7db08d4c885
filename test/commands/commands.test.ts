import { AddinError } from "../../src/excel/errors";
import { commandHandlers, type CommandDeps } from "../../src/commands/commands";

function deps(overrides: Partial<CommandDeps> = {}) {
  const shown: string[] = [];
  const all: CommandDeps = {
    insertTemplate: async () => ({ sheet: "2027绩效目标表", cell: "B4" }),
    checkWorkbook: async () => ({
      report: { summary: { forms: 5, errors: 3, warnings: 2, infos: 1 } },
    }),
    mergeIntoSummary: async () => ({ sheet: "汇总表", forms: 5 }),
    showOutcome: async (text) => void shown.push(text),
    locale: "zh",
    ...overrides,
  };
  return { all, shown };
}

describe("the ribbon commands", () => {
  it.each([
    ["insertTemplate", "已插入工作表“2027绩效目标表”，请从 B4 开始填写。"],
    [
      "checkWorkbook",
      "5 张表：3 个错误，2 个警告，1 个提示。问题单元格已标出，打开面板可查看全部。",
    ],
    ["mergeSummary", "已生成“汇总表”，共 5 个项目。"],
  ] as const)("%s says what it did and completes its event", async (id, text) => {
    const { all, shown } = deps();
    let completed = 0;
    await commandHandlers(all)[id]({ completed: () => void completed++ });
    expect(shown).toEqual([text]);
    expect(completed).toBe(1);
  });

  it("checkWorkbook in English: the counts, then what to do, as two sentences", async () => {
    const { all, shown } = deps({ locale: "en" });
    await commandHandlers(all).checkWorkbook({ completed: () => undefined });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/\. The cells are marked; open the pane for the list\.$/);
  });

  it("says an Excel failure in plain words, in English when Office is, and still completes", async () => {
    const { all, shown } = deps({
      locale: "en",
      mergeIntoSummary: async () => {
        throw new AddinError("sheetNotFound", { sheet: "项目表" });
      },
    });
    let completed = 0;
    await commandHandlers(all).mergeSummary({ completed: () => void completed++ });
    expect(shown[0]).toMatch(/^Sheet "项目表" was not found/);
    expect(completed).toBe(1);
  });

  it("says what a summary left out and which year it chose, in either language", async () => {
    const merged = {
      sheet: "汇总表",
      forms: 4,
      leftOut: 2,
      checks: "检查结果",
      year: 2023,
      yearGiven: false,
    };
    for (const [locale, text] of [
      [
        "zh",
        "已生成“汇总表”，共 4 个项目。汇总年度为2023年（多数表格的年度）。另有 2 张表未计入汇总（空白表或其他年度的表），原因见“检查结果”表。",
      ],
      [
        "en",
        'Built "汇总表" from 4 project(s). The summary is for 2023, the year most forms carry. 2 form(s) were left out (blank, or of another year); the reasons are on the "检查结果" sheet.',
      ],
    ] as const) {
      const { all, shown } = deps({ locale, mergeIntoSummary: async () => merged });
      await commandHandlers(all).mergeSummary({ completed: () => undefined });
      expect(shown).toEqual([text]);
    }
  });

  it("completes its event even when the outcome cannot be shown", async () => {
    const { all } = deps({
      showOutcome: async () => {
        throw new Error("dialogs blocked");
      },
    });
    let completed = 0;
    await commandHandlers(all).checkWorkbook({ completed: () => void completed++ });
    expect(completed).toBe(1);
  });
});
