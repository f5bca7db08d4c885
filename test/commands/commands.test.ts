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
