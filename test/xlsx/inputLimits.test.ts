import fc from "fast-check";
import { closeSync, openSync, ftruncateSync, writeFileSync } from "node:fs";
import { strToU8 } from "fflate";
import { loadGrids } from "../../src/files/load";
import { readTextGrid } from "../../src/files/text";
import { DEFAULT_LIMITS, LIMIT_NAMES, readWorkbook } from "../../src/xlsx";
import { countElements } from "../../src/xlsx/limits";
import { sheetData, xlsxPackage } from "../support/xlsxPackage";
import { refusal } from "../support/refusal";
import { tempDir } from "../support/tmp";

const tmp = tempDir();

/** A workbook of `rows` rows of one number each, on each of `sheets` sheets. */
const rowsBook = (rows: number, sheets = 1) =>
  xlsxPackage({
    sheets: Array.from({ length: sheets }, (_, i) => ({
      name: `表${i + 1}`,
      body: sheetData(...Array.from({ length: rows }, () => "<c><v>1</v></c>")),
    })),
  });

describe("rows, shared strings and text: the limits every input path shares", () => {
  it("counts rows over all sheets and refuses the first one over, naming the limit and the sheet", () => {
    expect(readWorkbook(rowsBook(50, 2), { rows: 100 })).toHaveLength(2);
    const error = refusal(() => readWorkbook(rowsBook(50, 3), { rows: 100 }));
    expect(error.code).toBe("too-large");
    expect(error.zh).toBe("超出读取限制：行数超过限制 100（在工作表“表3”）");
    expect(error.en).toBe(
      'over the reading limits: more rows than the limit of 100 (on sheet "表3")'
    );
  });

  it("refuses more shared strings than the limit before parsing them", () => {
    const strings = Array.from({ length: 30 }, (_, i) => `<t>s${i}</t>`);
    const bytes = xlsxPackage({
      sheets: [{ name: "表", body: sheetData('<c t="s"><v>29</v></c>') }],
      sharedStrings: strings,
    });
    expect(readWorkbook(bytes, { sharedStrings: 30 })[0].values[0][0]).toBe("s29");
    const error = refusal(() => readWorkbook(bytes, { sharedStrings: 29 }));
    expect(error.zh).toContain("共享字符串数超过限制 29");
    expect(error.en).toContain("more shared strings than the limit of 29");
  });

  it("counts elements by local name on the bytes, prefixed or not, and nothing else", () => {
    const xml = '<x:row r="1"><c/></x:row><row/><rows/><arrow/><row>&lt;row</row><ns:row>';
    expect(countElements(strToU8(xml), "row")).toBe(4);
    expect(countElements(strToU8("<sst><si><t>a</t></si><si/></sst>"), "si")).toBe(2);
    // The command line's parts are Node Buffers (node:zlib's output), a view into a larger one.
    const inBuffer = Buffer.from(`<i>${xml}</i>`).subarray(3, 3 + xml.length);
    expect(countElements(inBuffer, "row")).toBe(4);
  });

  it("counts as a tag's name read from its '<' would, on any text", () => {
    // The tag's whole name, read forwards: the element counts when its local name is the one asked
    const byTags = (xml: string, name: string) =>
      [...xml.matchAll(/<([A-Za-z0-9:_.-]*)/g)].filter(
        ([, tag]) => tag === name || tag.endsWith(`:${name}`)
      ).length;
    const letters = ["<", ">", "/", ":", " ", "row", "si", "r", "w", "s", "i", "x", "_", "行", "="];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const xml = chars.join("");
        for (const name of ["row", "si"])
          expect(countElements(strToU8(xml), name)).toBe(byTags(xml, name));
      }),
      { numRuns: 2_000 }
    );
  });

  it("refuses a text file over the size limit without reading it", async () => {
    const path = tmp.path("huge.txt");
    // A sparse file: 65 MB on paper, nothing on the disk, and never read.
    const fd = openSync(path, "w");
    ftruncateSync(fd, DEFAULT_LIMITS.textBytes + 1);
    closeSync(fd);
    await expect(loadGrids(path)).rejects.toThrow(
      /huge\.txt: 超出读取限制：文本文件大小超过限制 64 MB \(over the reading limits: more text file size than the limit of 64 MB\)/
    );
  });

  it("refuses a text file of more lines than the rows limit, and more cells than the cells limit", async () => {
    const path = tmp.path("lines.tsv");
    writeFileSync(path, "a\tb\tc\n".repeat(DEFAULT_LIMITS.rows));
    // 200,000 lines and the empty one after the last break: one over.
    await expect(loadGrids(path)).rejects.toThrow(/行数超过限制 200,000.*more rows than the limit/);
    const small = tmp.path("cells.csv");
    writeFileSync(small, "a,b,c\nd,e,f\n");
    expect((await readTextGrid(small, { ...DEFAULT_LIMITS, cells: 6 })).values).toHaveLength(2);
    await expect(readTextGrid(small, { ...DEFAULT_LIMITS, cells: 5 })).rejects.toThrow(
      /单元格数超过限制 5/
    );
  });

  it("names every limit in both languages", () => {
    for (const name of Object.keys(DEFAULT_LIMITS) as (keyof typeof DEFAULT_LIMITS)[]) {
      expect(LIMIT_NAMES[name].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(LIMIT_NAMES[name].en).toMatch(/^[a-z' ]+$/i);
    }
  });
});
