import fc from "fast-check";
import { checkFile } from "../../src/form";
import { textGrid } from "../../src/files/text";
import { DEFAULT_LIMITS, WorkbookError } from "../../src/xlsx";
import { announceSeed, FUZZ_RUNS, FUZZ_SEED } from "../support/fuzz";

/*
 * The text path (.txt, .tsv, .csv): any bytes, in any of the encodings a person's tools write,
 * give a grid the check runs on, or a refusal naming a limit in both languages; never another
 * exception. Small limits let the refusals happen at fuzzing sizes.
 */
announceSeed("the text reader");

const TOKENS = [
  "\t",
  ",",
  '"',
  '""',
  "\r\n",
  "\n",
  "\r",
  "项目名称",
  "11.46",
  "≥3次",
  "\u0000",
  "\uFEFF",
];

/** Text built from tokens a form's text holds and the characters that split it. */
const formText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

const ENCODINGS: ((text: string) => Uint8Array)[] = [
  (text) => new TextEncoder().encode(text),
  (text) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
  (text) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  },
];

const LIMITS = { ...DEFAULT_LIMITS, rows: 40, cells: 200, textBytes: 2000 };

/** The property: a grid the check can run on, or a too-large refusal in both languages. */
function readsOrRefuses(bytes: Uint8Array, csv: boolean): void {
  let grid;
  try {
    grid = textGrid(bytes, "粘贴", csv, LIMITS);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    expect(error.code).toBe("too-large");
    expect(error.zh).toMatch(/超过限制/);
    expect(error.en).toMatch(/than the limit of/);
    return;
  }
  expect(grid.values.length).toBeLessThanOrEqual(LIMITS.rows);
  expect(grid.values.every((row) => Array.isArray(row))).toBe(true);
  checkFile("fuzz.txt", [grid]);
}

describe("fuzzing the text reader", () => {
  jest.setTimeout(Math.max(60_000, FUZZ_RUNS * 50));

  it("reads or refuses text of form-like tokens in UTF-8, UTF-8 with a BOM and UTF-16", () => {
    fc.assert(
      fc.property(formText, fc.nat({ max: 2 }), fc.boolean(), (text, encoding, csv) =>
        readsOrRefuses(ENCODINGS[encoding](text), csv)
      ),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED }
    );
  });

  it("reads or refuses any bytes at all (GBK, broken UTF-8, zero bytes)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), (bytes, csv) =>
        readsOrRefuses(bytes, csv)
      ),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED }
    );
  });
});
