import { areasOfAddressList, localAddress } from "../../src/excel/addresses";

/*
 * Excel's addresses carry their sheet, quoted when its name has spaces, commas or apostrophes
 * (doubled inside): the merged areas of a sheet and a comment's cell are read past it.
 */
const area = (top: number, left: number, bottom = top, right = left) => ({
  top,
  left,
  bottom,
  right,
});

it("reads every area of a list whose sheet name holds a comma, an apostrophe or nothing to quote", () => {
  expect(areasOfAddressList("'预算, 2024'!A1:B2,'预算, 2024'!$C$3")).toEqual([
    area(0, 0, 1, 1),
    area(2, 2),
  ]);
  expect(areasOfAddressList("'张三''s 表'!D4:E10")).toEqual([area(3, 3, 9, 4)]);
  expect(areasOfAddressList("项目表!AA100:AB101,项目表!B2")).toEqual([
    area(99, 26, 100, 27),
    area(1, 1),
  ]);
  expect(areasOfAddressList("")).toEqual([]);
  // Whole rows or columns are no area of cells.
  expect(areasOfAddressList("表!1:2,表!B2")).toEqual([area(1, 1)]);
  expect(localAddress("'a!b, c'!C3:D4")).toBe("C3:D4");
  expect(localAddress("项目表!B137")).toBe("B137");
});
