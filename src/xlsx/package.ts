import { corrupt, WorkbookError } from "./errors";
import { attribute, parseXml } from "./xml";
import type { ZipPackage } from "./zip";

/** One worksheet the workbook lists, in its order, with the part that holds its cells. */
export interface SheetEntry {
  name: string;
  part: string;
}

/** What the workbook part and its relationships say: where everything is. */
export interface WorkbookParts {
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
  /** Dates count from 1904-01-01 (old Mac workbooks) rather than 1899-12-30. */
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

/** A relationship type's last segment: the same in transitional and strict OOXML. */
const kind = (type: string) => type.slice(type.lastIndexOf("/") + 1);

/** The workbook part, its sheets and the parts they share. */
export function workbookParts(zip: ZipPackage): WorkbookParts {
  const workbook = workbookPart(zip);
  const relations = relationships(zip, workbook);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const xml = zip.text(workbook);
  if (xml === null) throw noWorkbook(zip);
  parseXml(workbook, xml, {
    readsAttributes: (name) => name === "sheet" || name === "workbookPr",
    open(name, attributes) {
      if (name === "workbookPr") {
        const value = attribute(attributes, "date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet") {
        const relation = relations.get(attribute(attributes, "id") ?? "");
        // Chart sheets, dialog sheets and macro sheets hold no cells to read.
        if (relation && kind(relation.type) === "worksheet")
          sheets.push({ name: attribute(attributes, "name") ?? "", part: relation.target });
      }
    },
  });
  const targetOf = (type: string) =>
    [...relations.values()].find((relation) => kind(relation.type) === type)?.target ?? null;
  return { sheets, sharedStrings: targetOf("sharedStrings"), styles: targetOf("styles"), date1904 };
}

/** The package's main part: the officeDocument relationship, or where Excel puts it. */
function workbookPart(zip: ZipPackage): string {
  const root = relationships(zip, "");
  const main = [...root.values()].find((relation) => kind(relation.type) === "officeDocument");
  const part = main?.target ?? "xl/workbook.xml";
  if (/\.bin$/i.test(part))
    throw new WorkbookError("other-format", {
      what: "Excel 二进制工作簿 (.xlsb)",
      whatEn: "an Excel binary workbook (.xlsb)",
    });
  if (!zip.has(part)) throw noWorkbook(zip);
  return part;
}

/** A zip that holds no workbook: say what it is when it is a known kind of document. */
function noWorkbook(zip: ZipPackage): WorkbookError {
  const other = (what: string, whatEn: string) =>
    new WorkbookError("other-format", { what, whatEn });
  if (zip.has("word/document.xml")) return other("Word 文档 (.docx)", "a Word document (.docx)");
  if (zip.has("ppt/presentation.xml"))
    return other("PowerPoint 演示文稿 (.pptx)", "a PowerPoint presentation (.pptx)");
  if (zip.has("mimetype") && zip.has("content.xml"))
    return other("OpenDocument 文件 (.ods/.odt)", "an OpenDocument file (.ods/.odt)");
  if (zip.has("[Content_Types].xml"))
    return corrupt("找不到工作簿部件 (workbook.xml)", "no workbook part (workbook.xml)");
  return other("普通压缩包 (.zip)，其中没有工作簿", "a plain zip archive that holds no workbook");
}

/** The relationships of a part ("" for the package), by id, targets resolved to part names. */
function relationships(zip: ZipPackage, part: string): Map<string, Relationship> {
  const folder = part.slice(0, part.lastIndexOf("/") + 1);
  const relsPart = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const found = new Map<string, Relationship>();
  const xml = zip.text(relsPart);
  if (xml === null) return found;
  parseXml(relsPart, xml, {
    readsAttributes: (name) => name === "Relationship",
    open(name, attributes) {
      if (name !== "Relationship" || attributes.TargetMode === "External") return;
      const { Id, Type, Target } = attributes;
      if (Id && Type && Target) found.set(Id, { type: Type, target: resolvePart(folder, Target) });
    },
  });
  return found;
}

/** A relationship target relative to the source part's folder, or absolute from the root. */
export function resolvePart(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const resolved: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return resolved.join("/");
}
