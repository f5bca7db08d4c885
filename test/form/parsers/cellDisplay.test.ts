import { readableValue } from "../../../src/form/cellDisplay";

describe("readableValue: a number cell as the person sees it", () => {
  it.each([
    [1, "0%", "100%"],
    [0.9, "0%", "90%"],
    [0.955, "0.0%", "95.5%"],
    [44927, "yyyy/m/d", "2023/1/1"],
    [44927, 'yyyy"年"m"月"d"日"', "2023年1月1日"],
    [44927, '[$-804]yyyy"年"m"月";@', "2023年1月"],
    [12, "@", "12"],
  ])("%p with %p reads %p", (value, format, expected) => {
    expect(readableValue(value, format)).toBe(expected);
  });

  it.each([
    [11.456, "0.00"],
    [1234.5, "#,##0.00"],
    [0.1, "General"],
    [216.1, undefined],
  ])("an amount %p with %p keeps its exact value", (value, format) => {
    expect(readableValue(value, format)).toBe(value);
  });

  it("leaves text, booleans and blanks alone", () => {
    expect(readableValue("90%", "0%")).toBe("90%");
    expect(readableValue(true, "0%")).toBe(true);
    expect(readableValue(null, "0%")).toBeNull();
  });

  it("falls back to the number on a format it cannot read", () => {
    expect(readableValue(3, '0"')).toBe(3);
  });
});
