import { strToU8, zipSync, type Zippable } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = `${REL}`;

export interface SheetSpec {
  name: string;
  /** The worksheet's children: <sheetData>…</sheetData>, <mergeCells>…, as the test needs them. */
  body: string;
  /** Relationship type's last segment; "worksheet" unless a chart sheet is wanted. */
  kind?: string;
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** <si> items' inner XML, in order. */
  sharedStrings?: string[];
  /** <styleSheet>'s inner XML. */
  styles?: string;
  /** Attributes of <workbookPr>, e.g. 'date1904="1"'. */
  workbookPr?: string;
  /** Extra or replacement parts, by name (a null drops the part). */
  parts?: Record<string, string | null>;
}

/**
 * A minimal .xlsx package written by hand, so a test can hold exactly the XML a case needs
 * (what Excel, WPS, LibreOffice or a budget system's exporter write) and nothing else.
 */
export function xlsxPackage(spec: PackageSpec): Uint8Array {
  const sheetRels = spec.sheets
    .map(
      (sheet, i) =>
        `<Relationship Id="rId${i + 1}" Type="${TYPE}/${sheet.kind ?? "worksheet"}" Target="worksheets/sheet${i + 1}.xml"/>`
    )
    .join("");
  const n = spec.sheets.length;
  const parts: Record<string, string | null> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${
      spec.workbookPr ? `<workbookPr ${spec.workbookPr}/>` : ""
    }<sheets>${spec.sheets
      .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${n + 1}" Type="${TYPE}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${TYPE}/styles" Target="styles.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${(
      spec.sharedStrings ?? []
    )
      .map((item) => `<si>${item}</si>`)
      .join("")}</sst>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${
      spec.styles ?? `<cellXfs count="1"><xf numFmtId="0"/></cellXfs>`
    }</styleSheet>`,
  };
  spec.sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.body}</worksheet>`;
  });
  Object.assign(parts, spec.parts ?? {});
  const files: Zippable = {};
  for (const [name, text] of Object.entries(parts)) if (text !== null) files[name] = strToU8(text);
  return zipSync(files);
}

/** <sheetData> from rows of cells' XML. */
export const sheetData = (...rows: string[]) =>
  `<sheetData>${rows.map((cells, i) => `<row r="${i + 1}">${cells}</row>`).join("")}</sheetData>`;
