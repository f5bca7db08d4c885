import { strToU8 } from "fflate";
import { writeFileSync } from "node:fs";
import { loadGrids } from "../../src/files/load";
import { zlibInflater } from "../../src/files/inflate";
import { DEFAULT_LIMITS, fflateInflater, readWorkbook } from "../../src/xlsx";
import { deflatedZeros, workbookAround } from "../support/hostileZip";
import { sheetData, xlsxPackage } from "../support/xlsxPackage";
import { refusal } from "../support/refusal";
import { tempDir } from "../support/tmp";

const MiB = 1024 * 1024;
const tmp = tempDir();

describe("the reader's limits (README, Limits)", () => {
  it("refuses a part whose stated size is over the limit before inflating it", () => {
    // The data is no deflate stream at all: inflating it would fail differently.
    const bomb = workbookAround({ data: new Uint8Array(1000).fill(7), claimedSize: 1024 * MiB });
    const error = refusal(() => readWorkbook(bomb));
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/xl\/worksheets\/sheet1\.xml 解压后超过 128 MB/);
  });

  describe.each([
    ["fflate", fflateInflater],
    ["node:zlib", zlibInflater],
  ])("inflating with %s", (_name, inflate) => {
    it("stops a part that unpacks past what the directory states (a zip bomb)", () => {
      const data = deflatedZeros(512 * MiB);
      expect(data.length).toBeLessThan(4 * MiB);
      const bomb = workbookAround({ data, claimedSize: 1000 });
      const error = refusal(() => readWorkbook(bomb, { inflate }));
      expect(error.code).toBe("corrupt");
      expect(error.en).toMatch(/sheet1\.xml unpacks to more than the zip directory states/);
    });

    it("stops a part whose directory entry states no size at all", () => {
      const bomb = workbookAround({ data: deflatedZeros(512 * MiB), claimedSize: 0 });
      const error = refusal(() => readWorkbook(bomb, { inflate }));
      expect(error.en).toMatch(/sheet1\.xml unpacks to more than the zip directory states/);
    });

    it("stops at the limit a part that states the limit and holds more", () => {
      const bomb = workbookAround({ data: deflatedZeros(200 * MiB), claimedSize: 128 * MiB });
      const error = refusal(() => readWorkbook(bomb, { inflate }));
      expect(error.en).toMatch(/sheet1\.xml unpacks to more than the zip directory states/);
    });

    it("refuses data that does not inflate, or stops short", () => {
      const cut = deflatedZeros(10_000).subarray(0, 20);
      for (const data of [strToU8("not deflate data"), cut]) {
        const error = refusal(() =>
          readWorkbook(workbookAround({ data, claimedSize: 10_000 }), { inflate })
        );
        expect(error.en).toMatch(
          /compressed data of xl\/worksheets\/sheet1\.xml cannot be inflated/
        );
      }
    });
  });

  it("counts every part it opens against the limit for the whole workbook", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`);
    const sheet = { name: "表", body: sheetData(...rows) };
    const bytes = xlsxPackage({
      sheets: [sheet, { ...sheet, name: "表2" }, { ...sheet, name: "表3" }],
    });
    expect(readWorkbook(bytes)).toHaveLength(3);
    const error = refusal(() => readWorkbook(bytes, { partBytes: 200_000, totalBytes: 250_000 }));
    expect(error.en).toMatch(/unpacks to more than 244 KB in all/);
  });

  it("refuses more cells than the limit, naming the sheet", () => {
    const rows = Array.from({ length: 150 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`);
    const bytes = xlsxPackage({ sheets: [{ name: "噪声", body: sheetData(...rows) }] });
    expect(readWorkbook(bytes, { cells: 150 })[0].values).toHaveLength(150);
    expect(refusal(() => readWorkbook(bytes, { cells: 149 })).message).toMatch(
      /单元格超过 149 个（在工作表“噪声”）/
    );
  });

  it("counts the cells merged areas cover, each area up to 10,000", () => {
    const merges = Array.from(
      { length: 30 },
      (_, i) => `<mergeCell ref="A${i * 200 + 1}:CV${i * 200 + 200}"/>`
    );
    const bytes = xlsxPackage({
      sheets: [
        {
          name: "表",
          body: `${sheetData('<c r="A1"><v>1</v></c>')}<mergeCells>${merges.join("")}</mergeCells>`,
        },
      ],
    });
    expect(readWorkbook(bytes)[0].merges).toHaveLength(30);
    expect(refusal(() => readWorkbook(bytes, { cells: 299_999 })).code).toBe("too-large");
    expect(readWorkbook(bytes, { cells: 300_001 })[0].merges).toHaveLength(30);
  });

  it("refuses a sheet whose used range the core cannot span, naming the far corner", () => {
    const far =
      '<c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="XFD1048576"><v>1</v></c>';
    const bytes = xlsxPackage({ sheets: [{ name: "表", body: sheetData(far) }] });
    const error = refusal(() => readWorkbook(bytes));
    expect(error.code).toBe("too-large");
    expect(error.zh).toMatch(
      /工作表“表”的已用区域 A1:XFD1048576 超过 20,000,000 个单元格；请删除远处多余的内容/
    );
    const near = xlsxPackage({
      sheets: [{ name: "表", body: sheetData('<c r="E1048576"><v>1</v></c>') }],
    });
    expect(readWorkbook(near)[0].values).toHaveLength(1_048_576);
  });

  it("reads 100,000 rows of noise beside a form within the default limits", () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `<row r="${i + 1}"><c r="H${i + 1}" t="inlineStr"><is><t>n${i}</t></is></c></row>`
    );
    const bytes = xlsxPackage({
      sheets: [{ name: "表", body: `<sheetData>${rows.join("")}</sheetData>` }],
    });
    const [grid] = readWorkbook(bytes);
    expect(grid.values).toHaveLength(100_000);
    expect(DEFAULT_LIMITS.cells).toBeGreaterThan(100_000 * 8);
  });

  it("says which file through the file shell", async () => {
    const path = tmp.path("bomb.xlsx");
    writeFileSync(
      path,
      workbookAround({ data: deflatedZeros(300 * MiB), claimedSize: 300 * MiB }, [
        { name: "x.txt", data: strToU8("x"), method: 0 },
      ])
    );
    await expect(loadGrids(path)).rejects.toThrow(/bomb\.xlsx: 超出读取限制/);
  });
});
