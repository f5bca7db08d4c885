import fc from "fast-check";
import { parsePeriod, periodContainsYear, periodSpansYears } from "../../../src/form/period";

describe("parsePeriod", () => {
  it.each([
    ["2023年1月至12月", "2023-01", "2023-12"],
    ["2023年1月至2023年12月", "2023-01", "2023-12"],
    ["2023年1月-12月", "2023-01", "2023-12"],
    ["2023年1-12月", "2023-01", "2023-12"],
    ["2023年01月-2023年12月", "2023-01", "2023-12"],
    ["2023.07-2024.01", "2023-07", "2024-01"],
    ["2023.7-2024.1", "2023-07", "2024-01"],
    ["2023/7-2024/1", "2023-07", "2024-01"],
    ["2023-01-01 至 2023-12-31", "2023-01", "2023-12"],
    ["2023.07.01-2024.01.31", "2023-07", "2024-01"],
    ["2023年1月1日至2023年12月31日", "2023-01", "2023-12"],
    ["2023年7月—2024年1月", "2023-07", "2024-01"],
    ["2023年7月～2024年6月", "2023-07", "2024-06"],
    ["2023年", "2023-01", "2023-12"],
    ["2023年度", "2023-01", "2023-12"],
    ["2023-2025年", "2023-01", "2025-12"],
    ["2023年-2025年", "2023-01", "2025-12"],
    ["2023年至2025年", "2023-01", "2025-12"],
    ["２０２３年１月至１２月", "2023-01", "2023-12"],
    [" 2023 年 1 月 至 12 月 ", "2023-01", "2023-12"],
    ["2023\u3000年1月至12月", "2023-01", "2023-12"],
    // Reversed as written: the check, not the reader, reports it.
    ["2024年1月至2023年12月", "2024-01", "2023-12"],
    ["2025-2023年", "2025-01", "2023-12"],
    // Two cells (开始日期 | 结束日期) as the reader joins them.
    ["2021.1至2021.12", "2021-01", "2021-12"],
    ["2024-01-01至2024-12-31", "2024-01", "2024-12"],
    ["2019-2021", "2019-01", "2021-12"],
    ["2022年3月-2023年11月", "2022-03", "2023-11"],
  ])("%j → %s..%s", (raw, start, end) => {
    expect(parsePeriod(raw)).toEqual({ raw, start, end });
  });

  it.each([
    [""],
    ["长期"],
    ["一年"],
    ["1月至12月"],
    ["2023年13月至12月"],
    ["2023年0月至12月"],
    ["2023年1月至"],
    ["2023"],
    ["至2023年12月"],
    ["2023年1月至12月，分两期"],
    // One day is a start or an end, not the range "2023-01 to 01" it looks like.
    ["2023-01-01"],
    ["2021.1.1"],
  ])("%j cannot be read", (raw) => {
    expect(parsePeriod(raw)).toEqual({ raw, start: null, end: null });
  });

  it.each([
    ["全年", "2023-01", "2023-12"],
    ["全年度", "2023-01", "2023-12"],
    [" 全 年 ", "2023-01", "2023-12"],
    ["1月至12月", "2023-01", "2023-12"],
    ["3月-11月", "2023-03", "2023-11"],
    // A year written wins over the form's.
    ["2024年1月至12月", "2024-01", "2024-12"],
    ["2023-2025年", "2023-01", "2025-12"],
  ])("%j on a 2023 form → %s..%s", (raw, start, end) => {
    expect(parsePeriod(raw, 2023)).toEqual({ raw, start, end });
  });

  it.each([["全年"], ["1月至12月"]])("%j cannot be read without the form's year", (raw) => {
    expect(parsePeriod(raw)).toEqual({ raw, start: null, end: null });
  });

  it.each([["全年以内"], ["明年全年"], ["长期"]])("%j cannot be read even with it", (raw) => {
    expect(parsePeriod(raw, 2023)).toEqual({ raw, start: null, end: null });
  });

  // Found by the property below: "0707" read as the year 707 gave the start "707-07".
  it.each([["0707/07～2023-1"], ["0707年"], ["0707-2023年"], ["2023.1至0707.12"]])(
    "%j names no year a form could mean: unreadable",
    (raw) => {
      expect(parsePeriod(raw, 2023)).toEqual({ raw, start: null, end: null });
    }
  );

  it("never throws and gives YYYY-MM or null", () => {
    const periodLike = fc
      .array(
        fc.constantFrom(
          ...[
            "2023",
            "2024",
            "1",
            "12",
            "07",
            "０",
            "年",
            "月",
            "日",
            "度",
            "至",
            "-",
            ".",
            "/",
            "全",
          ],
          ...[" ", "\u3000", "—", "～", "到", "底"]
        ),
        { maxLength: 12 }
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(periodLike, fc.string()), (raw) => {
        for (const period of [parsePeriod(raw), parsePeriod(raw, 2023)]) {
          expect(period.raw).toBe(raw);
          for (const end of [period.start, period.end])
            if (end !== null) expect(end).toMatch(/^[12]\d{3}-(0[1-9]|1[0-2])$/);
          expect(period.start === null).toBe(period.end === null);
        }
      }),
      { numRuns: 3000 }
    );
  });
});

describe("periodSpansYears and periodContainsYear", () => {
  const period = (start: string | null, end: string | null) => ({ raw: "", start, end });

  it.each([
    [period("2023-01", "2023-12"), false],
    [period("2023-07", "2024-01"), true],
    [period("2024-01", "2023-12"), true],
    [period(null, null), false],
  ])("spans years: %j → %j", (p, expected) => {
    expect(periodSpansYears(p)).toBe(expected);
  });

  it.each([
    [period("2023-01", "2023-12"), 2023, true],
    [period("2023-01", "2023-12"), 2024, false],
    [period("2023-07", "2025-06"), 2024, true],
    [period("2023-07", "2025-06"), 2022, false],
    [period("2023-07", "2025-06"), 2025, true],
    [period(null, null), 2023, false],
  ])("%j contains %d: %j", (p, year, expected) => {
    expect(periodContainsYear(p, year)).toBe(expected);
  });
});
