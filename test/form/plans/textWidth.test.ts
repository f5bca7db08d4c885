import {
  displayWidth,
  fitColumn,
  LINE_HEIGHT,
  wrappedLines,
  wrappedRowHeights,
} from "../../../src/form/textWidth";

/* Column widths and row heights of the sheets the tool writes: Chinese text is two digits wide. */
describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["abc 12", 6],
    ["项目名称", 8],
    ["（万元）：", 10],
    ["ｘ", 2],
    ["한글", 4],
    ["😀", 2],
    ["A项1", 4],
  ])("%j is %i digits wide", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe("fitColumn", () => {
  it("fits the widest line with two digits of padding, between floor and ceiling", () => {
    expect(fitColumn(["项目名称", "赴外培训学习"], 6, 40)).toBe(14);
    expect(fitColumn(["ab"], 10, 40)).toBe(10);
    expect(fitColumn(["项".repeat(30)], 10, 36)).toBe(36);
    expect(fitColumn([], 7, 40)).toBe(7);
  });

  it("measures each line of a text on its own", () => {
    expect(fitColumn(["短\n长长长长长"], 1, 40)).toBe(12);
  });
});

describe("wrappedLines", () => {
  it("counts the lines a text wraps to, one digit of the width kept for the margin", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("123456789", 10)).toBe(1);
    expect(wrappedLines("1234567890", 10)).toBe(2);
    expect(wrappedLines("项".repeat(9), 10)).toBe(2);
    expect(wrappedLines("项".repeat(10), 10)).toBe(3);
  });

  it("adds the lines of each paragraph, an empty one a line too", () => {
    expect(wrappedLines("a\n\nb", 10)).toBe(3);
    expect(wrappedLines("1234567890\nb", 10)).toBe(3);
  });

  it("copes with a column narrower than a character", () => {
    expect(wrappedLines("abc", 1)).toBe(3);
    expect(wrappedLines("abc", 0)).toBe(3);
  });
});

describe("wrappedRowHeights", () => {
  it("gives a row the height of its tallest wrapped text cell, and leaves one-line rows alone", () => {
    const rows = [
      ["标题", 1234567890123, null],
      ["项".repeat(9), "a", "b\nc\nd"],
      ["x", "a\nb", "y"],
    ];
    expect(wrappedRowHeights(rows, [10, 4, 10], 5)).toEqual([
      { row: 6, height: 3 * LINE_HEIGHT + 2 },
      { row: 7, height: 2 * LINE_HEIGHT + 2 },
    ]);
  });

  it("leaves alone cells of columns with no width given", () => {
    expect(wrappedRowHeights([["a", "b\nc"]], [10], 0)).toEqual([]);
    expect(wrappedRowHeights([["a", "b\nc"]], [10, 0], 0)).toEqual([]);
  });
});
