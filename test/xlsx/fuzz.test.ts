import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { checkFile } from "../../src/form";
import { zlibInflater } from "../../src/files/inflate";
import { fflateInflater, readWorkbook, WorkbookError } from "../../src/xlsx";
import { announceSeed, FUZZ_RUNS, FUZZ_SEED } from "../support/fuzz";
import { sheetData, xlsxPackage } from "../support/xlsxPackage";

/*
 * Mutated real workbooks (bytes flipped, files cut short, zip directory fields set to lies, XML
 * parts spliced with hostile tokens), inflated by fflate or node:zlib: every input is read as
 * grids the check can run on, or refused with a WorkbookError; never another exception, never a
 * hang. `npm test` runs a modest count; `npm run fuzz` runs FUZZ_RUNS (10,000) of each kind.
 */

const RUNS = FUZZ_RUNS;
const SEED = FUZZ_SEED;
announceSeed("the .xlsx reader");
const FIXTURES = join(__dirname, "../fixtures/xlsx");

const handMade = xlsxPackage({
  sheets: [
    {
      name: "表",
      body: `${sheetData(
        '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>年度</t></r><rPh><t>x</t></rPh></is></c><c r="C1" s="1"><v>0.9</v></c>',
        '<c r="A2" s="2"><v>44927</v></c><c r="B2"><f t="shared" ref="B2:C2" si="0">A2</f><v>1</v></c><c r="C2"><f t="shared" si="0"/></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="d"><v>2023-01-01</v></c>'
      )}<mergeCells count="1"><mergeCell ref="A3:E4"/></mergeCells>`,
    },
  ],
  sharedStrings: ["<t>项目名称_x000D_</t>"],
  styles:
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>',
  workbookPr: 'date1904="0"',
});

const seeds: Uint8Array[] = [
  handMade,
  ...readdirSync(FIXTURES)
    .filter((name) => /^(exceljs|libreoffice)-.*\.xlsx$/.test(name))
    .map((name) => new Uint8Array(readFileSync(join(FIXTURES, name)))),
];
const unzippedSeeds: Unzipped[] = seeds.map((bytes) => unzipSync(bytes));

/** Tokens that reach the reader's corners when spliced into a part. */
const TOKENS = [
  '<c r="A1">',
  '<c r="XFD1048576" t="s"><v>0</v></c>',
  '<c r="B9"><v>1e309</v></c>',
  '<c t="s"><v>99999</v></c>',
  '<c r="C3" t="inlineStr"><is><t>x</t></is></c>',
  '<c r="D4"><f>SUM(A1)</f></c>',
  '<c r="A1" s="9999"><v>0.5</v></c>',
  '<c r="Z1" t="d"><v>not a date</v></c>',
  '<row r="1048577">',
  '<row r="0">',
  '<row r="999999"><c><v>1</v></c></row>',
  "</row>",
  "</c>",
  "<v>",
  "</v>",
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2"/>',
  '<mergeCell ref="junk"/>',
  "&amp;",
  "&bogus;",
  "<![CDATA[x]]>",
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  "_x0000_",
  "_xD800_",
  't="s"',
  't="b"',
  't="e"',
  't="str"',
  's="1"',
  'numFmtId="14"',
  'formatCode="[$-F800]dddd"',
  'formatCode="0.00%;;;@"',
  'date1904="1"',
  'r:id="rId1"',
  'Target="../../../x"',
  'Target="/xl/worksheets/sheet1.xml"',
  "\u0000",
  "\uFFFF",
  "项目名称",
];

const text = (bytes: Uint8Array) => strFromU8(bytes);

/** The property: grids the check runs on, or a WorkbookError, nothing else. */
function readsOrRefuses(bytes: Uint8Array, native: boolean): void {
  let grids;
  try {
    grids = readWorkbook(bytes, { inflate: native ? zlibInflater : fflateInflater });
  } catch (error) {
    if (error instanceof WorkbookError) return;
    throw error;
  }
  for (const grid of grids) {
    expect(Array.isArray(grid.values)).toBe(true);
    expect(grid.values.every((row) => Array.isArray(row))).toBe(true);
  }
  checkFile("fuzz.xlsx", grids);
}

const byteMutation = fc.record({
  native: fc.boolean(),
  seed: fc.nat({ max: seeds.length - 1 }),
  edits: fc.array(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })),
    {
      minLength: 1,
      maxLength: 8,
    }
  ),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
});

const partMutation = fc.record({
  native: fc.boolean(),
  seed: fc.nat({ max: seeds.length - 1 }),
  part: fc.nat(),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.nat({ max: 64 }),
  insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })),
});

/** Where each central-directory entry starts in a zip (the reader's own code reads these). */
function centralEntries(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let at = 0; at + 4 <= bytes.length; at++)
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 1 && bytes[at + 3] === 2)
      starts.push(at);
  return starts;
}

/** A field of a central-directory entry: its offset in the entry and its width in bytes. */
const DIRECTORY_FIELDS: [number, number][] = [
  [8, 2], // flags
  [10, 2], // method
  [20, 4], // compressed size
  [24, 4], // size
  [28, 2], // name length
  [30, 2], // extra length
  [42, 4], // local header offset
];

const directoryMutation = fc.record({
  native: fc.boolean(),
  seed: fc.nat({ max: seeds.length - 1 }),
  entry: fc.nat(),
  field: fc.nat({ max: DIRECTORY_FIELDS.length - 1 }),
  value: fc.oneof(
    fc.constantFrom(0, 1, 8, 99, 0xffff, 0xffffffff, 0x7fffffff),
    fc.integer({ min: 0, max: 0xffffffff })
  ),
});

describe("fuzzing the .xlsx reader with mutated real workbooks", () => {
  jest.setTimeout(Math.max(60_000, RUNS * 200));

  it("survives bytes flipped anywhere and files cut short", () => {
    fc.assert(
      fc.property(byteMutation, ({ native, seed, edits, cut }) => {
        const bytes = seeds[seed].slice();
        for (const [where, value] of edits) bytes[Math.floor(where * bytes.length)] = value;
        readsOrRefuses(
          cut === null ? bytes : bytes.subarray(0, Math.floor(cut * bytes.length)),
          native
        );
      }),
      { numRuns: RUNS, seed: SEED }
    );
  });

  it("survives zip directory entries whose sizes, offsets, methods or flags lie", () => {
    const starts = seeds.map(centralEntries);
    fc.assert(
      fc.property(directoryMutation, ({ native, seed, entry, field, value }) => {
        const bytes = seeds[seed].slice();
        const at = starts[seed][entry % starts[seed].length] + DIRECTORY_FIELDS[field][0];
        for (let i = 0; i < DIRECTORY_FIELDS[field][1]; i++)
          bytes[at + i] = (value >>> (8 * i)) & 0xff;
        readsOrRefuses(bytes, native);
      }),
      { numRuns: RUNS, seed: SEED }
    );
  });

  it("survives XML parts with text cut out or tokens spliced in", () => {
    fc.assert(
      fc.property(partMutation, ({ native, seed, part, at, span, insert }) => {
        const files = { ...unzippedSeeds[seed] };
        const names = Object.keys(files).filter((name) => /\.(xml|rels)$/.test(name));
        const name = names[part % names.length];
        const xml = text(files[name]);
        const start = Math.floor(at * xml.length);
        files[name] = strToU8(xml.slice(0, start) + insert + xml.slice(start + span));
        readsOrRefuses(zipSync(files), native);
      }),
      { numRuns: RUNS, seed: SEED }
    );
  });
});
