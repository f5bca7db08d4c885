import { strToU8, zipSync } from "fflate";
import { cellA1, areaA1 } from "../src/form/address";
import type { GridSnapshot } from "../src/form/grid";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * One worksheet holding these grids stacked top to bottom (a whole document pasted into one
 * sheet), as an .xlsx: shared strings, numbers and merges, as Excel writes them. Written here
 * because ExcelJS checks each new merge against every earlier one: 19,400 merges take minutes.
 */
export function stackedWorkbook(grids: GridSnapshot[], sheet = "全部项目"): Uint8Array {
  const strings = new Map<string, number>();
  const rows: string[] = [];
  const merges: string[] = [];
  let top = 0;
  for (const grid of grids) {
    grid.values.forEach((line, r) => {
      const cells = line
        .map((value, c) => {
          if (value === null || value === "") return "";
          const ref = cellA1(top + r, c);
          if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
          const text = String(value);
          let index = strings.get(text);
          if (index === undefined) strings.set(text, (index = strings.size));
          return `<c r="${ref}" t="s"><v>${index}</v></c>`;
        })
        .join("");
      rows.push(`<row r="${top + r + 1}">${cells}</row>`);
    });
    for (const area of grid.merges)
      merges.push(
        `<mergeCell ref="${areaA1({ top: area.top + top, bottom: area.bottom + top, left: area.left, right: area.right })}"/>`
      );
    top += grid.values.length + 1;
  }
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
      ),
      "_rels/.rels": strToU8(
        `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
      "xl/workbook.xml": strToU8(
        `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
      ),
      "xl/sharedStrings.xml": strToU8(
        `<sst xmlns="${main}" uniqueCount="${strings.size}">${[...strings.keys()]
          .map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`)
          .join("")}</sst>`
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<worksheet xmlns="${main}"><sheetData>${rows.join("")}</sheetData><mergeCells count="${merges.length}">${merges.join("")}</mergeCells></worksheet>`
      ),
    },
    { level: 6 }
  );
}
