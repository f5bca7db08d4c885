import fc from "fast-check";
import { readSheet } from "../../../src/form";
import { recordSchemas, type FormRecord } from "../../../src/form/record";
import { transformSync } from "esbuild";
import { installRecordParser, parseRecord, type RecordParser } from "../../../src/form/recordParse";
import { recordParserModule, withOptionalsInlined } from "../../../scripts/recordParserSource";
import { base, grid, LIST_HEADER, table } from "../../support/readerForms";

/*
 * The reader builds a candidate record; its schema parses it into the typed record, and each value
 * the schema refuses becomes a read.field-invalid finding on the value's cell, the value null.
 */

const readOne = (rows: Parameters<typeof grid>[0]) => {
  const read = readSheet(grid(rows));
  expect(read.forms).toHaveLength(1);
  return read.forms[0];
};

const candidate = (): FormRecord => readOne([...base, ...table]).record;

describe("a record parsed at the reader's boundary", () => {
  it("a form within every bound reads as built, with nothing said", () => {
    const built = candidate();
    const { record, findings } = parseRecord("表1", built, "B1");
    expect(findings).toEqual([]);
    expect(record).toEqual(built);
  });

  it("a year outside the form's years: a finding on the name (the year has no cell), the year null", () => {
    const form = readOne([["3023年度项目支出绩效目标表"], ...base, ...table]);
    expect(form.record.year).toBeNull();
    const [finding] = form.findings.filter((f) => f.code === "read.field-invalid");
    expect(finding).toMatchObject({
      messageId: "year",
      cell: form.record.cells.name,
      data: { value: "3023" },
    });
    expect(finding.message).toContain("3023");
    // The same heading with a real year reads it, and says nothing.
    const good = readOne([["2024年度项目支出绩效目标表"], ...base, ...table]);
    expect(good.record.year).toBe(2024);
    expect(good.findings.filter((f) => f.code === "read.field-invalid")).toEqual([]);
  });

  it("an amount that is no exact decimal: a finding on its cell, the amount null", () => {
    const built = candidate();
    const column = {
      total: "1e5",
      fiscal: "3",
      other: null,
      raw: { total: "1e5", fiscal: "3", other: null },
    };
    const bad: FormRecord = {
      ...built,
      funding: { ...built.funding, annual: column },
      cells: { ...built.cells, "funding.annual.total": "D9" },
    };
    const { record, findings } = parseRecord("表1", bad, "B1");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: "D9", messageId: "field", row: 8, col: 3 });
    expect(findings[0].data.path).toBe("funding.annual.total");
    expect(record.funding.annual?.total).toBeNull();
    expect(record.funding.annual?.fiscal).toBe("3");
    expect(bad.funding.annual?.total).toBe("1e5");
  });

  it("an indicator's number and a period month out of shape: each on its own cell", () => {
    const built = candidate();
    const [first, ...rest] = built.indicators;
    const bad: FormRecord = {
      ...built,
      period: { raw: "2024年13月", start: "2024-13", end: "2024-12" },
      indicators: [{ ...first, value: { ...first.value, number: "五百" } }, ...rest],
    };
    const { record, findings } = parseRecord("表1", bad, "B1");
    expect(findings.map((f) => [f.cell, f.data.path])).toEqual([
      [built.cells.period, "period.start"],
      [first.cell, "indicators.0.value.number"],
    ]);
    expect(record.period?.start).toBeNull();
    expect(record.indicators[0].value.number).toBeNull();
    expect(() => recordSchemas().FormRecord.parse(record)).not.toThrow();
  });

  it("a candidate that null cannot settle is a bug, and throws", () => {
    const built = candidate();
    expect(() =>
      parseRecord("表1", { ...built, name: 5 as unknown as string }, "B1")
    ).not.toThrow();
    expect(() =>
      parseRecord("表1", { ...built, indicators: "x" as unknown as FormRecord["indicators"] }, "B1")
    ).toThrow();
  });
});

/** The parser zod compiles from the record schema, as the command line's build writes it. */
function builtParser(): RecordParser {
  const { code } = transformSync(recordParserModule(), { format: "cjs", loader: "js" });
  const module = { exports: {} as { compiledRecordParser: RecordParser } };
  new Function("module", "exports", code)(module, module.exports);
  return module.exports.compiledRecordParser;
}

describe("the record check zod compiles at build time (the command line's)", () => {
  afterEach(() => installRecordParser(null));

  /** A good record, and the same with a bad year, month and amount. */
  const pair = () => {
    const built = candidate();
    const bad: FormRecord = {
      ...built,
      year: 1999,
      period: { raw: "2024年13月", start: "2024-13", end: "2024-12" },
      funding: {
        ...built.funding,
        annual: {
          total: "1e5",
          fiscal: "3",
          other: null,
          raw: { total: "1e5", fiscal: "3", other: null },
        },
      },
    };
    return [built, bad];
  };
  const outcomes = (records: FormRecord[]) => records.map((r) => parseRecord("表1", r, "B1"));

  it("reads and refuses exactly as zod's runtime parser, findings included", () => {
    const records = pair();
    const plain = outcomes(records);
    const parser = builtParser();
    installRecordParser(parser);
    expect(outcomes(records)).toEqual(plain);
    expect(plain[0].findings).toEqual([]);
    expect(plain[1].findings.map((f) => f.data.path ?? f.messageId)).toEqual([
      "year",
      "period.start",
      "funding.annual.total",
    ]);
    // What zod's parse makes of an accepted record equals it: the record is kept as it is.
    expect(parser(records[0])).toBe(records[0]);
    expect(recordSchemas().FormRecord.parse(records[0])).toEqual(records[0]);
    expect(parser(records[1])).toBeUndefined();
  });

  it("refuses what the schema refuses, field by field, and accepts what it accepts", () => {
    const parser = builtParser();
    const { FormRecord } = recordSchemas();
    const good = candidate();
    const variants: unknown[] = [
      good,
      { ...good, year: 2024.5 },
      { ...good, year: null },
      { ...good, name: 5 },
      { ...good, unit: null },
      { ...good, cells: { ...good.cells, nowhere: "A1" } },
      { ...good, goals: { ...good.goals, summary: "x" } },
      {
        ...good,
        indicators: good.indicators.map((row, i) => (i === 0 ? { ...row, note: "x" } : row)),
      },
      { ...good, cells: { ...good.cells, name: 3 } },
      { ...good, layout: { kind: "list", level1Column: true, level2Column: false } },
      { ...good, layout: { kind: "table", level1Column: true, level2Column: false } },
      { ...good, funding: { ...good.funding, writtenIn: "元" } },
      { ...good, funding: { ...good.funding, writtenIn: "美元" } },
      {
        ...good,
        indicators: good.indicators.map((row, i) =>
          i === 1 ? { ...row, value: { ...row.value, operator: "≈" } } : row
        ),
      },
      {
        ...good,
        indicators: good.indicators.map((row, i) =>
          i === 0 ? { ...row, value: { ...row.value, number: "9,5" } } : row
        ),
      },
      { ...good, indicators: [...good.indicators, null] },
    ];
    const refused = variants.filter((variant) => {
      const runtime = FormRecord.safeParse(variant);
      expect(parser(variant)).toBe(runtime.success ? variant : undefined);
      if (runtime.success) expect(runtime.data).toEqual(variant);
      return !runtime.success;
    });
    expect(refused).toHaveLength(11);
  });
});

/** A copy of the tree with the value at `path` replaced (or the key deleted, for `undefined`). */
function withValueAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (root === null || typeof root !== "object") return root;
  const [key, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...root }) as Record<string | number, unknown>;
  const next = withValueAt(copy[key], rest, value);
  if (next === undefined && rest.length === 0) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** Every path of a plain tree, leaves and branches. */
function pathsOf(node: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (node === null || typeof node !== "object") return [at];
  const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  return [
    at,
    ...keys.flatMap((key) => pathsOf((node as Record<string, unknown>)[key], [...at, key])),
  ];
}

describe("the build's check against zod's runtime parser, on records changed at random", () => {
  const parser = builtParser();
  const { FormRecord } = recordSchemas();
  const list = readSheet(
    grid([
      LIST_HEADER,
      ["某单位", "某项目", 12.5, "完成", "产出指标", "数量指标", "服务人次", "≥500人次"],
    ])
  ).forms[0].record;
  const records = [candidate(), { ...list, funding: { ...list.funding, writtenIn: "元" } }];
  const values = fc.oneof(
    fc.constantFrom(
      null,
      undefined,
      "",
      "2023-01",
      "2023-13",
      "3",
      "1e5",
      "元",
      "美元",
      "≥",
      "time"
    ),
    fc.constantFrom(2023, 1999, 2023.5, true, [], {}, { raw: "x" }),
    fc.string({ maxLength: 4 })
  );
  // Changes at one to three places; an extra key where the path ends in a new name.
  const changes = fc.array(
    fc.tuple(fc.nat(), values, fc.constantFrom(null, "extra", "level1", "kind", "writtenIn")),
    { minLength: 1, maxLength: 3 }
  );

  it("accepts exactly what zod accepts, and keeps the record it accepts", () => {
    fc.assert(
      fc.property(fc.constantFrom(...records), changes, (base, edits) => {
        let variant: unknown = base;
        for (const [pick, value, newKey] of edits) {
          const paths = pathsOf(variant);
          const path = paths[pick % paths.length];
          variant = withValueAt(variant, newKey ? [...path, newKey] : path, value);
        }
        const runtime = FormRecord.safeParse(variant);
        expect(parser(variant)).toBe(runtime.success ? variant : undefined);
      }),
      { numRuns: 2_000 }
    );
  });

  it("the generated check calls no closure zod wrote for an optional property", () => {
    expect(recordParserModule()).not.toMatch(/\(\(\) => \{/);
  });

  it("zod's code of another shape fails the build rather than being inlined wrong", () => {
    const exact = [
      'const v1 = input["layout"];',
      "let v2 = (() => {",
      "  let v3;",
      '  if (typeof v1 !== "string") return INVALID;',
      "  v3 = v1;",
      "  return v3;",
      "})();",
      "if (v2 === INVALID) {",
      '  if ("layout" in input) return INVALID;',
      "  v2 = undefined;",
      "}",
    ];
    expect(() => withOptionalsInlined(exact.join("\n"))).toThrow(/changed shape/);
    const guarded = [
      ...exact.slice(0, 3),
      "  if (v1 !== undefined) {",
      '    if (typeof v1 !== "string") return INVALID;',
      "    v3 = v1;",
      "  }",
      ...exact.slice(5),
    ];
    expect(withOptionalsInlined(guarded.join("\n")).split("\n")).toEqual([
      'const v1 = input["layout"];',
      "if (v1 !== undefined) {",
      '  if (typeof v1 !== "string") return INVALID;',
      "}",
    ]);
    expect(() => withOptionalsInlined([...guarded, "return v2;"].join("\n"))).toThrow(/reads v2/);
  });
});
