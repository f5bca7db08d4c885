/**
 * Links to a cell of the same workbook, written the way Excel writes them: a `location` on the
 * sheet's <hyperlink>, with no relationship. ExcelJS 4.4 also gives every such link an external
 * relationship (its issues #1676 and #3027), which LibreOffice opens as a broken link to a file and
 * WPS ignores. This drops that relationship as each sheet is prepared for writing, and keeps the
 * streaming writer (src/files/sheetCopy.ts) from writing one.
 */

interface HyperlinkModel {
  address: string;
  target: string;
  rId?: string;
}
interface SheetModel {
  hyperlinks: HyperlinkModel[];
  rels: { Id: string }[];
}
interface WorksheetXform {
  prototype: { prepare(this: unknown, model: SheetModel, options: unknown): void };
}

interface SheetRelsWriter {
  prototype: {
    addHyperlink(this: unknown, link: { address: string; target: string }): void;
  };
}

// ExcelJS's own sheet writers; its package exports no type for them.
const xform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform") as WorksheetXform;
const streamRels = require("exceljs/lib/stream/xlsx/sheet-rels-writer") as SheetRelsWriter;

const INTERNAL = "#";
const patched = Symbol.for("perf-targets.internalLinks");

export function writeInternalLinksAsExcelDoes(): void {
  const proto = xform.prototype as WorksheetXform["prototype"] & { [patched]?: true };
  if (proto[patched]) return;
  const prepare = proto.prepare;
  proto.prepare = function (model, options) {
    prepare.call(this, model, options);
    const internal = new Set<string>();
    for (const link of model.hyperlinks) {
      if (!link.target.startsWith(INTERNAL) || !link.rId) continue;
      internal.add(link.rId);
      link.target = link.target.slice(INTERNAL.length);
      link.rId = undefined;
    }
    model.rels = model.rels.filter((rel) => !internal.has(rel.Id));
  };
  proto[patched] = true;
  writeStreamedInternalLinks();
}

/** The streaming writer's links: one to a cell of the workbook becomes a location, no relationship. */
function writeStreamedInternalLinks(): void {
  const proto = streamRels.prototype as SheetRelsWriter["prototype"] & {
    [patched]?: true;
    _hyperlinks: { address: string; target: string }[];
  };
  const addHyperlink = proto.addHyperlink;
  proto.addHyperlink = function (this: typeof proto, link) {
    if (!link.target.startsWith(INTERNAL)) return addHyperlink.call(this, link);
    this._hyperlinks.push({ address: link.address, target: link.target.slice(INTERNAL.length) });
  };
  proto[patched] = true;
}
