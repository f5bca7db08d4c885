import { selfTest, selfTestText } from "../../src/excel";
import { TYPES } from "../../src/emulator/types";
import { invalidArgument } from "../../src/emulator/errors";
import { createEmulatedExcel } from "../../src/emulator";
import { sampleGrid } from "../support/sampleGrid";
import { useHost, type Host } from "./host";
import { workbookState } from "./state";
import { seedGrid } from "./workbook";

const SETS = [
  { name: "Excel 2019 (ExcelApi 1.8)", requirementSets: { ExcelApi: "1.8" } },
  { name: "ExcelApi 1.10", requirementSets: { ExcelApi: "1.10" } },
  { name: "the newest Excel", requirementSets: undefined },
];

function personsWorkbook(requirementSets?: Record<string, string>): Host {
  const host = useHost(createEmulatedExcel({ sheets: ["sample"], requirementSets }));
  seedGrid(host.workbook, sampleGrid());
  host.workbook.addComment("sample!B7", "请核对");
  return host;
}

describe.each(SETS)("自检 on $name", ({ requirementSets }) => {
  it("passes every item and leaves the workbook exactly as it was", async () => {
    const host = personsWorkbook(requirementSets);
    const before = JSON.stringify(workbookState(host.workbook));
    const result = await selfTest();
    expect(result.results.filter((r) => !r.ok)).toEqual([]);
    expect(result.results.map((r) => r.id)).toEqual([
      "sheet.add",
      "values.roundTrip",
      "merge.read",
      "conditionalFormat.ours",
      "comment.thread",
      "prompt.setBlank",
      "validation.read",
      "cellProperties.fill",
      "insertWorksheets",
      "settings.roundTrip",
      "record.readWrite",
      "changeEvent",
      "requestLimit",
      "sheet.renameDelete",
    ]);
    expect(result.environment.excelApi).toBe(requirementSets?.ExcelApi ?? "1.21");
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
    expect(selfTestText(result)).toContain(`ExcelApi ${result.environment.excelApi}`);
    // Pasted into an email: a line for the verdict, one for the environment, one for each item.
    const lines = selfTestText(result).split("\n");
    expect(lines[0]).toBe("perf-targets 自检 / self-test: 全部通过 / all passed");
    expect(lines.slice(2)).toEqual(
      result.results.map((r) => `OK   ${r.id}: expected ${r.expected}; got ${r.actual}`)
    );
  });
});

type Patch = (host: Host) => () => void;

/** Replace one member of the emulator's host types for one test; returns how to put it back. */
function replace<T extends object, K extends keyof T>(table: T, key: K, value: T[K]) {
  const original = table[key];
  table[key] = value;
  return () => void (table[key] = original);
}

const BROKEN: [id: string, patch: Patch][] = [
  ["values.roundTrip", () => replace(TYPES.range.get!, "numberFormat", () => [["General"]])],
  ["merge.read", () => replace(TYPES.range.methods!, "getMergedAreasOrNullObject", () => null)],
  ["conditionalFormat.ours", () => replace(TYPES.cfRule.get!, "formula", () => "=TRUE")],
  ["comment.thread", () => replace(TYPES.comment.get!, "content", () => "别人的批注")],
  ["prompt.setBlank", () => replace(TYPES.dataValidation.set!, "prompt", () => undefined)],
  ["validation.read", () => replace(TYPES.dataValidation.get!, "type", () => "None")],
  ["cellProperties.fill", () => replace(TYPES.rangeFill.set!, "color", () => undefined)],
  [
    "insertWorksheets",
    (host) => replace(host.workbook, "parseWorkbook", async () => Promise.reject(new Error("x"))),
  ],
  [
    "settings.roundTrip",
    (host) => replace(host.Office.context.document.settings, "get", () => null),
  ],
  ["record.readWrite", () => replace(TYPES.customXmlPart.methods!, "getXml", () => "<probe/>")],
  ["changeEvent", (host) => (host.detach(), () => undefined)],
  [
    "requestLimit",
    () => {
      const big = createEmulatedExcel({ sheets: ["sample"], payloadLimit: null });
      useHost(big);
      return () => undefined;
    },
  ],
  ["sheet.renameDelete", () => replace(TYPES.worksheet.set!, "name", () => undefined)],
];

describe("自检 names exactly the behaviour that is broken", () => {
  it.each(BROKEN)("%s", async (id, patch) => {
    const host = personsWorkbook();
    const restore = patch(host);
    try {
      const result = await selfTest();
      expect(result.results.filter((r) => !r.ok).map((r) => r.id)).toEqual([id]);
    } finally {
      restore();
    }
  });
});

describe("自检's report of a failed item says what came back", () => {
  const failed = async (patch: Patch) => {
    const host = personsWorkbook();
    const restore = patch(host);
    try {
      return (await selfTest()).results.filter((r) => !r.ok);
    } finally {
      restore();
    }
  };

  it("Excel's code where Excel refused the call", async () => {
    const refused = await failed(() =>
      replace(TYPES.dataValidation.set!, "rule", () => {
        throw invalidArgument();
      })
    );
    expect(refused).toEqual([
      {
        id: "validation.read",
        ok: false,
        expected: "List: 甲,乙, drop-down",
        actual: "error: InvalidArgument",
      },
    ]);
  });

  it("someone else's comment where ours was expected", async () => {
    const other = await failed(() => replace(TYPES.comment.get!, "content", () => "别人的批注"));
    expect(other.map((r) => r.actual)).toEqual(["content 别人的批注, 1 reply, 0 left"]);
  });

  it("an Office with no document settings (a host that keeps none)", async () => {
    const none = await failed((host) =>
      replace(host.Office.context, "document", undefined as never)
    );
    expect(none.map((r) => `${r.id}: ${r.actual}`)).toEqual([
      "settings.roundTrip: no document settings",
    ]);
  });
});

describe("自检 where Excel cannot hide its temporary sheet", () => {
  it("says so, tries nothing else, and leaves the workbook exactly as it was", async () => {
    const host = personsWorkbook();
    const before = JSON.stringify(workbookState(host.workbook));
    const setVisibility = TYPES.worksheet.set!.visibility!;
    const restore = replace(TYPES.worksheet.set!, "visibility", (sheet, value, h) => {
      if (value === "VeryHidden") throw invalidArgument();
      return setVisibility(sheet, value, h);
    });
    try {
      const { results } = await selfTest();
      expect(results).toEqual([
        { id: "sheet.add", ok: false, expected: "VeryHidden", actual: "error: InvalidArgument" },
      ]);
    } finally {
      restore();
    }
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["sample"]);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });
});
