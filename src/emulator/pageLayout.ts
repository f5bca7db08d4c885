import { ExcelError } from "./errors";
import type { HostModule } from "./modules";
import type { EmulatedSheet } from "./workbook";

/**
 * Page layout (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.pagelayout): paper,
 * orientation, zoom (fit to pages), print area and print titles, kept as the sheet's settings.
 */
type Layout = { kind: "pageLayout"; sheet: EmulatedSheet };

const PROPERTIES = new Set([
  "PaperSize",
  "Orientation",
  "Zoom",
  "CenterHorizontally",
  "CenterVertically",
  "LeftMargin",
  "RightMargin",
  "TopMargin",
  "BottomMargin",
]);
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const DEFAULTS: Record<string, unknown> = {
  paperSize: "Letter",
  orientation: "Portrait",
  zoom: { scale: 100 },
};

export const pageLayout: HostModule = {
  kinds: new Set(["pageLayout"]),
  navigate(_workbook, parent, name) {
    if (parent.kind === "worksheet" && name === "PageLayout")
      return {
        kind: "pageLayout",
        sheet: (parent as unknown as { sheet: EmulatedSheet }).sheet,
      } as Layout;
    return undefined;
  },
  property(_workbook, target, name) {
    const { sheet } = target as Layout;
    return sheet.pageLayout[name] ?? DEFAULTS[name] ?? null;
  },
  setProperty(_workbook, target, name, value) {
    if (!PROPERTIES.has(name))
      throw new ExcelError("ApiNotFound", `The emulator cannot set pageLayout.${name}.`, 404);
    (target as Layout).sheet.pageLayout[camel(name)] = value;
  },
  callMethod(_workbook, target, name, args) {
    const { sheet } = target as Layout;
    if (name === "SetPrintArea") return void (sheet.pageLayout.printArea = String(args[0]));
    if (name === "SetPrintTitleRows")
      return void (sheet.pageLayout.printTitleRows = String(args[0]));
    if (name === "SetPrintTitleColumns")
      return void (sheet.pageLayout.printTitleColumns = String(args[0]));
    throw new ExcelError("ApiNotFound", `The emulator does not provide pageLayout.${name}().`, 404);
  },
};
