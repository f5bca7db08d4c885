import { areaA1, cellA1, parseArea, quotedSheet, sheetRef } from "../../../src/form/address";

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
  ])("quotes %s as %s", (name, ref) => expect(sheetRef(name)).toBe(ref));

  it("leaves names beyond Excel's last column or row bare: they cannot be cells", () => {
    expect(sheetRef("XFE1")).toBe("XFE1");
    expect(sheetRef("A1048577")).toBe("A1048577");
  });

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
});
