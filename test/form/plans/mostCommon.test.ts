import { mostCommon } from "../../../src/form/mostCommon";

/* The unit and year a summary is titled with: what most forms say, wherever they stand. */
describe("mostCommon", () => {
  it.each([
    [["甲", "乙", "乙"], "乙"],
    [["乙", "乙", "甲"], "乙"],
    [["甲", "乙", "丙", "乙"], "乙"],
  ])("picks what most forms say, not the first or the last: %j", (values, expected) => {
    expect(mostCommon(values).value).toBe(expected);
  });

  it("picks a year the same way, and counts every value, most common first", () => {
    expect(mostCommon([2023, 2024, 2024])).toEqual({
      value: 2024,
      counts: [
        [2024, 2],
        [2023, 1],
      ],
    });
  });

  it("gives a tie to the value seen first", () => {
    expect(mostCommon(["甲", "乙"]).value).toBe("甲");
    expect(mostCommon(["乙", "甲", "甲", "乙"]).value).toBe("乙");
  });

  it("leaves out forms that do not say: blank is no vote", () => {
    expect(mostCommon([null, undefined, null, "甲"])).toEqual({ value: "甲", counts: [["甲", 1]] });
    expect(mostCommon([null, undefined])).toEqual({ value: null, counts: [] });
    expect(mostCommon<string>([])).toEqual({ value: null, counts: [] });
  });
});
