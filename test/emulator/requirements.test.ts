import { readFileSync } from "node:fs";
import { NEWEST_EXCEL_API } from "../../src/emulator/requirements";
import { codeOf, emulate } from "./support";

/**
 * Requirement sets as the emulator enforces them: the library's own metadata (its
 * throwIfApiNotSupported calls, switched on) plus a short table for what depends on an argument.
 * Each case names the member's reference page (learn.microsoft.com/javascript/api/excel/…),
 * whose remarks give its set.
 */
type Use = (context: Excel.RequestContext) => void;

const MEMBERS: [string, string, Use][] = [
  // excel.worksheet getUsedRange: "valuesOnly … [Api set: ExcelApi 1.2]"
  [
    "Worksheet.getUsedRange(valuesOnly)",
    "1.2",
    (c) => void c.workbook.worksheets.getItem("S").getUsedRange(true).load("address"),
  ],
  // excel.worksheet visibility: "1.1 for reading visibility; 1.2 for setting it"
  [
    "Worksheet.visibility (set)",
    "1.2",
    (c) => void (c.workbook.worksheets.getItem("S").visibility = "Visible"),
  ],
  [
    "RangeFormat.autofitColumns",
    "1.2",
    (c) => c.workbook.worksheets.getItem("S").getRange("A1").format.autofitColumns(),
  ],
  [
    "Range.hyperlink",
    "1.7",
    (c) => void c.workbook.worksheets.getItem("S").getRange("A1").load("hyperlink"),
  ],
  [
    "Range.style",
    "1.7",
    (c) => void c.workbook.worksheets.getItem("S").getRange("A1").load("style"),
  ],
  [
    "Worksheet.freezePanes",
    "1.7",
    (c) => c.workbook.worksheets.getItem("S").freezePanes.freezeRows(1),
  ],
  ["Workbook.comments", "1.10", (c) => void c.workbook.comments.load("items")],
  [
    "Worksheet.comments",
    "1.10",
    (c) => void c.workbook.worksheets.getItem("S").comments.load("items"),
  ],
  ["NamedItemCollection.add", "1.4", (c) => void c.workbook.names.add("金额", "=S!$A$1")],
  ["NamedItem.formula", "1.7", (c) => void c.workbook.names.getItem("Seeded").load("formula")],
  [
    "Worksheet.customProperties",
    "1.12",
    (c) => c.workbook.worksheets.getItem("S").customProperties.add("k", "v"),
  ],
  [
    "Workbook.customXmlParts",
    "1.5",
    (c) => void c.workbook.customXmlParts.add("<a xmlns='urn:x'/>"),
  ],
  [
    "RangeFill.tintAndShade",
    "1.9",
    (c) => void c.workbook.worksheets.getItem("S").getRange("A1").format.fill.load("tintAndShade"),
  ],
  [
    "RangeFill.pattern",
    "1.9",
    (c) => void c.workbook.worksheets.getItem("S").getRange("A1").format.fill.load("pattern"),
  ],
  [
    "Range.getCellProperties",
    "1.9",
    (c) =>
      void c.workbook.worksheets.getItem("S").getRange("A1").getCellProperties({ address: true }),
  ],
  [
    "Range.getMergedAreasOrNullObject (RangeAreas)",
    "1.13",
    (c) =>
      void c.workbook.worksheets
        .getItem("S")
        .getRange("A1")
        .getMergedAreasOrNullObject()
        .load("address"),
  ],
  ["WorksheetCollection.getCount", "1.4", (c) => void c.workbook.worksheets.getCount()],
  [
    "WorksheetCollection.getItemOrNullObject",
    "1.4",
    (c) => void c.workbook.worksheets.getItemOrNullObject("S").load("name"),
  ],
  [
    "Range.dataValidation",
    "1.8",
    (c) => void c.workbook.worksheets.getItem("S").getRange("A1").dataValidation.load("type"),
  ],
  [
    "Workbook.insertWorksheetsFromBase64",
    "1.13",
    (c) => void c.workbook.insertWorksheetsFromBase64(""),
  ],
  [
    "Application.suspendApiCalculationUntilNextSync",
    "1.6",
    (c) => c.workbook.application.suspendApiCalculationUntilNextSync(),
  ],
  // excel.clearapplyto: Hyperlinks 1.7
  [
    'Range.clear("Hyperlinks")',
    "1.7",
    (c) => c.workbook.worksheets.getItem("S").getRange("A1").clear("Hyperlinks"),
  ],
];

const below = (version: string) => {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor - 1}`;
};

async function attempt(version: string, use: Use) {
  const excel = emulate({ sheets: ["S"], requirementSets: { ExcelApi: version } });
  excel.workbook.names.set("Seeded", {
    name: "Seeded",
    reference: { formula: "=1" },
    visible: true,
    comment: "",
  });
  return codeOf(
    excel.run(async (context) => {
      use(context);
      await context.sync();
    })
  );
}

describe("requirement sets: a member works from its set on and fails below it with ApiNotFound", () => {
  it.each(MEMBERS)("%s needs ExcelApi %s", async (_name, version, use) => {
    expect(await attempt(below(version), use)).toBe("ApiNotFound");
    expect(await attempt(version, use)).not.toBe("ApiNotFound");
  });

  it("gates each collection's getItemOrNullObject by its own class, not by the bare name", async () => {
    // excel.commentcollection getItemOrNullObject: ExcelApi 1.14; excel.worksheetcollection: 1.4.
    const comments: Use = (c) => void c.workbook.comments.getItemOrNullObject("x").load("id");
    expect(await attempt("1.13", comments)).toBe("ApiNotFound");
    expect(await attempt("1.14", comments)).toBe("ok");
    // excel.customxmlpartcollection getItemOrNullObject: ExcelApi 1.5 (the class's own set).
    expect(
      await attempt(
        "1.5",
        (c) => void c.workbook.customXmlParts.getItemOrNullObject("x").load("id")
      )
    ).toBe("ok");
    // excel.worksheetcustompropertycollection getItemOrNullObject: ExcelApi 1.12.
    const properties: Use = (c) =>
      void c.workbook.worksheets
        .getItem("S")
        .customProperties.getItemOrNullObject("k")
        .load("value");
    expect(await attempt("1.11", properties)).toBe("ApiNotFound");
    expect(await attempt("1.12", properties)).toBe("ok");
  });

  it("fails a call above the host's sets in the library itself, before any request is sent", async () => {
    const excel = emulate({ sheets: ["S"], requirementSets: { ExcelApi: "1.8" } });
    const before = excel.stats.requests;
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .getCellProperties({ address: true });
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
    expect(excel.stats.syncs).toBe(0);
    expect(excel.stats.requests - before).toBeLessThanOrEqual(1); // at most Excel.run's release
  });

  it("defaults to the newest ExcelApi set @types/office-js describes", () => {
    const types = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
    const newest = [...types.matchAll(/ExcelApi (\d+)\.(\d+)/g)]
      .map((m) => [Number(m[1]), Number(m[2])])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .at(-1)!;
    expect(NEWEST_EXCEL_API).toBe(newest.join("."));
    const { Office } = emulate();
    expect(Office.context.requirements.isSetSupported("ExcelApi", NEWEST_EXCEL_API)).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.99")).toBe(false);
  });

  it("answers isSetSupported from the options: Excel 2019 is ExcelApi 1.8", () => {
    const { Office } = emulate({ requirementSets: { ExcelApi: "1.8" } });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
  });
});
