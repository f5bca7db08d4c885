import {
  areaA1,
  cellA1,
  columnIndex,
  columnName,
  parseArea,
  quotedSheet,
  sheetRef,
} from "../../../src/form/address";

describe("sheetRef: a sheet name as Excel writes it in a reference", () => {
  it.each(["Sheet1", "汇总表", "绩效目标表_2", "Sheet.1", "_s", "École1"])(
    "leaves %s bare",
    (name) => expect(sheetRef(name)).toBe(name)
  );

  it.each([
    ["My Sheet", "'My Sheet'"],
    ["Sheet-1", "'Sheet-1'"],
    ["绩效目标表 (2)", "'绩效目标表 (2)'"],
    ["O'Brien", "'O''Brien'"],
    ["1Sheet", "'1Sheet'"],
    [".hidden", "'.hidden'"],
    ["A1", "'A1'"],
    ["xfd1048576", "'xfd1048576'"],
    ["R", "'R'"],
    ["C5", "'C5'"],
    ["R2C3", "'R2C3'"],
    ["ev1", "'ev1'"],
    ["TRUE", "'TRUE'"],
    ["false", "'false'"],
    ["C", "'C'"],
    ["RC", "'RC'"],
    ["C10000000", "'C10000000'"],
  ])("quotes %s as %s", (name, ref) => expect(sheetRef(name)).toBe(ref));

  it("leaves names beyond Excel's last column or row bare: they cannot be cells", () => {
    expect(sheetRef("XFE1")).toBe("XFE1");
    expect(sheetRef("A1048577")).toBe("A1048577");
    expect(sheetRef("A0")).toBe("A0");
  });

  it.each(["A1x", "项A1", "ABCD1", "Atrue", "falsely", "R1C1x"])(
    "leaves %s bare: it only begins or ends like a reference",
    (name) => expect(sheetRef(name)).toBe(name)
  );

  it("quotes always when asked, doubling apostrophes", () => {
    expect(quotedSheet("汇总表")).toBe("'汇总表'");
    expect(quotedSheet("it's")).toBe("'it''s'");
  });
});

describe("A1 addresses", () => {
  it("round-trip through parseArea", () => {
    const area = { top: 136, left: 27, bottom: 140, right: 30 };
    expect(areaA1(area)).toBe("AB137:AE141");
    expect(parseArea("'My Sheet'!$AB$137:AE141")).toEqual(area);
    expect(cellA1(0, 0)).toBe("A1");
    expect(parseArea("not a cell")).toBeNull();
  });

  it("names columns past Z as Excel does", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "z", "AA", "az", "ZZ", "AAA", "XFD"].map(columnIndex)).toEqual([
      0, 25, 26, 51, 701, 702, 16383,
    ]);
  });

  it("reads no column from what is not one to three letters", () => {
    expect(["", "ABCD", "A1", "1A", "A-"].map(columnIndex)).toEqual([-1, -1, -1, -1, -1]);
  });

  it("reads a cell with spaces around it, a range in either order, a sheet prefix", () => {
    expect(parseArea(" B7 ")).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
    expect(parseArea("E3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 4 });
    expect(parseArea("表!a1:b2")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });

  it.each(["A0", "A1:B0", "A0:B1", "项A1", "A1x", "A1:B", "ABCD1", "A1:B2:C3"])(
    "reads no area from %j",
    (text) => expect(parseArea(text)).toBeNull()
  );

  it("writes a single cell as one address and a range as two", () => {
    expect(areaA1({ top: 4, left: 2, bottom: 4, right: 2 })).toBe("C5");
    expect(areaA1({ top: 4, left: 2, bottom: 5, right: 2 })).toBe("C5:C6");
  });
});
