import { AddinError, checkSheet, checkWorkbook, clearMarks } from "../../src/excel";
import { MARK_TAG, PROMPT_TITLE } from "../../src/excel/marks";
import { HOSTS, sampleHostOf, type Host } from "./host";
import { callsDuring } from "./officeCalls";
import { workbookState } from "./state";
import { marksOn } from "./workbook";

/**
 * What the person does to the marks between a check and a clear, in Excel's own interface
 * (src/excel/marks.ts): a highlight rule of ours deleted or edited into their own, our comment as
 * Excel keeps it. Clear removes what is still ours and nothing else.
 */
const sampleHost = sampleHostOf;

const state = (host: Host) => JSON.stringify(workbookState(host.workbook));
const formatsOf = (host: Host) => host.workbook.sheet("sample")!.conditionalFormats;
const ourFormatAt = (host: Host, row: number, col: number) =>
  formatsOf(host).find(
    (f) => f.formula.includes("perf-targets") && f.area.top === row && f.area.left === col
  )!;

/** Two cell-value rules of the person's on one range: Excel cannot load the sheet's formats (#6827). */
async function addPersonsPair(host: Host) {
  await Excel.run(async (context) => {
    const rows = context.workbook.worksheets.getItem("sample").getRange("E100:E140");
    const types = host.Excel.ConditionalFormatType;
    const high = rows.conditionalFormats.add(types.cellValue);
    high.cellValue.rule = { formula1: "100", operator: "GreaterThan" };
    high.cellValue.format.fill.color = "#FFC7CE";
    const low = rows.conditionalFormats.add(types.cellValue);
    low.cellValue.rule = { formula1: "0", operator: "LessThan" };
    low.cellValue.format.font.color = "#9C0006";
    await context.sync();
  });
}

/** B137 (form 5's misplaced 社会效益指标) and B138, two of the cells a check marks. */
const B137 = { row: 136, col: 1 };
const B138 = { row: 137, col: 1 };

describe.each(HOSTS)(
  "our highlight rules where Excel cannot load a sheet's rules (office-js #6827), on $name",
  ({ requirementSets }) => {
    const byIdOrNull = requirementSets === undefined; // getItemOrNullObject: ExcelApi 1.14

    it("a rule of ours the person edited into their own stays through clear; the rest go", async () => {
      const host = sampleHost(requirementSets, true);
      await addPersonsPair(host);
      const { marked } = await checkSheet("sample");
      const edited = ourFormatAt(host, B137.row, B137.col);
      edited.formula = '=$B$137<>""';
      const cleared = await clearMarks();
      expect(cleared.cells).toBe(marked - 1);
      expect(marksOn(host.workbook, "sample")).toEqual([]);
      expect(formatsOf(host)).toContain(edited);
      expect(formatsOf(host).map((f) => f.formula)).toContain('=$B$137<>""');
    });

    it(`a rule of ours the person deleted: ${byIdOrNull ? "clear removes the others" : "clear says it failed and removes nothing"}`, async () => {
      const host = sampleHost(requirementSets, true);
      await addPersonsPair(host);
      const { marked } = await checkSheet("sample");
      const gone = ourFormatAt(host, B138.row, B138.col);
      formatsOf(host).splice(formatsOf(host).indexOf(gone), 1);
      const left = state(host);
      const outcome = await clearMarks().then(
        (cleared) => cleared,
        (error: unknown) => error
      );
      if (byIdOrNull) {
        expect(outcome).toEqual({ cells: marked - 1, sheets: 1 });
        expect(marksOn(host.workbook, "sample")).toEqual([]);
      } else {
        expect(outcome).toBeInstanceOf(AddinError);
        expect((outcome as AddinError).text("zh")).toContain("清除标记");
        expect((outcome as AddinError).text("en")).toContain("Clearing the marks");
        expect(state(host)).toBe(left);
      }
    });
  }
);

describe.each([
  { name: "ExcelApi 1.10", requirementSets: { ExcelApi: "1.10" } },
  { name: "the newest Excel", requirementSets: undefined },
])("our comments as Excel keeps them, on $name", ({ requirementSets }) => {
  it.each([
    ["\\r\\n", "\r\n"],
    ["\\r", "\r"],
  ])(
    "with line breaks kept as %s: clear removes them and gives back the workbook",
    async (_, lineBreak) => {
      const host = sampleHost(requirementSets);
      const thread = host.workbook.addComment("sample!B138", "请核对二级指标", "张会计");
      const before = state(host);
      await checkSheet("sample");
      const ours = host.workbook.comments.filter((c) => c.content.startsWith(MARK_TAG));
      expect(ours.length).toBeGreaterThan(0);
      for (const comment of ours) comment.content = comment.content.replace(/\n/g, lineBreak);
      expect(thread.replies).toHaveLength(1);
      thread.replies[0].content = thread.replies[0].content.replace(/\n/g, lineBreak);
      await clearMarks();
      expect(state(host)).toBe(before);
    }
  );
});

/** Mark Z1 as a version before the record did: a tagged format and the prompt it set. */
async function oldMark(undo: "clear" | "blank") {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("sample").getRange("Z1");
    if (undo === "blank")
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } };
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = `=N("perf-targets:warning:${undo}")=0`;
    format.custom.format.fill.color = "#FFEB9C";
    range.dataValidation.prompt = {
      showPrompt: true,
      title: PROMPT_TITLE,
      message: "旧的校验消息",
    };
    await context.sync();
  });
}

const Z1 = { row: 0, col: 25 };
const validationAt = (host: Host, { row, col }: { row: number; col: number }) =>
  Object.fromEntries(
    Object.entries(host.workbook.sheet("sample")!.cell(row, col)?.style ?? {}).filter(([key]) =>
      key.startsWith("dataValidation")
    )
  );

describe.each(HOSTS)("a mark from before the record, on $name", ({ requirementSets }) => {
  const alert = { showAlert: true, style: "Warning", title: "注意", message: "请填写是或否" };

  it.each(["check", "clear"])(
    "%s keeps the error alert the person gave its rule-less cell after the old check",
    async (action) => {
      const host = sampleHost(requirementSets);
      await oldMark("clear");
      host.workbook.sheet("sample")!.patchStyle(Z1.row, Z1.col, {
        "dataValidation.errorAlert": alert,
      });
      await (action === "check" ? checkSheet("sample") : clearMarks());
      expect(validationAt(host, Z1)).toEqual({ "dataValidation.errorAlert": alert });
    }
  );

  it("clear keeps the alert where the person set their list back to any value since", async () => {
    const host = sampleHost(requirementSets);
    await oldMark("blank");
    const sheet = host.workbook.sheet("sample")!;
    sheet.patchStyle(Z1.row, Z1.col, { "dataValidation.errorAlert": alert });
    delete sheet.cell(Z1.row, Z1.col)!.style!["dataValidation.rule"];
    await clearMarks();
    expect(validationAt(host, Z1)).toEqual({ "dataValidation.errorAlert": alert });
  });
});

describe.each(HOSTS)("what check and clear ask of Excel, on $name", ({ requirementSets }) => {
  const hasComments = requirementSets === undefined || requirementSets.ExcelApi !== "1.8";

  it("every load names its properties (an empty one loads every property of every item)", async () => {
    const host = sampleHost(requirementSets);
    host.workbook.addComment("sample!B138", "请核对二级指标", "张会计");
    await oldMark("clear");
    const loads = [
      ...(await callsDuring(host, "load", () => checkSheet("sample"))),
      ...(await callsDuring(host, "load", () => checkWorkbook())),
      ...(await callsDuring(host, "load", () => clearMarks())),
    ];
    expect(loads.length).toBeGreaterThan(5);
    expect(loads.filter(({ first }) => typeof first !== "string" || first.trim() === "")).toEqual(
      []
    );
  });

  it(`${hasComments ? "with comments, no" : "before comments, each marked"} cell's validation is read`, async () => {
    const host = sampleHost(requirementSets);
    let marked = 0;
    const loads = await callsDuring(host, "load", async () => {
      marked = (await checkSheet("sample")).marked;
      await checkSheet("sample");
      await clearMarks();
    });
    expect(marked).toBeGreaterThan(0);
    expect(marksOn(host.workbook, "sample")).toEqual([]);
    // Before comments: each cell a check marks (twice), and each prompt the record lists (twice).
    const validations = loads.filter(({ type }) => type === "DataValidation");
    expect(validations).toHaveLength(hasComments ? 0 : 4 * marked);
  });

  it("only a check asks where each thread sits (to reply in the person's own): clear does not", async () => {
    const host = sampleHost(requirementSets);
    host.workbook.addComment("sample!B138", "请核对二级指标", "张会计");
    host.workbook.addComment("sample!A1", "封面已核", "李科长");
    const check = await callsDuring(host, "getLocation", () => checkSheet("sample"));
    const clear = await callsDuring(host, "getLocation", () => clearMarks());
    expect(check.length).toBe(hasComments ? 2 : 0);
    expect(clear).toEqual([]);
  });
});

describe.each([
  { name: "ExcelApi 1.10", requirementSets: { ExcelApi: "1.10" } },
  { name: "the newest Excel", requirementSets: undefined },
])("a thread of ours the person replied in, on $name", ({ requirementSets }) => {
  it("stays with their reply through check again and clear; the mark's fill goes", async () => {
    const host = sampleHost(requirementSets);
    await checkSheet("sample");
    const thread = host.workbook.comments.find(
      (c) => c.row === B137.row && c.col === B137.col && c.content.startsWith(MARK_TAG)
    )!;
    const ourText = thread.content;
    thread.replies.push({
      ...thread,
      id: "{reply}",
      content: "已改为满意度指标",
      replies: [],
    } as never);
    const again = await checkSheet("sample");
    expect(again.unmarked).toBe(again.marked);
    // A cell holds one thread: the new mark's message is a reply in theirs.
    expect(thread.replies.map((r) => r.content)).toEqual(["已改为满意度指标", ourText]);
    expect(host.workbook.comments.filter((c) => c.row === B137.row && c.col === B137.col)).toEqual([
      thread,
    ]);
    await clearMarks();
    expect(marksOn(host.workbook, "sample")).toEqual([]);
    const left = host.workbook.comments.filter((c) => c.row === B137.row && c.col === B137.col);
    expect(left.map((c) => [c.content, c.replies.map((r) => r.content)])).toEqual([
      [ourText, ["已改为满意度指标"]],
    ]);
  });
});
