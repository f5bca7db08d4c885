import { safeSheetName, uniqueSheetName } from "../../../src/form/sheetName";

/* Sheet names from file names and project names: whatever the input, one Excel accepts. */
describe("safeSheetName", () => {
  it.each([
    ["预算[2023]表", "预算_2023_表"],
    ["a:b*c?d/e\\f", "a_b_c_d_e_f"],
    ["'引号'", "引号"],
    ["''两个''", "两个"],
    ["O'Brien", "O'Brien"],
    ["  空格  ", "空格"],
    ["制表\t符\u0007", "制表符"],
    ["History", "History_"],
    ["history", "history_"],
    ["History2", "History2"],
    ["", "表"],
    ["''", "表"],
    ["\u0001", "表"],
  ])("%j becomes %j", (wanted, expected) => {
    expect(safeSheetName(wanted)).toBe(expected);
  });

  it("cuts to Excel's 31 characters, never inside a character outside the BMP", () => {
    expect(safeSheetName("项".repeat(40))).toBe("项".repeat(31));
    expect(safeSheetName("项".repeat(31))).toBe("项".repeat(31));
    const emojiAtCut = `${"a".repeat(30)}😀b`;
    expect(safeSheetName(emojiAtCut)).toBe("a".repeat(30));
    expect(safeSheetName(`${"a".repeat(29)}😀b`)).toBe(`${"a".repeat(29)}😀`);
  });

  it("keeps spaces inside a name, and a name of exactly 31 characters whole", () => {
    expect(safeSheetName("预算 表")).toBe("预算 表");
    expect(safeSheetName("项".repeat(31))).toBe("项".repeat(31));
  });

  it("drops an apostrophe the cut leaves at the end", () => {
    expect(safeSheetName(`${"a".repeat(30)}'bc`)).toBe("a".repeat(30));
  });
});

describe("uniqueSheetName", () => {
  it("numbers a name already taken as Excel numbers a copy, whatever the case", () => {
    const taken = new Set<string>();
    expect(uniqueSheetName("绩效目标表", taken)).toBe("绩效目标表");
    expect(uniqueSheetName("绩效目标表", taken)).toBe("绩效目标表 (2)");
    expect(uniqueSheetName("绩效目标表", taken)).toBe("绩效目标表 (3)");
    expect(uniqueSheetName("Sheet", taken)).toBe("Sheet");
    expect(uniqueSheetName("SHEET", taken)).toBe("SHEET (2)");
    expect([...taken]).toEqual([
      "绩效目标表",
      "绩效目标表 (2)",
      "绩效目标表 (3)",
      "sheet",
      "sheet (2)",
    ]);
  });

  it("keeps a numbered name within 31 characters, without a space or apostrophe before the number", () => {
    const long = `${"项".repeat(25)} '${"目".repeat(10)}`;
    const taken = new Set([safeSheetName(long).toLowerCase()]);
    const second = uniqueSheetName(long, taken);
    expect(second).toBe(`${"项".repeat(25)} (2)`);
    expect(second.length).toBeLessThanOrEqual(31);
  });

  it("keeps the spaces inside a numbered name", () => {
    const taken = new Set(["sheet 1"]);
    expect(uniqueSheetName("Sheet 1", taken)).toBe("Sheet 1 (2)");
  });

  it("makes an unusable name valid before numbering it", () => {
    const taken = new Set(["history_"]);
    expect(uniqueSheetName("History", taken)).toBe("History_ (2)");
    expect(uniqueSheetName("[]", new Set())).toBe("__");
  });
});
