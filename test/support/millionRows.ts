import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { formPlan, readSheet } from "../../src/form";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { sampleGrid } from "./sampleGrid";

/**
 * A workbook holding one good form and then `rows` more rows of noise below it, each the same
 * bytes, so that a million of them pack into some 70 KB (issue 20's hostile import).
 */
export async function formAndRows(rows: number): Promise<Uint8Array> {
  const record = readSheet(sampleGrid()).forms[0].record;
  const book = newWorkbook([formPlan(record, { sheet: "项目表" })]);
  const files = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  const part = "xl/worksheets/sheet1.xml";
  const noise = "<row><c><v>1</v></c></row>".repeat(rows);
  files[part] = strToU8(strFromU8(files[part]).replace("</sheetData>", `${noise}</sheetData>`));
  return zipSync(files, { level: 9 });
}
