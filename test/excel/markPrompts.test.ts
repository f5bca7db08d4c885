import { checkSheet, clearMarks } from "../../src/excel";
import { PROMPT_TITLE } from "../../src/excel/marks";
import { createEmulatedExcel } from "../../src/emulator";
import { sampleGrid } from "../support/sampleGrid";
import { useHost, type Host } from "./host";
import { workbookState } from "./state";
import { marksOn, seedGrid } from "./workbook";

/**
 * Excel 2019 (ExcelApi 1.8) carries a mark's message in the cell's input prompt
 * (src/excel/markPrompts.ts). Whatever the person had put in the cell's validation before the
 * check, each part on its own, is theirs: a prompt of theirs is never written over, and clear
 * takes the whole validation away only where the cell had nothing of the person's at all.
 */
const EXCEL_2019 = { ExcelApi: "1.8" };
/** B137: form 5's misplaced 社会效益指标, an error the check marks. */
const B137 = { row: 136, col: 1 };
const A133 = { row: 132, col: 0 };

function sampleHost(): Host {
  const host = useHost(createEmulatedExcel({ sheets: ["sample"], requirementSets: EXCEL_2019 }));
  seedGrid(host.workbook, sampleGrid());
  return host;
}

const state = (host: Host) => JSON.stringify(workbookState(host.workbook));
const sheetOf = (host: Host) => host.workbook.sheet("sample")!;
const styleOf = (host: Host) => sheetOf(host).cell(B137.row, B137.col)?.style ?? {};
const shownPrompt = (host: Host) =>
  marksOn(host.workbook, "sample").find((m) => m.cell === "B137")?.prompt;

const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };

describe("Excel 2019: a prompt of the person's, however little of it there is, is left alone", () => {
  it.each([
    ["only a title", { showPrompt: false, title: "填报说明", message: "" }],
    ["only a message", { showPrompt: false, title: "", message: "二级指标见附表" }],
    ["shown, with neither title nor message", { showPrompt: true, title: "", message: "" }],
  ])(
    "%s: the check marks the cell by its fill only, clear gives back the workbook",
    async (_, own) => {
      const host = sampleHost();
      sheetOf(host).patchStyle(B137.row, B137.col, { "dataValidation.prompt": own });
      const before = state(host);
      await checkSheet("sample");
      expect(marksOn(host.workbook, "sample").map((m) => m.cell)).toContain("B137");
      expect(shownPrompt(host)).toBeUndefined();
      expect(styleOf(host)["dataValidation.prompt"]).toEqual(own);
      await clearMarks();
      expect(state(host)).toBe(before);
    }
  );
});

describe("Excel 2019: a cell with the person's alert settings but no rule keeps them through check and clear", () => {
  it.each([
    [
      "the alert switched off",
      { "dataValidation.errorAlert": { ...DEFAULT_ALERT, showAlert: false } },
    ],
    [
      "a warning instead of a stop",
      { "dataValidation.errorAlert": { ...DEFAULT_ALERT, style: "Information" } },
    ],
    [
      "only the alert's title",
      { "dataValidation.errorAlert": { ...DEFAULT_ALERT, title: "注意" } },
    ],
    [
      "only the alert's message",
      { "dataValidation.errorAlert": { ...DEFAULT_ALERT, message: "请从列表选择" } },
    ],
    ["blanks not ignored", { "dataValidation.ignoreBlanks": false }],
  ])("%s", async (_, own) => {
    const host = sampleHost();
    sheetOf(host).patchStyle(B137.row, B137.col, own);
    const before = state(host);
    await checkSheet("sample");
    // The cell has no prompt of the person's: the mark's message is there.
    expect(shownPrompt(host)).toContain("社会效益指标");
    await clearMarks();
    expect(state(host)).toBe(before);
  });

  it.each([
    [
      "the alert switched off",
      { "dataValidation.errorAlert": { ...DEFAULT_ALERT, showAlert: false } },
    ],
    [
      "only the alert's title",
      { "dataValidation.errorAlert": { ...DEFAULT_ALERT, title: "注意" } },
    ],
    ["blanks not ignored", { "dataValidation.ignoreBlanks": false }],
  ])("given after the check (%s): clear takes the prompt away and keeps them", async (_, own) => {
    const host = sampleHost();
    await checkSheet("sample");
    expect(shownPrompt(host)).toContain("社会效益指标");
    sheetOf(host).patchStyle(B137.row, B137.col, own);
    await clearMarks();
    const left = Object.fromEntries(
      Object.entries(styleOf(host)).filter(([key]) => key.startsWith("dataValidation"))
    );
    // The prompt is back to Excel's default (no key left); the person's settings stay.
    expect(left).toEqual(own);
  });
});

describe("Excel 2019: the mark's prompt as Excel keeps it", () => {
  it.each([
    ["\\r\\n", "\r\n"],
    ["\\r", "\r"],
  ])(
    "line breaks kept as %s are still the mark's: clear takes the prompt away, a re-check replaces it",
    async (_, lineBreak) => {
      const host = sampleHost();
      const before = state(host);
      await checkSheet("sample");
      // A133: form 5's two findings, an error and a hint, on two lines.
      const keep = (prompt: object) =>
        sheetOf(host).patchStyle(A133.row, A133.col, { "dataValidation.prompt": prompt });
      const prompt = sheetOf(host).cell(A133.row, A133.col)!.style!["dataValidation.prompt"] as {
        title: string;
        message: string;
      };
      expect(prompt.title).toBe(PROMPT_TITLE);
      expect(prompt.message).toContain("\n");
      const asKept = { ...prompt, message: prompt.message.replace(/\n/g, lineBreak) };
      keep(asKept);
      await checkSheet("sample");
      expect(sheetOf(host).cell(A133.row, A133.col)!.style!["dataValidation.prompt"]).toEqual(
        prompt
      );
      keep(asKept);
      await clearMarks();
      expect(state(host)).toBe(before);
    }
  );

  it("a prompt the person retitled, keeping the mark's message, is theirs: check and clear leave it", async () => {
    const host = sampleHost();
    await checkSheet("sample");
    const prompt = styleOf(host)["dataValidation.prompt"] as { title: string; message: string };
    const retitled = { ...prompt, title: "待财务核对" };
    sheetOf(host).patchStyle(B137.row, B137.col, { "dataValidation.prompt": retitled });
    await checkSheet("sample");
    expect(styleOf(host)["dataValidation.prompt"]).toEqual(retitled);
    await clearMarks();
    expect(styleOf(host)["dataValidation.prompt"]).toEqual(retitled);
  });

  it("a prompt the person rewrote under the mark's title is theirs: check and clear leave it", async () => {
    const host = sampleHost();
    await checkSheet("sample");
    const prompt = styleOf(host)["dataValidation.prompt"] as { title: string; message: string };
    const rewritten = { ...prompt, message: "已与财务核对，保留社会效益指标" };
    sheetOf(host).patchStyle(B137.row, B137.col, { "dataValidation.prompt": rewritten });
    await checkSheet("sample");
    expect(styleOf(host)["dataValidation.prompt"]).toEqual(rewritten);
    await clearMarks();
    expect(styleOf(host)["dataValidation.prompt"]).toEqual(rewritten);
  });
});
