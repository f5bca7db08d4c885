import fc from "fast-check";
import {
  addDecimals,
  compareDecimals,
  decimalFromCell,
  decimalPlaces,
  numbersIn,
  parsePlainDecimal,
  shiftDecimal,
  subtractDecimals,
} from "../../../src/form/decimal";

describe("parsePlainDecimal", () => {
  it.each([
    ["11.46", "11.46"],
    ["-3", "-3"],
    ["+5", "5"],
    ["007", "7"],
    ["1.2300", "1.23"],
    ["-0", "0"],
    ["-0.00", "0"],
    [".5", "0.5"],
    ["1,234.5", "1234.5"],
    ["12,345,678", "12345678"],
    ["１２３．４５", "123.45"],
    ["－５", "-5"],
    ["\u22125", "-5"],
    ["  42  ", "42"],
    ["0.000001", "0.000001"],
  ])("%j → %j", (text, expected) => {
    expect(parsePlainDecimal(text)).toBe(expected);
  });

  it.each([
    ["250万"],
    [""],
    ["1.2.3"],
    ["abc"],
    ["1,23"],
    ["1,2345"],
    ["-"],
    ["."],
    ["5元"],
    ["1 000"],
  ])("%j is not a plain number", (text) => {
    expect(parsePlainDecimal(text)).toBeNull();
  });
});

describe("decimalFromCell", () => {
  it.each([
    [11.46, "11.46"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e-7, "0.0000001"],
    [1.5e-7, "0.00000015"],
    [-2.5e-8, "-0.000000025"],
    [1e21, "1000000000000000000000"],
    [1.5e21, "1500000000000000000000"],
    [-0, "0"],
    [300, "300"],
    ["1,234.50", "1234.5"],
    ["250万", null],
    [true, null],
    [null, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])("%j → %j", (value, expected) => {
    expect(decimalFromCell(value)).toBe(expected);
  });

  it("reads any finite double back to the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = decimalFromCell(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      })
    );
  });
});

describe("arithmetic", () => {
  it("adds exactly", () => {
    expect(addDecimals("0.1", "0.2")).toBe("0.3");
    expect(addDecimals("11.46", null, "3.54")).toBe("15");
    expect(addDecimals()).toBe("0");
    expect(addDecimals(null, null)).toBe("0");
    expect(addDecimals("0.000000000000000000001", "1")).toBe("1.000000000000000000001");
    expect(addDecimals("-1.5", "1.5")).toBe("0");
  });

  it("subtracts and compares", () => {
    expect(subtractDecimals("0.3", "0.1")).toBe("0.2");
    expect(subtractDecimals("1", "1.25")).toBe("-0.25");
    expect(compareDecimals("1.10", "1.1")).toBe(0);
    expect(compareDecimals("-2", "1")).toBe(-1);
    expect(compareDecimals("100.01", "100")).toBe(1);
    expect(compareDecimals("0.9", "0.10")).toBe(1);
  });

  // A random decimal as text together with its value as units of 10^-scale.
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }))
    .map(([units, scale]) => {
      const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, "0");
      const whole = digits.slice(0, digits.length - scale);
      const text = `${units < 0n ? "-" : ""}${whole}${scale ? `.${digits.slice(-scale)}` : ""}`;
      return { text, units, scale };
    });
  const at = (d: { units: bigint; scale: number }, scale: number) =>
    d.units * 10n ** BigInt(scale - d.scale);

  it("agrees with bigint arithmetic on random decimals", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const scale = Math.max(a.scale, b.scale);
        const sum = addDecimals(a.text, b.text);
        const difference = subtractDecimals(a.text, b.text);
        expect(at(parseScaled(sum), scale)).toBe(at(a, scale) + at(b, scale));
        expect(at(parseScaled(difference), scale)).toBe(at(a, scale) - at(b, scale));
        const [x, y] = [at(a, scale), at(b, scale)];
        expect(compareDecimals(a.text, b.text)).toBe(x < y ? -1 : x > y ? 1 : 0);
        expect(sum).toMatch(/^(0|-?[1-9]\d*|-?\d+\.\d*[1-9])$/);
        expect(sum).not.toBe("-0");
      })
    );
  });

  // Amounts as forms write them: short enough for the whole-number path, and around its edges.
  const shortDecimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 8 }))
    .map(([units, scale]) => {
      const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, "0");
      const whole = digits.slice(0, digits.length - scale);
      const text = `${units < 0n ? "-" : ""}${whole}${scale ? `.${digits.slice(-scale)}` : ""}`;
      return { text, units, scale };
    });

  it("agrees with bigint arithmetic on short decimals, sums of several included", () => {
    fc.assert(
      fc.property(fc.array(shortDecimal, { minLength: 1, maxLength: 12 }), (ds) => {
        const scale = Math.max(...ds.map((d) => d.scale));
        const sum = addDecimals(...ds.map((d) => d.text));
        expect(at(parseScaled(sum), scale)).toBe(ds.reduce((s, d) => s + at(d, scale), 0n));
        expect(sum).toMatch(/^(0|-?[1-9]\d*|-?\d+\.\d*[1-9])$/);
        const [a, b] = [ds[0], ds[ds.length - 1]];
        const [x, y] = [at(a, scale), at(b, scale)];
        expect(at(parseScaled(subtractDecimals(a.text, b.text)), scale)).toBe(x - y);
        expect(compareDecimals(a.text, b.text)).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
      { numRuns: 300 }
    );
  });

  it("tells apart decimals one unit of their last place apart", () => {
    fc.assert(
      fc.property(shortDecimal, (a) => {
        const next = { units: a.units + 1n, scale: a.scale };
        const digits = (next.units < 0n ? -next.units : next.units)
          .toString()
          .padStart(a.scale + 1, "0");
        const whole = digits.slice(0, digits.length - a.scale);
        const sign = next.units < 0n ? "-" : "";
        const text = `${sign}${whole}${a.scale ? `.${digits.slice(-a.scale)}` : ""}`;
        expect(compareDecimals(a.text, text)).toBe(-1);
        expect(compareDecimals(text, a.text)).toBe(1);
        expect(compareDecimals(text, text)).toBe(0);
      }),
      { numRuns: 300 }
    );
    expect(compareDecimals("9999999999999.9", "9999999999999.8")).toBe(1);
    expect(compareDecimals("0.00000000000001", "0.00000000000002")).toBe(-1);
  });

  it("reads non-canonical short text as big.js does", () => {
    expect(addDecimals("007", "1.2300")).toBe("8.23");
    expect(addDecimals("-0", "0.0")).toBe("0");
    expect(compareDecimals("-0", "0")).toBe(0);
    expect(compareDecimals("1.", "1")).toBe(0);
    expect(addDecimals(".5", "1")).toBe("1.5");
    expect(addDecimals("999999999999999", "1")).toBe("1000000000000000");
    expect(addDecimals("9007199254740991", "1")).toBe("9007199254740992");
  });

  it("sums in any order to the same text", () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 8 }), (ds) => {
        const texts = ds.map((d) => d.text);
        expect(addDecimals(...[...texts].reverse())).toBe(addDecimals(...texts));
      })
    );
  });

  it("moves the point by a power of ten exactly, to canonical text and back", () => {
    const pow10 = (n: number) => 10n ** BigInt(n);
    fc.assert(
      fc.property(shortDecimal, fc.integer({ min: -8, max: 8 }), (d, power) => {
        const shifted = shiftDecimal(d.text, power);
        expect(shifted).toMatch(/^(0|-?[1-9]\d*|-?\d+\.\d*[1-9])$/);
        const got = parseScaled(shifted);
        // got = d × 10^power, cross-multiplied to stay in integers.
        expect(got.units * pow10(d.scale) * pow10(Math.max(0, -power))).toBe(
          d.units * pow10(got.scale) * pow10(Math.max(0, power))
        );
        expect(shiftDecimal(shifted, -power)).toBe(parsePlainDecimal(d.text));
      })
    );
  });
});

function parseScaled(text: string): { units: bigint; scale: number } {
  const [whole, fraction = ""] = text.split(".");
  const units = BigInt(whole.replace("-", "") + fraction);
  return { units: text.startsWith("-") ? -units : units, scale: fraction.length };
}

describe("decimalPlaces", () => {
  it.each([
    ["1.2300", 4],
    ["12", 0],
    ["11.46", 2],
    ["1,234.5", 1],
    ["３．１４", 2],
  ])("%j has %d places as written", (text, places) => {
    expect(decimalPlaces(text)).toBe(places);
  });
});

describe("numbersIn", () => {
  it.each([
    ["854万854万(其中财政资金854万)", ["854", "854", "854"]],
    ["共1,234.50万元", ["1234.5"]],
    ["2023-2025年", ["2023", "2025"]],
    ["减少-5", ["-5"]],
    ["１２万", ["12"]],
    ["无", []],
  ])("%j → %j", (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });
});
