import { resolve, sep } from "node:path";
import fc from "fast-check";
import { distinctNames } from "../../src/cli/names";

/** The rule as the doc comment states it, input against every other input: the oracle. */
function namesByComparingAll(files: string[]): string[] {
  const parts = files.map((file) => resolve(file).split(sep).filter(Boolean));
  return parts.map((segments, i) => {
    for (let depth = 1; depth < segments.length; depth++) {
      const tail = segments.slice(-depth).join("/");
      if (!parts.some((other, j) => j !== i && other.slice(-depth).join("/") === tail)) return tail;
    }
    return segments.join("/");
  });
}

describe("distinctNames: how inputs are told apart in reports and the summary", () => {
  it("names clashing files by their folders, and the same path given twice whole, with (2)", () => {
    expect(
      distinctNames(["/in/a/form.xlsx", "/in/b/form.xlsx", "/in/a/other.xlsx", "/in/a/other.xlsx"])
    ).toEqual(["a/form.xlsx", "b/form.xlsx", "in/a/other.xlsx", "in/a/other(2).xlsx"]);
  });

  it("agrees with comparing every input with every other", () => {
    const segment = fc.constantFrom("a", "b", "c", "表");
    const path = fc
      .array(segment, { minLength: 0, maxLength: 3 })
      .chain((folders) =>
        fc
          .constantFrom("x.xlsx", "y.xlsx", "表.xlsx")
          .map((name) => `/${[...folders, name].join("/")}`)
      );
    fc.assert(
      fc.property(fc.array(path, { maxLength: 12 }), (files) => {
        const expected = namesByComparingAll(files);
        const seen = new Map<string, number>();
        const withRepeats = expected.map((name) => {
          const n = (seen.get(name) ?? 0) + 1;
          seen.set(name, n);
          return n === 1 ? name : name.replace(/(\.xlsx)$/, `(${n})$1`);
        });
        expect(distinctNames(files)).toEqual(withRepeats);
      })
    );
  });

  it("names 3,600 files of one folder at once, each by its own name", () => {
    // How long it takes is the bench's to judge (merge beside validate), not a test's.
    const files = Array.from({ length: 3_600 }, (_, i) => `/in/form-${i}.xlsx`);
    expect(distinctNames(files)).toEqual(files.map((_, i) => `form-${i}.xlsx`));
  });
});
