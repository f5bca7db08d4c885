import { toHalfWidth, toHalfWidthOnly } from "../../../src/form/width";

/* Full-width forms as pasted from Word or a Chinese IME, folded to what the reader compares. */
describe("toHalfWidth", () => {
  it.each([
    ["资金投入（万元）：", "资金投入(万元):"],
    ["≥９５％", "≥95%"],
    ["ＡＢｃ！～", "ABc!~"],
    ["项　目", "项 目"],
    ["plain text 项目", "plain text 项目"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(toHalfWidth(text)).toBe(expected);
  });
});

describe("toHalfWidthOnly", () => {
  it("folds only the characters asked for", () => {
    expect(toHalfWidthOnly("（９５％）", /[０-９％]/g)).toBe("（95%）");
  });
});
