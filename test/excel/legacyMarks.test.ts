import { checkSheet, clearMarks } from "../../src/excel";
import { PROMPT_TITLE } from "../../src/excel/marks";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost } from "./host";
import { marksOn, seedGrid } from "./workbook";

// Marks made before the workbook kept a record of them (docs/addin.md, "Marks"): the format's
// formula says how to take its prompt away, "clear" (the cell had no rule) or "blank" (the cell's
// own rule stays, only the prompt goes). A workbook checked by such a version is opened, checked
// again and cleared by this one.

type Undo = "clear" | "blank";
const PERSONS_LIST = { list: { inCellDropDown: true, source: "是,否" } };

/** Mark a cell as a version before the record did: a tagged format and the prompt it set. */
async function oldMark(address: string, undo: Undo, promptTitle = PROMPT_TITLE) {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("sample").getRange(address);
    if (undo === "blank") range.dataValidation.rule = PERSONS_LIST;
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = `=N("perf-targets:warning:${undo}")=0`;
    format.custom.format.fill.color = "#FFEB9C";
    range.dataValidation.prompt = { showPrompt: true, title: promptTitle, message: "旧的校验消息" };
    await context.sync();
  });
}

async function validationOf(address: string) {
  return Excel.run(async (context) => {
    const validation = context.workbook.worksheets
      .getItem("sample")
      .getRange(address).dataValidation;
    validation.load("type, prompt");
    await context.sync();
    return { type: validation.type, prompt: validation.prompt };
  });
}

function oldMarksHost(requirementSets?: Record<string, string>) {
  const host = installHost(requirementSets, ["sample"]);
  seedGrid(host.workbook, sampleGrid());
  return host;
}

const oldFormats = (host: ReturnType<typeof oldMarksHost>) =>
  host.workbook
    .sheet("sample")!
    .conditionalFormats.filter((f) => /perf-targets:\w+:(clear|blank)/.test(f.formula));

describe.each(HOSTS)("marks from before the record, on $name", ({ requirementSets }) => {
  it("a check takes them away: the prompt it set goes, the person's own rule stays, a prompt the person retitled stays", async () => {
    const host = oldMarksHost(requirementSets);
    await oldMark("Z1", "clear");
    await oldMark("Z2", "blank");
    await oldMark("Z3", "clear", "我的说明");
    expect(oldFormats(host)).toHaveLength(3);
    const { unmarked } = await checkSheet("sample");
    expect(oldFormats(host)).toEqual([]);
    expect(unmarked).toBe(3);
    expect(await validationOf("Z1")).toMatchObject({ type: "None" });
    expect((await validationOf("Z1")).prompt?.title ?? "").toBe("");
    expect(await validationOf("Z2")).toMatchObject({
      type: "List",
      prompt: { showPrompt: false, title: "", message: "" },
    });
    expect((await validationOf("Z3")).prompt).toMatchObject({ title: "我的说明" });
    // The check's own marks are the new kind, on the form's cells only.
    expect(marksOn(host.workbook, "sample").some((m) => m.cell.startsWith("Z"))).toBe(false);
  });

  it("clear takes them away whoever checked, and the person's own rule stays", async () => {
    const host = oldMarksHost(requirementSets);
    await oldMark("Z1", "clear");
    await oldMark("Z2", "blank");
    const cleared = await clearMarks();
    expect(cleared.cells).toBe(2);
    expect(oldFormats(host)).toEqual([]);
    expect(await validationOf("Z1")).toMatchObject({ type: "None" });
    expect(await validationOf("Z2")).toMatchObject({
      type: "List",
      prompt: { showPrompt: false, title: "", message: "" },
    });
  });

  it("clear leaves a prompt the person retitled since, as a check does, and takes an untouched one away whole", async () => {
    const host = oldMarksHost(requirementSets);
    await oldMark("Z1", "clear");
    await oldMark("Z3", "clear", "我的说明");
    const cleared = await clearMarks();
    expect(cleared.cells).toBe(2);
    expect(oldFormats(host)).toEqual([]);
    expect(await validationOf("Z1")).toEqual({
      type: "None",
      prompt: { showPrompt: false, title: "", message: "" },
    });
    expect((await validationOf("Z3")).prompt).toMatchObject({
      title: "我的说明",
      message: "旧的校验消息",
    });
  });

  it.each(["check", "clear"])(
    "%s keeps the rule the person gave a cell after the old check, and takes the prompt away",
    async (action) => {
      oldMarksHost(requirementSets);
      await oldMark("Z1", "clear");
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("sample").getRange("Z1");
        range.dataValidation.rule = PERSONS_LIST;
        await context.sync();
      });
      await (action === "check" ? checkSheet("sample") : clearMarks());
      expect(await validationOf("Z1")).toEqual({
        type: "List",
        prompt: { showPrompt: false, title: "", message: "" },
      });
    }
  );
});
