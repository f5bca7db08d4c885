/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   conformance tests read ClientResult.value and sub-objects after a sync the rules cannot follow */
import { codeOf, emulate } from "./support";

/** Where the add-in keeps what it must restore, and the sheets around it (reference pages named per case). */
describe("custom XML parts (excel.customxmlpartcollection, excel.customxmlpart; ExcelApi 1.5)", () => {
  it("adds, finds by id and by namespace, reads and rewrites, and deletes a part", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    const ns = "urn:perf-targets:marks";
    const read = await run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const part = parts.add(`<marks xmlns="${ns}"><cell a="B7"/></marks>`);
      parts.add(`<other xmlns="urn:else"/>`);
      part.load("id, namespaceUri");
      await context.sync();
      const again = parts.getItem(part.id);
      const xml = again.getXml();
      const scoped = parts.getByNamespace(ns);
      const count = scoped.getCount();
      const only = scoped.getOnlyItemOrNullObject();
      only.load("id");
      await context.sync();
      again.setXml(`<marks xmlns="${ns}"/>`);
      const rewritten = again.getXml();
      await context.sync();
      return {
        ns: part.namespaceUri,
        xml: xml.value,
        count: count.value,
        only: only.id === part.id,
        rewritten: rewritten.value,
        id: part.id,
      };
    });
    expect(read).toMatchObject({
      ns,
      xml: `<marks xmlns="${ns}"><cell a="B7"/></marks>`,
      count: 1,
      only: true,
      rewritten: `<marks xmlns="${ns}"/>`,
    });
    await run(async (context) => {
      context.workbook.customXmlParts.getItem(read.id).delete();
      await context.sync();
    });
    expect(workbook.customXmlParts.map((p) => p.namespaceUri)).toEqual(["urn:else"]);
  });

  it("refuses text that is not XML with InvalidArgument, and a missing id with ItemNotFound", async () => {
    const { run } = emulate({ sheets: ["S"] });
    expect(
      await codeOf(
        run(async (c) => void (c.workbook.customXmlParts.add("不是XML"), await c.sync()))
      )
    ).toBe("InvalidArgument");
    expect(
      await codeOf(
        run(async (c) => void (c.workbook.customXmlParts.getItem("{0}").load("id"), await c.sync()))
      )
    ).toBe("ItemNotFound");
    const missing = await run(async (c) => {
      const part = c.workbook.customXmlParts.getItemOrNullObject("{0}");
      part.load("id");
      await c.sync();
      return part.isNullObject;
    });
    expect(missing).toBe(true);
  });
});

describe("sheets (excel.worksheet, excel.worksheetcollection)", () => {
  it("refuses to delete a very hidden sheet with InvalidOperation (Worksheet.delete)", async () => {
    const { run, workbook } = emulate({ sheets: ["S", "标记"] });
    await run(async (c) => {
      c.workbook.worksheets.getItem("标记").visibility = "VeryHidden";
      await c.sync();
    });
    expect(
      await codeOf(
        run(async (c) => void (c.workbook.worksheets.getItem("标记").delete(), await c.sync()))
      )
    ).toBe("InvalidOperation");
    await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("标记");
      sheet.visibility = "Hidden";
      sheet.delete();
      await c.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("keeps each sheet's id through renames and moves, and finds the sheet by it (Worksheet.id)", async () => {
    const { run } = emulate({ sheets: ["一", "二"] });
    const read = await run(async (c) => {
      const sheets = c.workbook.worksheets;
      sheets.load("items/id, items/name");
      await c.sync();
      const ids = sheets.items.map((s) => s.id);
      sheets.items[1].name = "贰";
      sheets.items[1].position = 0;
      const byId = sheets.getItem(ids[1]);
      byId.load("name, id, position");
      await c.sync();
      return { ids, byId: [byId.name, byId.id, byId.position] };
    });
    expect(new Set(read.ids).size).toBe(2);
    expect(read.byId).toEqual(["贰", read.ids[1], 0]);
  });

  it("keeps the active sheet by identity when other sheets are deleted or moved (Worksheet.activate)", async () => {
    const { run, workbook } = emulate({ sheets: ["一", "二", "三"] });
    const name = await run(async (c) => {
      c.workbook.worksheets.getItem("三").activate();
      await c.sync();
      c.workbook.worksheets.getItem("一").delete();
      c.workbook.worksheets.getItem("二").position = 1;
      const active = c.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      await c.sync();
      return active.name;
    });
    expect(name).toBe("三");
    expect(workbook.active.name).toBe("三");
  });

  it("names a sheet added without a name with a free SheetN (WorksheetCollection.add)", async () => {
    const { run } = emulate({ sheets: ["Sheet2"] });
    const names = await run(async (c) => {
      const a = c.workbook.worksheets.add();
      const b = c.workbook.worksheets.add();
      a.load("name");
      b.load("name");
      await c.sync();
      return [a.name, b.name];
    });
    expect(names).toEqual(["Sheet3", "Sheet4"]);
  });
});

describe("data validation per cell (excel.datavalidation, excel.datavalidationtype; ExcelApi 1.8)", () => {
  it("reports the rule's type, ignoreBlanks, errorAlert and whether the values are valid", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    workbook.setValues("S", "A1", [["产出指标"], ["其他"], [""]]);
    const read = await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("S");
      const list = sheet.getRange("A1:A3").dataValidation;
      list.rule = { list: { inCellDropDown: true, source: "产出指标,效益指标" } };
      list.errorAlert = { showAlert: true, style: "Warning", title: "一级", message: "请选择" };
      const first = sheet.getRange("A1").dataValidation;
      const all = sheet.getRange("A1:A3").dataValidation;
      const mixed = sheet.getRange("A3:A4").dataValidation;
      sheet.getRange("B1").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      const inconsistent = sheet.getRange("A1:B1").dataValidation;
      for (const v of [first, all, mixed, inconsistent])
        v.load("type, ignoreBlanks, valid, errorAlert");
      await c.sync();
      return {
        types: [first.type, all.type, mixed.type, inconsistent.type],
        valid: [first.valid, all.valid],
        ignoreBlanks: first.ignoreBlanks,
        alert: first.errorAlert,
      };
    });
    expect(read.types).toEqual(["List", "List", "MixedCriteria", "Inconsistent"]);
    expect(read.valid).toEqual([true, null]); // "其他" is not in the list
    expect(read.ignoreBlanks).toBe(true);
    expect(read.alert).toEqual({
      showAlert: true,
      style: "Warning",
      title: "一级",
      message: "请选择",
    });
  });

  it("keeps a prompt per cell, leaves the type None for a prompt alone, and clears both", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    const read = await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("S");
      sheet.getRange("C1").dataValidation.prompt = {
        showPrompt: true,
        title: "提示",
        message: "一",
      };
      sheet.getRange("C2").dataValidation.prompt = {
        showPrompt: true,
        title: "提示",
        message: "二",
      };
      const one = sheet.getRange("C1").dataValidation;
      const both = sheet.getRange("C1:C2").dataValidation;
      one.load("prompt, type");
      both.load("prompt");
      await c.sync();
      return { one: one.prompt.message, type: one.type, both: both.prompt };
    });
    expect(read).toEqual({ one: "一", type: "None", both: null });
    await run(async (c) => {
      c.workbook.worksheets.getItem("S").getRange("C1:C2").dataValidation.clear();
      await c.sync();
    });
    expect(workbook.sheet("S")!.cells.size).toBe(0);
  });
});

describe("comments beyond the basics (excel.commentcollection)", () => {
  it("finds a thread by a Range, refuses a second thread on a cell, and counts per sheet", async () => {
    const { run } = emulate({ sheets: ["S", "T"] });
    const read = await run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("S");
      sheet.comments.add("B2", "第一");
      c.workbook.comments.add("T!A1", "别表");
      const found = c.workbook.comments.getItemByCell(sheet.getRange("B2"));
      found.load("content, resolved, authorName");
      const count = sheet.comments.getCount();
      await c.sync();
      return { content: found.content, resolved: found.resolved, count: count.value };
    });
    expect(read).toEqual({ content: "第一", resolved: false, count: 1 });
    expect(
      await codeOf(run(async (c) => void (c.workbook.comments.add("S!B2", "又一"), await c.sync())))
    ).toBe("InvalidOperation");
  });

  it("refuses a comment on a merged area's inner cell (undocumented; a guess)", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const code = await codeOf(
      run(async (c) => {
        const sheet = c.workbook.worksheets.getItem("S");
        sheet.getRange("A1:C1").merge(false);
        sheet.comments.add("B1", "内部");
        await c.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });
});
