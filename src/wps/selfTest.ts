import type { Area } from "../form/grid";
import { areaA1 } from "../form/address";
import { bgr } from "./applyPlan";
import { XL, type WpsApplication, type WpsWorksheet } from "./model";
import { OWN_SHEET_MARK } from "./ownSheets";
import { readSnapshot } from "./snapshot";

/** The same shape as Excel's 自检 (src/excel/selfTest.ts), so the pane shows either. */
export interface WpsSelfTestItem {
  id: string;
  ok: boolean;
  expected: string;
  actual: string;
}

const SHEET = "PerfTargetsSelfTest";
const FILL = "#FFC7CE";

/** One behaviour of WPS's object model the host relies on (docs/wps.md), tried on the test sheet. */
const PROBES: { id: string; expected: string; run(sheet: WpsWorksheet): string }[] = [
  {
    id: "values.roundTrip",
    expected: '["文本",0.125,true] 0.0% 12.5%',
    run: (sheet) => {
      sheet.Range("A1:C1").Value2 = [["文本", 0.125, true]];
      sheet.Range("B1").NumberFormat = "0.0%";
      const written = (sheet.Range("A1:C1").Value2 as unknown[][])[0];
      const shown = readSnapshot(sheet).values[0][1];
      return `${JSON.stringify(written)} ${sheet.Range("B1").NumberFormat} ${shown}`;
    },
  },
  {
    id: "merge.read",
    expected: "A3:B3",
    run: (sheet) => {
      sheet.Range("A3").Value2 = "合并";
      sheet.Range("A3:B3").Merge(false);
      return readSnapshot(sheet)
        .merges.map((m: Area) => areaA1(m))
        .join(",");
    },
  },
  {
    id: "conditionalFormat.ours",
    expected: "added, found, deleted",
    run: (sheet) => {
      const formula = '=N("perf-targets:error")=0';
      sheet.Range("A5").FormatConditions.Add(XL.expression, undefined, formula);
      const all = sheet.Cells.FormatConditions;
      let found = -1;
      for (let i = 1; i <= all.Count; i++)
        if (all.Item(i).Formula1.includes("perf-targets")) found = i;
      if (found < 0) return "not found";
      all.Item(found).Delete();
      return sheet.Cells.FormatConditions.Count === 0 ? "added, found, deleted" : "not deleted";
    },
  },
  {
    id: "comment.addDelete",
    expected: "自检 null",
    run: (sheet) => {
      const cell = sheet.Range("A6");
      cell.AddComment("自检");
      const text = cell.Comment?.Text() ?? "none";
      cell.Comment?.Delete();
      return `${text} ${cell.Comment === null ? "null" : "still there"}`;
    },
  },
  {
    id: "validation.list",
    expected: "例：≥95%",
    run: (sheet) => {
      const validation = sheet.Range("A7").Validation;
      validation.Add(XL.validateList, XL.alertStop, XL.between, "甲,乙");
      validation.InputMessage = "例：≥95%";
      const message = sheet.Range("A7").Validation.InputMessage;
      validation.Delete();
      return message;
    },
  },
  {
    id: "cellProperties.fill",
    expected: String(bgr(FILL)),
    run: (sheet) => {
      sheet.Range("A8").Interior.Color = bgr(FILL);
      return String(sheet.Range("A8").Interior.Color);
    },
  },
  {
    id: "names.sheetScoped",
    expected: "1",
    run: (sheet) => {
      sheet.Names.Add(OWN_SHEET_MARK, `='${SHEET}'!$A$1`, false);
      let found = 0;
      for (let i = 1; i <= sheet.Names.Count; i++)
        if (sheet.Names.Item(i).Name.endsWith(OWN_SHEET_MARK)) found++;
      return String(found);
    },
  },
];

/**
 * 自检 in WPS 表格 (docs/field-test.md): every behaviour of the object model the host relies on,
 * tried on a very hidden sheet that is deleted afterwards, and on nothing else. Never throws.
 */
export function wpsSelfTest(app: WpsApplication) {
  const environment = {
    platform: `WPS 表格 (${app.OperatingSystem})`,
    version: app.Version,
    excelApi: "none (WPS object model)",
    language: typeof navigator === "undefined" ? "unknown" : navigator.language,
  };
  const results: WpsSelfTestItem[] = [];
  const book = app.ActiveWorkbook;
  const active = book.ActiveSheet;
  let sheet: WpsWorksheet | null = null;
  results.push(
    item("sheet.add", String(XL.sheetVeryHidden), () => {
      sheet = book.Worksheets.Add(undefined, book.Worksheets.Item(book.Worksheets.Count));
      sheet.Name = SHEET;
      sheet.Visible = XL.sheetVeryHidden;
      active.Activate();
      return String(sheet.Visible);
    })
  );
  const made = sheet as WpsWorksheet | null;
  if (made) {
    for (const probe of PROBES) results.push(item(probe.id, probe.expected, () => probe.run(made)));
    results.push(
      item("sheet.delete", "deleted", () => {
        made.Delete();
        for (let i = 1; i <= book.Worksheets.Count; i++)
          if ((book.Worksheets.Item(i) as WpsWorksheet).Name === SHEET) return "still there";
        return "deleted";
      })
    );
  }
  return { environment, results };
}

function item(id: string, expected: string, run: () => string): WpsSelfTestItem {
  let actual: string;
  try {
    actual = run();
  } catch (error) {
    actual = `error: ${error instanceof Error ? error.message : String(error)}`;
  }
  return { id, ok: actual === expected, expected, actual };
}
