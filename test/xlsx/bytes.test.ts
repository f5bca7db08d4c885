import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { loadGrids } from "../../src/files/load";
import { readWorkbook, WorkbookError, type WorkbookErrorCode } from "../../src/xlsx";
import { tempDir } from "../support/tmp";
import { writeFileSync } from "node:fs";
import { rawZip, workbookAround } from "../support/hostileZip";
import { sheetData, xlsxPackage } from "../support/xlsxPackage";

const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/xlsx", name));

function refusal(bytes: Uint8Array): WorkbookError {
  try {
    readWorkbook(bytes);
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error("read without complaint");
}

/** A compound file (the container of .xls and of encrypted workbooks) whose directory names one stream. */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const entry = 512;
  [..."Root Entry"].forEach((ch, i) => (bytes[entry + 2 * i] = ch.charCodeAt(0)));
  bytes[entry + 64] = 22;
  [...stream].forEach((ch, i) => (bytes[entry + 128 + 2 * i] = ch.charCodeAt(0)));
  bytes[entry + 128 + 64] = (stream.length + 1) * 2;
  return bytes;
}

describe("bytes that are no .xlsx are told apart, from the bytes alone", () => {
  it.each<[string, () => Uint8Array, WorkbookErrorCode, RegExp]>([
    ["an empty file", () => new Uint8Array(0), "empty", /空的.*empty/],
    [
      "a password-protected workbook (made by officecrypto-tool)",
      () => fixture("encrypted.xlsx"),
      "encrypted",
      /取消密码后另存为 \.xlsx.*password/,
    ],
    [
      "an old .xls (written by LibreOffice)",
      () => fixture("legacy.xls"),
      "legacy",
      /97-2003.*另存为 \.xlsx（不设密码）/,
    ],
    [
      "a compound file naming EncryptionInfo",
      () => compoundFile("EncryptionInfo"),
      "encrypted",
      /密码/,
    ],
    ["a compound file naming Workbook", () => compoundFile("Workbook"), "legacy", /\.xls/],
    [
      "a compound file of something else",
      () => compoundFile("WordDocument"),
      "other-format",
      /旧版 Office/,
    ],
    ["a PDF", () => strToU8("%PDF-1.7\n…"), "other-format", /PDF/],
    [
      "a web page saved as .xls",
      () => strToU8("\uFEFF<html><body><table><tr><td>项目名称</td></tr></table>"),
      "other-format",
      /HTML/,
    ],
    [
      "an Excel 2003 XML spreadsheet",
      () =>
        strToU8(
          '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
        ),
      "other-format",
      /2003 XML/,
    ],
    ["text", () => strToU8("项目名称\t测试\n"), "not-workbook", /无法识别/],
    [
      "a Word document",
      () =>
        zipSync({
          "[Content_Types].xml": strToU8("<Types/>"),
          "word/document.xml": strToU8("<w/>"),
        }),
      "other-format",
      /Word/,
    ],
    ["a plain zip", () => zipSync({ "readme.txt": strToU8("hi") }), "other-format", /压缩包/],
    [
      "an .xlsb",
      () =>
        zipSync({
          "_rels/.rels": strToU8(
            '<Relationships><Relationship Id="r" Type="http://x/officeDocument" Target="xl/workbook.bin"/></Relationships>'
          ),
          "xl/workbook.bin": new Uint8Array(4),
        }),
      "other-format",
      /xlsb/,
    ],
  ])("%s", (_name, bytes, code, message) => {
    const error = refusal(bytes());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.zh).not.toMatch(/[a-z]{6}/);
    expect(error.en).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe("a damaged workbook is refused, saying where", () => {
  const good = xlsxPackage({ sheets: [{ name: "表", body: sheetData('<c r="A1"><v>1</v></c>') }] });

  it.each<[string, () => Uint8Array, RegExp]>([
    ["cut short", () => good.subarray(0, good.length - 30), /zip directory/],
    ["cut in half", () => good.subarray(0, good.length >> 1), /zip directory/],
    [
      "a sheet that is not XML",
      () => workbookAround({ data: strToU8("<worksheet><sheetData>"), method: 0 }),
      /xl\/worksheets\/sheet1\.xml is not well-formed XML/,
    ],
    [
      "a sheet whose data does not inflate",
      () => workbookAround({ data: strToU8("not deflate data"), claimedSize: 100 }),
      /cannot be inflated/,
    ],
    [
      "an encrypted zip entry",
      () => workbookAround({ data: strToU8("x"), method: 0, flags: 1 }),
      /password/,
    ],
    ["a sheet the workbook names but the zip lacks", () => rawZip([]), /zip directory|no workbook/],
  ])("%s", (_name, bytes, message) => {
    expect(refusal(bytes()).message).toMatch(message);
  });

  it("defines no entities: a billion laughs is refused, not expanded", () => {
    const laughs = `<!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>`;
    expect(refusal(workbookAround({ data: strToU8(laughs), method: 0 })).code).toBe("corrupt");
  });

  const sheetOf = (cell: string) =>
    `<?xml version="1.0"?><worksheet><sheetData><row r="1">${cell}</row></sheetData></worksheet>`;
  const read = (xml: string) => readWorkbook(workbookAround({ data: strToU8(xml), method: 0 }));

  it.each<[string, string, RegExp]>([
    ["a DOCTYPE that defines nothing", `<!DOCTYPE worksheet>${sheetOf("")}`, /DOCTYPE/],
    ["an entity beyond XML's five", sheetOf('<c r="A1" t="str"><v>&nbsp;</v></c>'), /&nbsp;/],
    ["an entity in an attribute", sheetOf('<c r="&x;"><v>1</v></c>'), /&x;/],
    ["a character reference XML cannot carry", sheetOf('<c t="str"><v>&#0;</v></c>'), /&#0;/],
    ["an end tag that closes another", sheetOf('<c r="A1"><v>1</c></v>'), /<\/c> closes <v>/],
    [
      "an element left open",
      sheetOf('<c r="A1"><v>1</v>').replace("</row>", ""),
      /not closed|closes/,
    ],
    ["an unquoted attribute", sheetOf("<c r=A1><v>1</v></c>"), /not quoted/],
    // The sheet reads no attribute of <v>: its attributes are checked all the same.
    ["an entity in an attribute nobody reads", sheetOf('<c r="A1"><v x="a&x;">1</v></c>'), /&x;/],
    ['a "<" in an attribute nobody reads', sheetOf('<c r="A1"><v x="a<b">1</v></c>'), /holds "<"/],
    [
      "an unquoted attribute nobody reads",
      sheetOf('<c r="A1"><v x=1>1</v></c>'),
      /x is not quoted/,
    ],
    [
      "an unclosed attribute nobody reads",
      sheetOf('<c r="A1"><v x="1>1</v></c>'),
      /holds "<"|not closed/,
    ],
    [
      "attributes nobody reads run together",
      sheetOf('<c r="A1"><v x="1"y="2">1</v></c>'),
      /not separated/,
    ],
    ["a second root", `${sheetOf("")}<worksheet/>`, /second root/],
    ["an end tag after the root", `${sheetOf("")}</worksheet >`, /<\/worksheet> closes nothing/],
    [
      "an end tag longer than its element's name",
      sheetOf('<c r="A1"><v>1</vv></c>'),
      /<\/vv> closes <v>/,
    ],
    [
      "an end tag shorter than its element's name",
      sheetOf('<c r="A1"><v>1</v></c'),
      /<\/c<\/row> closes <c>/,
    ],
  ])("the XML scanner refuses %s", (_name, xml, why) => {
    expect(() => read(xml)).toThrow(why);
  });

  it("the XML scanner reads XML's five entities, character references, CDATA and CR LF", () => {
    const [grid] = read(
      sheetOf(
        '<c r="A1" t="str"><v>&lt;&gt;&amp;&quot;&apos;&#x4E2D;&#25991;</v></c>' +
          '<c r="B1" t="inlineStr"><is><t><![CDATA[<a&b>]]>\r\nx</t></is></c>' +
          "<!-- a comment --><c r='C1'\n s = '0' ><v>2</v\n ></c >" +
          '<c r="D1"><v x="&amp;&#x4E2D;" y = \'"\'>3</v></c>'
      )
    );
    expect(grid.values[0]).toEqual([`<>&"'中文`, "<a&b>\nx", 2, 3]);
  });
});

describe("the file shell names the file", () => {
  const tmp = tempDir();
  it.each([
    ["locked.xlsx", "encrypted.xlsx", /locked\.xlsx: 工作簿设有打开密码/],
    ["old.xlsx", "legacy.xls", /old\.xlsx: 这是旧版 Excel 97-2003/],
  ])("%s", async (name, source, message) => {
    const path = tmp.path(name);
    writeFileSync(path, fixture(source));
    await expect(loadGrids(path)).rejects.toThrow(message);
  });

  it("an empty .xlsx", async () => {
    const path = tmp.path("empty.xlsx");
    writeFileSync(path, "");
    await expect(loadGrids(path)).rejects.toThrow(/empty\.xlsx: 文件是空的/);
  });
});
