import { readSheet } from "../../../src/form";
import type { Area, CellValue, GridSnapshot } from "../../../src/form/grid";
import { NO_MEANING } from "../../../src/form/reader/labels";
import { indexSheet } from "../../../src/form/reader/sheetIndex";

/*
 * The reader's view of a grid (src/form/reader/sheetIndex.ts): each cell's text, with merged areas
 * read from the cell that holds their text, and nothing outside the used range.
 */

const grid = (
  values: CellValue[][],
  merges: Area[] = [],
  origin = { row: 0, col: 0 }
): GridSnapshot => ({ sheet: "表1", origin, values, merges });
const area = (top: number, left: number, bottom: number, right: number): Area => ({
  top,
  left,
  bottom,
  right,
});

describe("indexSheet: the used range", () => {
  it("spans the grid from its origin, as wide as its longest row", () => {
    const ix = indexSheet(grid([["a"], ["b", "c", "d"], ["e", "f"]], [], { row: 4, col: 2 }));
    expect([ix.top, ix.bottom, ix.left, ix.right]).toEqual([4, 6, 2, 4]);
    expect(ix.text(4, 2)).toBe("a");
    expect(ix.text(5, 4)).toBe("d");
    expect(ix.raw(6, 3)).toBe("f");
    expect(ix.sourceCell(5, 3)).toBe("D6");
  });

  it("reads a cell's trimmed text and its raw value, a number staying a number", () => {
    const ix = indexSheet(grid([["  项目名称 ", 12.5, null, true]]));
    expect([ix.text(0, 0), ix.text(0, 1), ix.text(0, 2)]).toEqual(["项目名称", "12.5", ""]);
    expect([ix.raw(0, 1), ix.raw(0, 2), ix.raw(0, 3)]).toEqual([12.5, null, true]);
  });

  it("gives nothing outside the used range, on every side", () => {
    const ix = indexSheet(
      grid(
        [
          ["项目名称", "x"],
          ["y", "z"],
        ],
        [],
        { row: 3, col: 3 }
      )
    );
    for (const [row, col] of [
      [2, 3],
      [5, 3],
      [3, 2],
      [3, 5],
      [-1, -1],
    ]) {
      expect(ix.text(row, col)).toBe("");
      expect(ix.label(row, col)).toBe("");
      expect(ix.meaning(row, col)).toBe(NO_MEANING);
      expect(ix.raw(row, col)).toBeNull();
      expect(ix.isCovered(row, col)).toBe(false);
      expect(ix.mergeOf(row, col)).toBeUndefined();
    }
  });

  it("reads a missing cell of a ragged row as blank", () => {
    const ix = indexSheet(grid([["a", "b", "c"], ["d"]]));
    expect([ix.text(1, 1), ix.text(1, 2)]).toEqual(["", ""]);
    expect(ix.raw(1, 2)).toBeNull();
  });

  it("never lets a column past an edge reach into the next or previous row", () => {
    // The whole grid is one merge, so any cell of it that a wrong look-up reached would give "x".
    const ix = indexSheet(
      grid(
        [
          ["x", null, null],
          [null, null, null],
        ],
        [area(0, 0, 1, 2)]
      )
    );
    expect(ix.text(1, 1)).toBe("x");
    expect([ix.text(0, 3), ix.text(1, -1), ix.text(1, 3)]).toEqual(["", "", ""]);
    expect([ix.isCovered(0, 3), ix.isCovered(1, -1)]).toEqual([false, false]);
    expect(ix.mergeOf(0, 3)).toBeUndefined();
    expect(ix.sourceCell(1, -1)).not.toBe("A1");
  });

  it("labels and meanings come from the normalised text", () => {
    const ix = indexSheet(grid([["项 目 名 称：", "主管部门", "社区服务"]]));
    expect(ix.label(0, 0)).toBe("项目名称");
    expect(ix.meaning(0, 0).field).toBe("name");
    expect(ix.meaning(0, 1).field).toBe("department");
    expect(ix.meaning(0, 2)).toBe(NO_MEANING);
  });
});

describe("indexSheet: merged areas", () => {
  it("reads every cell of a merge as its text, from the cell that holds it", () => {
    const ix = indexSheet(
      grid(
        [
          ["2023年度项目支出绩效目标表", null, null],
          ["产出指标", "数量指标", 5],
          [null, "质量指标", 6],
        ],
        [area(0, 0, 0, 2), area(1, 0, 2, 0)]
      )
    );
    expect([ix.text(0, 0), ix.text(0, 1), ix.text(0, 2)]).toEqual(Array(3).fill(ix.text(0, 0)));
    expect(ix.text(2, 0)).toBe("产出指标");
    expect(ix.label(2, 0)).toBe("产出指标");
    expect(ix.raw(2, 0)).toBe("产出指标");
    expect(ix.sourceCell(2, 0)).toBe("A2");
    expect(ix.mergeOf(0, 0)).toEqual(area(0, 0, 0, 2));
    expect(ix.mergeOf(0, 2)).toEqual(area(0, 0, 0, 2));
    expect(ix.mergeOf(2, 0)).toEqual(area(1, 0, 2, 0));
    expect(ix.mergeOf(1, 1)).toBeUndefined();
    expect([ix.isCovered(0, 0), ix.isCovered(0, 1), ix.isCovered(2, 0)]).toEqual([
      false,
      true,
      true,
    ]);
    expect(ix.isCovered(1, 1)).toBe(false);
  });

  it("finds a merge's text on any of its cells, as a paste leaves it, and its raw value there", () => {
    const ix = indexSheet(
      grid(
        [
          [null, null],
          [null, 250],
          [null, null],
        ],
        [area(0, 1, 2, 1)]
      )
    );
    expect([ix.text(0, 1), ix.text(2, 1)]).toEqual(["250", "250"]);
    expect(ix.raw(0, 1)).toBe(250);
    expect(ix.sourceCell(0, 1)).toBe("B2");
    expect([ix.isCovered(0, 1), ix.isCovered(1, 1), ix.isCovered(2, 1)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("treats the top-left cell of an empty merge as its source", () => {
    const ix = indexSheet(grid([["a", null, null]], [area(0, 1, 0, 2)]));
    expect([ix.text(0, 1), ix.text(0, 2)]).toEqual(["", ""]);
    expect(ix.sourceCell(0, 2)).toBe("B1");
    expect([ix.isCovered(0, 1), ix.isCovered(0, 2)]).toEqual([false, true]);
  });

  it("covers the grid's first cell when a merge's text sits further along", () => {
    const ix = indexSheet(grid([[null, "实施单位"]], [area(0, 0, 0, 1)]));
    expect(ix.isCovered(0, 0)).toBe(true);
    expect(ix.mergeOf(0, 0)).toEqual(area(0, 0, 0, 1));
    expect(ix.meaning(0, 0).field).toBe("implementer");
  });

  it("resolves the part of a merge inside the used range when it reaches beyond it", () => {
    const ix = indexSheet(grid([["合计", null]], [area(0, 0, 3, 4)]));
    expect(ix.text(0, 1)).toBe("合计");
    expect(ix.isCovered(0, 1)).toBe(true);
    expect(ix.text(1, 1)).toBe("");
  });

  it("uses absolute coordinates for merges, like the origin", () => {
    const ix = indexSheet(
      grid(
        [
          ["甲", null],
          [null, null],
        ],
        [area(10, 5, 11, 6)],
        { row: 10, col: 5 }
      )
    );
    expect(ix.text(11, 6)).toBe("甲");
    expect(ix.sourceCell(11, 6)).toBe("F11");
  });
});

describe("indexSheet: merges that cannot be", () => {
  const texts = (merge: Area) => {
    const values: CellValue[][] = [
      ["a", null, null],
      [null, null, null],
    ];
    const ix = indexSheet(grid(values, [merge]));
    return [ix.text(0, 1), ix.text(1, 0)];
  };

  it.each([
    ["starting above the sheet", area(-1, 0, 1, 2)],
    ["starting left of the sheet", area(0, -1, 1, 2)],
    ["upside down", area(1, 0, 0, 2)],
    ["right to left", area(0, 2, 1, 0)],
  ])("are ignored: %s", (_what, merge) => {
    expect(texts(merge)).toEqual(["", ""]);
  });

  it("honour one row or one column, the commonest merges", () => {
    expect(texts(area(0, 0, 0, 2))).toEqual(["a", ""]);
    expect(texts(area(0, 0, 1, 0))).toEqual(["", "a"]);
  });

  it("are ignored past 10,000 cells, a sheet's worth, rather than expanded", () => {
    expect(texts(area(0, 0, 99, 99))).toEqual(["a", "a"]); // 10,000: kept
    expect(texts(area(0, 0, 100, 99))).toEqual(["", ""]); // 101 × 100
    expect(texts(area(0, 0, 99, 100))).toEqual(["", ""]); // 100 × 101
    expect(texts(area(0, 0, 1, 5000))).toEqual(["", ""]); // 2 × 5,001
  });

  it("do not stop the good merges beside them", () => {
    const ix = indexSheet(
      grid(
        [
          ["a", null],
          ["b", null],
        ],
        [area(0, 0, 5000, 5000), area(1, 0, 1, 1)]
      )
    );
    expect(ix.text(0, 1)).toBe("");
    expect(ix.text(1, 1)).toBe("b");
  });
});

describe("the reader over a pasted merge", () => {
  // A pasted table whose 一级 merge holds its text on its second row, not its first. The reader
  // gets the same record without the merge too (it adopts a 一级 from the row below), so this
  // guards the whole read, not the index alone.
  const pasted = (): GridSnapshot =>
    grid(
      [
        ["项目名称", "社区服务"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        [null, "数量指标", "服务人次", "≥500人次"],
        ["产出指标", "质量指标", "服务合格率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
      ],
      [area(2, 0, 3, 0)]
    );

  it("gives every row of a merged 一级 its text and points at the cell that holds it", () => {
    const [form] = readSheet(pasted()).forms;
    const indicators = form.record.indicators;
    expect(indicators.map((i) => i.level1)).toEqual(["产出指标", "产出指标", "满意度指标"]);
    expect(indicators[0].cells.level1).toBe("A4");
    expect(indicators[1].cells.level1).toBe("A4");
  });
});
