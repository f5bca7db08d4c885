import { selfTest, selfTestText, type SelfTestResult } from "../../src/excel";
import { PROMPT_TITLE } from "../../src/excel/markPrompts";
import { createEmulatedExcel, type EmulatorOptions } from "../../src/emulator";
import { invalidOperation } from "../../src/emulator/errors";
import { TYPES } from "../../src/emulator/types";
import { sampleGrid } from "../support/sampleGrid";
import { useHost, type Host } from "./host";
import { workbookState } from "./state";
import { seedGrid } from "./workbook";

// 自检's probes are there to tell hosts unlike the emulator apart (docs/field-test.md): each test
// here makes the emulator behave like one such host and reads the probe's verdict both ways.

function personsWorkbook(options: EmulatorOptions = {}): Host {
  const host = useHost(createEmulatedExcel({ sheets: ["sample"], ...options }));
  seedGrid(host.workbook, sampleGrid());
  return host;
}

/** Replace one member of a table for one test; returns how to put it back. */
function replace<T extends object, K extends keyof T>(table: T, key: K, value: T[K]) {
  const original = table[key];
  table[key] = value;
  return () => void (table[key] = original);
}

/** Run 自检 with a part of the host changed, putting it back afterwards. */
async function selfTestWith(patch: () => () => void): Promise<SelfTestResult> {
  const restore = patch();
  try {
    return await selfTest();
  } finally {
    restore();
  }
}

const item = (result: SelfTestResult, id: string) => result.results.find((r) => r.id === id)!;
const failed = (result: SelfTestResult) =>
  result.results.filter((r) => !r.ok).map((r) => `${r.id}: ${r.actual}`);

describe("自检 tells where it ran, as Office says it", () => {
  it("names the platform, the build and the language of a host that gives them", async () => {
    personsWorkbook({
      diagnostics: { platform: "OfficeOnline", version: "16.0.18324.42010" },
      displayLanguage: "zh-CN",
    });
    const result = await selfTest();
    expect(result.environment).toEqual({
      platform: "OfficeOnline",
      version: "16.0.18324.42010",
      excelApi: "1.21",
      language: "zh-CN",
    });
    expect(selfTestText(result).split("\n")[1]).toBe(
      "platform OfficeOnline, version 16.0.18324.42010, ExcelApi 1.21, language zh-CN"
    );
  });

  it("says unknown for what an older host leaves out", async () => {
    personsWorkbook({ requirementSets: { ExcelApi: "1.8" } });
    const result = await selfTest();
    expect(selfTestText(result).split("\n")[1]).toBe(
      "platform unknown, version unknown, ExcelApi 1.8, language unknown"
    );
  });
});

describe("自检 on an Office with no Excel API at all", () => {
  it("says none, and stops at its first item", async () => {
    personsWorkbook({ requirementSets: {} });
    const result = await selfTest();
    expect(result.environment.excelApi).toBe("none");
    expect(result.results.map((r) => `${r.id}: ${r.actual}`)).toEqual([
      "sheet.add: error: ApiNotFound",
    ]);
  });
});

describe("a probe failing with an error that has no Excel code", () => {
  it("reports the error's own words", async () => {
    const host = personsWorkbook();
    const result = await selfTestWith(() =>
      replace(host.Office.context.document.settings, "set", () => {
        throw new Error("settings are read-only");
      })
    );
    expect(failed(result)).toEqual(["settings.roundTrip: error: Error: settings are read-only"]);
  });
});

describe("自检's request-limit probe", () => {
  it("on Excel on the web: a request over 5 MB refused, as the add-in expects", async () => {
    personsWorkbook({ diagnostics: { platform: "OfficeOnline", version: "16.0" } });
    const result = await selfTest();
    expect(item(result, "requestLimit")).toEqual({
      id: "requestLimit",
      ok: true,
      expected: "refused over 5 MB",
      actual: "refused over 5 MB",
    });
  });

  it("on Excel on the web that takes such a request: fails, saying it was accepted", async () => {
    personsWorkbook({
      diagnostics: { platform: "OfficeOnline", version: "16.0" },
      payloadLimit: null,
    });
    expect(failed(await selfTest())).toEqual(["requestLimit: accepted over 5 MB"]);
  });

  it("where Office does not say where it runs: taken as the web, and an acceptance said as one", async () => {
    personsWorkbook({ payloadLimit: null });
    expect(failed(await selfTest())).toEqual(["requestLimit: accepted over 5 MB"]);
  });

  it.each([
    ["takes the request", null],
    ["refuses it", undefined],
  ])("on a desktop Excel that %s: passes either way", async (_what, payloadLimit) => {
    personsWorkbook({ diagnostics: { platform: "PC", version: "16.0" }, payloadLimit });
    const result = await selfTest();
    expect(failed(result)).toEqual([]);
    expect(item(result, "requestLimit").expected).toBe("accepted or refused");
  });

  it("Excel refusing the write for another reason: its code, not a verdict on the limit", async () => {
    personsWorkbook({ diagnostics: { platform: "PC", version: "16.0" }, payloadLimit: null });
    const setValues = TYPES.range.set!.values!;
    const result = await selfTestWith(() =>
      replace(TYPES.range.set!, "values", (range, value, host) => {
        if (range.area.left === 7 && range.area.bottom === 199)
          throw invalidOperation("The cells are locked.");
        return setValues(range, value, host);
      })
    );
    expect(failed(result)).toEqual(["requestLimit: error: InvalidOperation"]);
  });
});

describe("自检 on hosts older than the manifest asks for", () => {
  it.each([
    ["1.7", ["comment.thread", "prompt.setBlank", "validation.read", "insertWorksheets"]],
    [
      "1.6",
      ["comment.thread", "prompt.setBlank", "validation.read", "insertWorksheets", "changeEvent"],
    ],
  ])(
    "ExcelApi %s: what it lacks is skipped and named, the rest passes",
    async (version, skipped) => {
      personsWorkbook({ requirementSets: { ExcelApi: version } });
      const result = await selfTest();
      expect(failed(result)).toEqual([]);
      const needs: Record<string, string> = {
        "comment.thread": "comments",
        "prompt.setBlank": "dataValidation",
        "validation.read": "dataValidation",
        insertWorksheets: "insertWorksheets",
        changeEvent: "changeEvents",
      };
      expect(
        result.results.filter((r) => r.actual.startsWith("skipped")).map((r) => [r.id, r.actual])
      ).toEqual(skipped.map((id) => [id, `skipped: needs ${needs[id]}`]));
    }
  );
});

type Patch = () => () => void;
const methods = TYPES.range.methods!;

/** Hosts that each get one behaviour wrong, and what 自检 then reports of it. */
const WRONG: [host: string, patch: Patch, report: string][] = [
  [
    "finds no merged area where it merged one",
    () => replace(methods, "getMergedAreasOrNullObject", () => null),
    "merge.read: none",
  ],
  [
    "keeps a conditional format it was told to delete",
    () => replace(TYPES.conditionalFormat.methods!, "delete", () => undefined),
    "conditionalFormat.ours: found 1, left 1",
  ],
  [
    "drops a comment's reply",
    () => {
      const add = TYPES.replies.methods!.add;
      return replace(TYPES.replies.methods!, "add", (r, args, host) => {
        const added = add(r, args, host);
        (r as { comment: { replies: unknown[] } }).comment.replies.pop();
        return added;
      });
    },
    "comment.thread: ours, 0 reply, 0 left",
  ],
  [
    "keeps a comment it was told to delete",
    () => replace(TYPES.comment.methods!, "delete", () => undefined),
    "comment.thread: ours, 1 reply, 1 left",
  ],
  [
    "keeps no prompt",
    () => replace(TYPES.dataValidation.set!, "prompt", () => undefined),
    "prompt.setBlank: hidden - - → hidden - -",
  ],
  [
    "keeps a prompt's message and shows it when told to blank it",
    () => {
      const set = TYPES.dataValidation.set!.prompt!;
      return replace(TYPES.dataValidation.set!, "prompt", (v, value, host) =>
        (value as { title: string }).title === "" ? undefined : set(v, value, host)
      );
    },
    `prompt.setBlank: shown ${PROMPT_TITLE} 自检 → shown ${PROMPT_TITLE} 自检`,
  ],
  [
    "keeps no validation rule",
    () => replace(TYPES.dataValidation.set!, "rule", () => undefined),
    "validation.read: None",
  ],
  [
    "keeps a list without its drop-down",
    () => {
      const set = TYPES.dataValidation.set!.rule!;
      return replace(TYPES.dataValidation.set!, "rule", (v, value, host) =>
        set(v, { list: { ...(value as { list: object }).list, inCellDropDown: false } }, host)
      );
    },
    "validation.read: List: 甲,乙",
  ],
  [
    "adds no custom XML part",
    () =>
      replace(TYPES.customXmlParts.methods!, "add", (_c, [xml]) => ({
        kind: "customXmlPart",
        part: { id: "{0}", namespaceUri: "", xml: String(xml) },
      })),
    "record.readWrite: none → none → none",
  ],
  [
    "keeps a custom XML part it was told to delete",
    () => replace(TYPES.customXmlPart.methods!, "delete", () => undefined),
    "record.readWrite: none → 1 → left",
  ],
  [
    "answers a part's XML without its text",
    () => replace(TYPES.customXmlPart.methods!, "getXml", () => "<probe/>"),
    "record.readWrite: none → ? → none",
  ],
  [
    "keeps a sheet it inserted from a file",
    () => {
      const remove = TYPES.worksheet.methods!.delete;
      return replace(TYPES.worksheet.methods!, "delete", (w, args, host) =>
        (w as { sheet: { name: string } }).sheet.name === "PerfTargetsSelfTestInsert"
          ? undefined
          : remove(w, args, host)
      );
    },
    "insertWorksheets: inserted ok, kept",
  ],
  [
    "keeps the temporary sheet it was told to delete",
    () => {
      const remove = TYPES.worksheet.methods!.delete;
      return replace(TYPES.worksheet.methods!, "delete", (w, args, host) =>
        (w as { sheet: { name: string } }).sheet.name === "PerfTargetsSelfTest2"
          ? undefined
          : remove(w, args, host)
      );
    },
    "sheet.renameDelete: renamed, kept",
  ],
  [
    "renames no sheet",
    () => replace(TYPES.worksheet.set!, "name", () => undefined),
    "sheet.renameDelete: named PerfTargetsSelfTest, deleted",
  ],
];

describe("自检 on a host that gets one behaviour wrong reports what came back", () => {
  it.each(WRONG)("a host that %s", async (_host, patch, report) => {
    personsWorkbook();
    expect(failed(await selfTestWith(patch))).toEqual([report]);
  });
});

describe("自检's fill probe reads a cell's fill the way the add-in does on that Excel", () => {
  // From ExcelApi 1.9 the add-in reads looks with getCellProperties; before, with format.fill.
  const noCellProperties: Patch = () =>
    replace(methods, "getCellProperties", (_r, _args) => [[{ format: { fill: {} } }]]);

  it.each([
    ["Excel 2019 (ExcelApi 1.8)", { ExcelApi: "1.8" }, []],
    ["ExcelApi 1.9", { ExcelApi: "1.9" }, ["cellProperties.fill: UNDEFINED"]],
    ["the newest Excel", undefined, ["cellProperties.fill: UNDEFINED"]],
  ])("on %s, getCellProperties answering no fill", async (_name, requirementSets, report) => {
    personsWorkbook({ requirementSets });
    expect(failed(await selfTestWith(noCellProperties))).toEqual(report);
  });

  it.each([
    ["Excel 2019 (ExcelApi 1.8)", { ExcelApi: "1.8" }],
    ["the newest Excel", undefined],
  ])("on %s, a colour answered in small letters is the same colour", async (_name, sets) => {
    personsWorkbook({ requirementSets: sets });
    const read = TYPES.rangeFill.get!.color!;
    const cellProperties = methods.getCellProperties;
    const lower: Patch = () => {
      const undoFill = replace(TYPES.rangeFill.get!, "color", (f, host) =>
        String(read(f, host)).toLowerCase()
      );
      const undoProperties = replace(methods, "getCellProperties", (r, args, host) =>
        JSON.parse(JSON.stringify(cellProperties(r, args, host)).toLowerCase())
      );
      return () => (undoFill(), undoProperties());
    };
    const result = await selfTestWith(lower);
    expect(item(result, "cellProperties.fill")).toMatchObject({ ok: true, actual: "#FFC7CE" });
  });
});

describe("自检's change-event probe", () => {
  /** A host that says its events for the add-in's own writes of one kind came from someone else. */
  const foreign =
    (host: Host, what: string): Patch =>
    () => {
      const changed = host.workbook.changed.bind(host.workbook);
      return replace(host.workbook, "changed", (change) =>
        changed(change.what === what ? { ...change, by: {} } : change)
      );
    };

  it.each([
    ["ExcelApi 1.10", { ExcelApi: "1.10" }],
    ["ExcelApi 1.13", { ExcelApi: "1.13" }],
    ["the newest Excel", undefined],
  ])(
    "on %s where formats raise the event too, takes every event of its marks as ours",
    async (_name, requirementSets) => {
      personsWorkbook({ requirementSets, formatChangeEvents: true });
      expect(failed(await selfTest())).toEqual([]);
    }
  );

  it("on the newest Excel, an event of its marks' comment said to be someone else's", async () => {
    const host = personsWorkbook();
    expect(failed(await selfTestWith(foreign(host, "comments")))).toEqual([
      "changeEvent: value heard, 1 not ours",
    ]);
  });

  it("on the newest Excel, an event of its marks' format said to be someone else's", async () => {
    const host = personsWorkbook({ formatChangeEvents: true });
    expect(failed(await selfTestWith(foreign(host, "formats")))).toEqual([
      "changeEvent: value heard, 1 not ours",
    ]);
  });

  it("a host that raises no event: not heard", async () => {
    const host = personsWorkbook();
    expect(failed(await selfTestWith(() => (host.detach(), () => undefined)))).toEqual([
      "changeEvent: value not heard, marks ours",
    ]);
  });
});

describe("自检 leaves nothing behind", () => {
  it("an earlier run's temporary sheet, very hidden, is taken away first, and the run passes", async () => {
    const host = personsWorkbook();
    const before = JSON.stringify(workbookState(host.workbook));
    const stale = host.workbook.addSheet("PerfTargetsSelfTest");
    stale.visibility = "VeryHidden";
    const result = await selfTest();
    expect(failed(result)).toEqual([]);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });

  it("no document setting of its own", async () => {
    const host = personsWorkbook();
    await selfTest();
    expect(host.Office.context.document.settings.get("perfTargets.selfTest")).toBeNull();
  });
});

describe("自检's text, to paste into an email", () => {
  it("counts what failed and marks each failed line", async () => {
    const host = personsWorkbook();
    const result = await selfTestWith(() => (host.detach(), () => undefined));
    const lines = selfTestText(result).split("\n");
    expect(lines[0]).toBe("perf-targets 自检 / self-test: 1 项未通过 / failed");
    expect(lines.filter((line) => line.startsWith("FAIL"))).toEqual([
      "FAIL changeEvent: expected value heard, marks ours; got value not heard, marks ours",
    ]);
    expect(lines.filter((line) => line.startsWith("OK   "))).toHaveLength(
      result.results.length - 1
    );
  });
});
