import { localAddress } from "./addresses";
import type { Capabilities, Feature } from "./features";
import { MARK_TAG, PROMPT_TITLE, markFormula, ourFormats, queueFormats } from "./marks";
import { duringOwnWrite } from "./ownWrites";
import { TINY_XLSX_BASE64 } from "./selfTestFile";

/** Where a self-test ran (selfTest.ts describes it; a probe's expectation may depend on it). */
export interface SelfTestEnvironment {
  platform: string;
  version: string;
  /** The highest ExcelApi set this Excel supports. */
  excelApi: string;
  language: string;
}

/** One behaviour the add-in relies on: what it needs, what must come back, how to try it. */
export interface Probe {
  id: string;
  needs?: Feature;
  expected(caps: Capabilities, environment: SelfTestEnvironment): string;
  /** Try it on the named temporary sheet; the answer in the same words as `expected`. */
  run(sheet: string, caps: Capabilities, environment: SelfTestEnvironment): Promise<string>;
}

type Body = (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<string>;
const onSheet = (name: string, body: Body) =>
  Excel.run((context) => body(context.workbook.worksheets.getItem(name), context));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const values: Probe = {
  id: "values.roundTrip",
  expected: () => '["文本",0.125,true] 0.0% 12.5%',
  run: (name) =>
    onSheet(name, async (sheet, context) => {
      const row = sheet.getRange("A1:C1");
      row.values = [["文本", 0.125, true]];
      sheet.getRange("B1").numberFormat = [["0.0%"]];
      const cell = sheet.getRange("B1");
      // Stryker disable next-line StringLiteral: Office.js loads every property for an empty list, the values among them
      row.load("values");
      // Stryker disable next-line StringLiteral: likewise, the number format and text among them
      cell.load("numberFormat, text");
      await context.sync();
      return `${JSON.stringify(row.values[0])} ${cell.numberFormat[0][0]} ${cell.text[0][0]}`;
    }),
};

const merges: Probe = {
  id: "merge.read",
  expected: (caps) => (caps.mergedAreas ? "A3:B3" : '["合并",""]'),
  run: (name, caps) =>
    onSheet(name, async (sheet, context) => {
      const area = sheet.getRange("A3:B3");
      // B3 of the new sheet is empty: the merge keeps A3's value, as Excel keeps the top-left one.
      sheet.getRange("A3").values = [["合并"]];
      // Stryker disable next-line BooleanLiteral: merged across, a one-row area is merged all the same
      area.merge(false);
      if (!caps.mergedAreas) {
        // Stryker disable next-line StringLiteral: Office.js loads every property for an empty list, the values among them
        area.load("values");
        await context.sync();
        return JSON.stringify(area.values[0]);
      }
      const found = sheet.getRange("A1:D4").getMergedAreasOrNullObject();
      // Stryker disable next-line StringLiteral: Office.js loads every property for an empty list, the address among them
      found.load("address");
      await context.sync();
      return found.isNullObject ? "none" : localAddress(found.address);
    }),
};

const conditionalFormats: Probe = {
  id: "conditionalFormat.ours",
  expected: () => "found 1, left 0",
  run: (name) =>
    onSheet(name, async (sheet, context) => {
      const format = sheet
        .getRange("D1")
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = markFormula("error");
      // Stryker disable next-line StringLiteral: a mark's look, which the add-in never reads to know its marks (only the formula)
      format.custom.format.fill.color = "#FFC7CE";
      const loaded = queueFormats(sheet);
      await context.sync();
      // Stryker disable next-line BooleanLiteral: markFormula("error") undoes no prompt, so there is none to verify
      const ours = await ourFormats(loaded, { verifyPrompts: false });
      for (const mark of ours) mark.format.delete();
      const after = queueFormats(sheet);
      await context.sync();
      // Stryker disable next-line BooleanLiteral: as above, no prompt to verify
      return `found ${ours.length}, left ${(await ourFormats(after, { verifyPrompts: false })).length}`;
    }),
};

const comments: Probe = {
  id: "comment.thread",
  needs: "comments",
  expected: () => "ours, 1 reply, 0 left",
  run: (name) =>
    onSheet(name, async (sheet, context) => {
      const comment = sheet.comments.add(sheet.getRange("D2"), `${MARK_TAG}\n自检`);
      // Stryker disable next-line StringLiteral: any reply; the probe counts the replies a deleted thread takes with it
      comment.replies.add(`${MARK_TAG}\n回复`);
      const found = sheet.comments.getItemByCell(sheet.getRange("D2"));
      // Stryker disable next-line StringLiteral: Office.js loads every property for an empty list, the content among them
      found.load("content");
      // Stryker disable next-line StringLiteral: likewise, every reply's properties
      found.replies.load("items/content");
      await context.sync();
      const ours = found.content.startsWith(MARK_TAG) ? "ours" : `content ${found.content}`;
      const replies = found.replies.items.length;
      found.delete();
      const left = sheet.comments.getCount();
      await context.sync();
      // A ClientResult is filled by the sync; it has nothing to load.
      // eslint-disable-next-line office-addins/load-object-before-read
      return `${ours}, ${replies} reply, ${left.value} left`;
    }),
};

/** A cell's prompt as the add-in tells one (markPrompts.ts): shown or not, its title, its message. */
const promptText = (prompt: Excel.DataValidationPrompt | undefined) =>
  [prompt?.showPrompt ? "shown" : "hidden", prompt?.title || "-", prompt?.message || "-"].join(" ");

const prompts: Probe = {
  id: "prompt.setBlank",
  needs: "dataValidation",
  expected: () => `shown ${PROMPT_TITLE} 自检 → hidden - -`,
  run: (name) =>
    onSheet(name, async (sheet, context) => {
      const validation = sheet.getRange("E1").dataValidation;
      validation.prompt = { showPrompt: true, title: PROMPT_TITLE, message: "自检" };
      validation.load("prompt");
      await context.sync();
      const set = promptText(validation.prompt);
      validation.prompt = { showPrompt: false, title: "", message: "" };
      validation.load("prompt");
      await context.sync();
      return `${set} → ${promptText(validation.prompt)}`;
    }),
};

/** The drop-down lists of the levels: a list rule's type, source and drop-down read back. */
const validationRead: Probe = {
  id: "validation.read",
  needs: "dataValidation",
  expected: () => "List: 甲,乙, drop-down",
  run: (name) =>
    onSheet(name, async (sheet, context) => {
      const validation = sheet.getRange("E2").dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      validation.load("type, rule");
      await context.sync();
      const list = validation.rule.list;
      if (!list) return validation.type;
      return `${validation.type}: ${list.source}${list.inCellDropDown ? ", drop-down" : ""}`;
    }),
};

const fill: Probe = {
  id: "cellProperties.fill",
  expected: () => "#FFC7CE",
  run: (name) =>
    onSheet(name, async (sheet, context) => {
      const cell = sheet.getRange("F1");
      cell.format.fill.color = "#FFC7CE";
      if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
        const properties = cell.getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
        // Stryker disable next-line OptionalChaining: Excel answers the format and fill asked for
        // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult
        return String(properties.value[0][0].format?.fill?.color).toUpperCase();
      }
      cell.load("format/fill/color");
      await context.sync();
      return String(cell.format.fill.color).toUpperCase();
    }),
};

const insertSheets: Probe = {
  id: "insertWorksheets",
  needs: "insertWorksheets",
  expected: () => "inserted ok, deleted",
  run: () =>
    Excel.run(async (context) => {
      // Stryker disable next-line ObjectLiteral: wherever it goes, the sheet is found by its id and deleted
      const ids = context.workbook.insertWorksheetsFromBase64(TINY_XLSX_BASE64, {
        positionType: Excel.WorksheetPositionType.end,
      });
      await context.sync();
      const inserted = context.workbook.worksheets.getItem(ids.value[0]);
      const a1 = inserted.getRange("A1");
      // Stryker disable next-line StringLiteral: Office.js loads every property for an empty list, the values among them
      a1.load("values");
      await context.sync();
      inserted.delete();
      const gone = context.workbook.worksheets.getItemOrNullObject(ids.value[0]);
      await context.sync();
      return `inserted ${String(a1.values[0][0])}, ${gone.isNullObject ? "deleted" : "kept"}`;
    }),
};

const settings: Probe = {
  id: "settings.roundTrip",
  expected: () => "自检",
  async run() {
    const store = Office.context.document?.settings;
    if (!store) return "no document settings";
    // Never saved: saveAsync would clear the person's undo (office-js #3141).
    store.set("perfTargets.selfTest", "自检");
    const back = String(store.get("perfTargets.selfTest"));
    store.remove("perfTargets.selfTest");
    return back;
  },
};

/** A namespace of the self-test's own, so the workbook's real records are never touched. */
const PROBE_NAMESPACE = "urn:perf-targets:self-test:1";

/**
 * The marks' record is read with the first read of every check and clear, where there may be no
 * record yet: asking a null object for its XML must not fail the batch (markRecord.ts).
 */
const record: Probe = {
  id: "record.readWrite",
  expected: () => "none → 1 → none",
  run: () =>
    Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const read = () => {
        const part = parts.getByNamespace(PROBE_NAMESPACE).getOnlyItemOrNullObject();
        // Stryker disable next-line StringLiteral: Office.js loads every property for an empty list, the id among them
        part.load("id");
        return { part, xml: part.getXml() };
      };
      const none = read();
      await context.sync();
      // Its XML is not read when there is no part: the call on a null object answers nothing.
      const first = none.part.isNullObject ? "none" : "a part";
      parts.add(`<probe xmlns="${PROBE_NAMESPACE}">1</probe>`);
      const one = read();
      await context.sync();
      // Stryker disable next-line Regex: the part's XML is the one written, its one digit alone between > and <
      const second = one.part.isNullObject ? "none" : (/>(\d)</.exec(one.xml.value)?.[1] ?? "?");
      if (!one.part.isNullObject) one.part.delete();
      const gone = read();
      await context.sync();
      return `${first} → ${second} → ${gone.part.isNullObject ? "none" : "left"}`;
    }),
};

/**
 * The change event: heard for a value write, and every event our marks raise is recognised as
 * ours (triggerSource from 1.14; the time of our own operation before it).
 */
const changeEvent: Probe = {
  id: "changeEvent",
  needs: "changeEvents",
  expected: () => "value heard, marks ours",
  run: (name) =>
    onSheet(name, async (sheet, context) => {
      const heard: Excel.WorksheetChangedEventArgs[] = [];
      const handler = sheet.onChanged.add(async (event) => void heard.push(event));
      await context.sync();
      sheet.getRange("G1").values = [["变"]];
      await context.sync();
      for (let i = 0; i < 40 && heard.length === 0; i++) await wait(50);
      const value = heard.some((e) => e.address === "G1") ? "value heard" : "value not heard";
      heard.length = 0;
      const mark = sheet.getRange("G2").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      // Stryker disable next-line StringLiteral: a mark of any kind raises the same event
      mark.custom.rule.formula = markFormula("error");
      if (Office.context.requirements.isSetSupported("ExcelApi", "1.10"))
        // Stryker disable next-line StringLiteral: any text; the probe listens to the event a comment raises
        sheet.comments.add(sheet.getRange("G2"), `${MARK_TAG}\n自检`);
      await context.sync();
      await wait(300);
      const knowsSource = Office.context.requirements.isSetSupported("ExcelApi", "1.14");
      const foreign = heard.filter((e) =>
        knowsSource
          ? e.triggerSource !== Excel.EventTriggerSource.thisLocalAddin
          : !duringOwnWrite()
      );
      handler.remove();
      await context.sync();
      return `${value}, ${foreign.length === 0 ? "marks ours" : `${foreign.length} not ours`}`;
    }),
};

/**
 * Excel on the web refuses a request over 5 MB; the add-in splits its writes to stay under. Where
 * Office does not say where it runs, it is taken as the web, the host with the limit. Elsewhere
 * either answer is right: the add-in splits its writes all the same.
 */
const onTheWeb = (environment: SelfTestEnvironment) =>
  // Stryker disable next-line Regex: Office's platforms are whole words (PC, Mac, OfficeOnline, iOS, Android, Universal), none inside another
  /^(OfficeOnline|unknown)$/.test(environment.platform);

const requestLimit: Probe = {
  id: "requestLimit",
  expected: (_caps, env) => (onTheWeb(env) ? "refused over 5 MB" : "accepted or refused"),
  run: (name, _caps, env) =>
    onSheet(name, async (sheet, context) => {
      const big = "x".repeat(27_000);
      sheet.getRange("H1:H200").values = Array.from({ length: 200 }, () => [big]);
      try {
        await context.sync();
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== "RequestPayloadSizeLimitExceeded") throw error;
        return onTheWeb(env) ? "refused over 5 MB" : "accepted or refused";
      }
      return onTheWeb(env) ? "accepted over 5 MB" : "accepted or refused";
    }),
};

export const PROBES: Probe[] = [
  values,
  merges,
  conditionalFormats,
  comments,
  prompts,
  validationRead,
  fill,
  insertSheets,
  settings,
  record,
  changeEvent,
  requestLimit,
];
