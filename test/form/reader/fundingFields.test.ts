import { base, form, table } from "../../support/readerForms";

/*
 * The funding block of a form: which column (实施期 or 年度) each total and part belongs to, and
 * totals the reader adds up itself, in 万元 exactly. Every grid is read inside its test.
 */

describe("fields: funding totals and which column they belong to", () => {
  it("gives the parts to the only total there is, even when it is the 实施期 one", () => {
    const { record } = form([
      ...base,
      ["项目总投资", 100],
      ["其中: 财政拨款", 80],
      ["其他资金", 20],
    ]);
    expect(record.funding.period).toMatchObject({ total: "100", fiscal: "80", other: "20" });
    expect(record.funding.annual).toBeNull();
  });

  it("reads a total that names no column (资金总额) as the annual total, as written", () => {
    const read = form([...base, ["资金总额", 30], ["其中: 财政拨款", 20], ["其他资金", 5]]);
    expect(read.record.funding.annual).toMatchObject({ total: "30", fiscal: "20", other: "5" });
    expect(read.record.funding.period).toBeNull();
    expect(read.record.cells["funding.annual.total"]).toBe("B3");
    expect(read.findings).toEqual([]);
  });

  it("reads a total that names no column as the 实施期 one when the form has a 年度金额", () => {
    const { record } = form([...base, ["资金总额", 90], ["年度金额", 30]]);
    expect(record.funding.period?.total).toBe("90");
    expect(record.funding.annual?.total).toBe("30");
  });

  it("gives each 财政资金 to the nearest total above it, not to the one below it", () => {
    const { record } = form([
      ...base,
      ["项目资金", "项目总预算", 90],
      [null, "其中:财政资金", 60],
      [null, "当年年度预算", 50],
      [null, "其中:财政资金", 40],
    ]);
    expect(record.funding.period).toMatchObject({ total: "90", fiscal: "60" });
    expect(record.funding.annual).toMatchObject({ total: "50", fiscal: "40" });
  });

  it("on one row, gives each 财政拨款 to the nearest total left of it", () => {
    const { record } = form([
      ...base,
      ["实施期金额", 90, "其中:财政拨款", 60, "年度金额", 50, "其中:财政拨款", 40],
    ]);
    expect(record.funding.period).toMatchObject({ total: "90", fiscal: "60" });
    expect(record.funding.annual).toMatchObject({ total: "50", fiscal: "40" });
    expect(record.cells["funding.annual.fiscal"]).toBe("H3");
  });

  it("gives a 财政拨款 beside a total to that total, not to one on the row above", () => {
    const { record } = form([
      ...base,
      ["实施期金额", 90],
      ["年度金额", 50, "其中:财政拨款", 40, "其他资金", 10],
    ]);
    expect(record.funding.period).toMatchObject({ total: "90", fiscal: null, other: null });
    expect(record.funding.annual).toMatchObject({ total: "50", fiscal: "40", other: "10" });
  });

  it("gives a part neither below nor beside a total to the form's only total", () => {
    const { record } = form([...base, ["年度金额", 50, null, null], ["资金来源", "财政拨款", 40]]);
    expect(record.funding.annual).toMatchObject({ total: "50", fiscal: "40" });
  });
});

describe("fields: funding parts and totals added up", () => {
  it("adds 元 parts up to a total in 万元, exactly, and says it did so", () => {
    const read = form([["单位:元"], ...base, ["其中: 财政拨款", 200000], ["其他资金", 100000.5]]);
    expect(read.record.funding.annual).toMatchObject({
      total: "30.00005",
      fiscal: "20",
      other: "10.00005",
      raw: { total: "300000.5" },
    });
    expect(read.findings).toMatchObject([{ code: "read.total-derived", cell: "B4" }]);
    expect(read.findings[0].message).toBe("表中没有年度金额合计，按各项资金之和 30.00005 万元计。");
    expect(read.findings[0].messageEn).toBe(
      "The form writes no annual total; the sum of its parts, 30.00005 万元, is used."
    );
  });

  it("takes the derived total's cell from the first part written, not from a blank one", () => {
    const read = form([...base, ["其中: 财政拨款", null], ["其他资金", 10]]);
    expect(read.record.funding.annual).toMatchObject({ total: "10", fiscal: null, other: "10" });
    expect(read.findings).toMatchObject([{ code: "read.total-derived", cell: "B4" }]);
  });

  it("adds up no total when every part is blank", () => {
    const read = form([...base, ["其中: 财政拨款", null], ["其他资金", null]]);
    expect(read.record.funding.annual).toMatchObject({ total: null, fiscal: null, other: null });
    expect(read.findings).toEqual([]);
  });

  it("adds up no total when a part is not a number", () => {
    const read = form([...base, ["其中: 财政拨款", 20], ["其他资金", "待定"]]);
    expect(read.record.funding.annual).toMatchObject({
      total: null,
      fiscal: "20",
      other: null,
      raw: { other: "待定" },
    });
    expect(read.findings).toEqual([]);
  });

  it("stops the levels' sum at a line that is not a number, and keeps that line's text", () => {
    const { record } = form([...base, ["年度金额", 50], ["中央资金", "约30万"], ["本级资金", 20]]);
    expect(record.funding.annual).toMatchObject({
      total: "50",
      fiscal: null,
      raw: { fiscal: "约30万" },
    });
    expect(record.cells["funding.annual.fiscal"]).toBe("B4");
  });

  it("counts a level's line once when its label is merged over two cells", () => {
    const { record } = form(
      [...base, ["年度金额", 50, null, null], ["中央资金", null, 30], ["本级资金", null, 20]],
      table,
      [
        { top: 3, left: 0, bottom: 3, right: 1 },
        { top: 4, left: 0, bottom: 4, right: 1 },
      ]
    );
    expect(record.funding.annual).toMatchObject({ total: "50", fiscal: "50" });
  });
});
