import fc from "fast-check";
import { amountInWan } from "../../../src/form/rules/amountText";

/** An independent oracle: canonical 万元 text → micro-万元 (0.01 元) as a bigint. */
function micro(wan: string): bigint {
  const [whole, fraction = ""] = wan.split(".");
  return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, "0").slice(0, 6) || "0");
}
const MICRO_PER = { 元: 100n, 万: 1_000_000n, 万元: 1_000_000n, 亿: 10_000_000_000n } as const;
const withCommas = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("amountInWan", () => {
  it.each([
    ["250元", "0.025"],
    ["2,500,000元", "250"],
    ["1.2亿", "12000"],
    ["1.2亿元", "12000"],
    ["３００万元", "300"],
    ["约250万", "250"],
    ["854万854万(其中财政854万)", "854"],
    ["15千元", "1.5"],
    ["约250", "250"],
    ["250（暂定）", "250"],
    ["Total: 250", "250"],
    // 大写 in brackets repeats the amount: its 万元 is no unit standing apart.
    ["250万元（贰佰伍拾万元整）", "250"],
  ])("%s is %s 万元", (raw, wan) => expect(amountInWan(raw)).toBe(wan));

  it.each([
    "十一万",
    "250千",
    "250 (元)",
    "100万或200万",
    "250万美元",
    "250万美元（折合人民币）",
    "2023年预算250万",
    "$ 250",
    "USD 250",
    "",
  ])("%s has no certain amount", (raw) => expect(amountInWan(raw)).toBeNull());

  it("converts whole 元, 万 and 亿 exactly, thousands separators or not", () =>
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom("元", "万", "万元", "亿") as fc.Arbitrary<keyof typeof MICRO_PER>,
        fc.boolean(),
        (n, unit, commas) => {
          const wan = amountInWan(`${commas ? withCommas(n) : n}${unit}`);
          expect(wan).not.toBeNull();
          expect(micro(wan!)).toBe(n * MICRO_PER[unit]);
        }
      )
    ));
});
