import { basename } from "node:path";
import ExcelJS from "exceljs";
import { gridPlan } from "../../form/annotate";
import { renderMessage } from "../../form";
import { cellA1 } from "../../form/address";
import { noForm } from "../../form/reader/findings";
import { summaryPlan, type SummaryItem } from "../../form/summary";
import { isWorkbook } from "../../files/load";
import { applyPlans, copyWorksheet } from "../../files/xlsxWrite";
import { inspectFiles, type InspectedFile } from "../inspect";
import { prepareOutput, progress, type CliIO } from "../io";

export interface MergeOptions {
  output: string;
  unit?: string;
  year?: number;
  force?: boolean;
}

const SUMMARY_SHEET = "汇总表";

/** The unit summary first, then a copy of every source sheet that holds forms, each row linked to its form. */
export async function merge(files: string[], options: MergeOptions, io: CliIO): Promise<number> {
  prepareOutput(options.output, files, Boolean(options.force));
  const bar = progress(io, files.length, false);
  const inspected = await inspectFiles(files, bar.tick);
  bar.stop();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(SUMMARY_SHEET);
  const taken = new Set([SUMMARY_SHEET.toLowerCase()]);
  const items: SummaryItem[] = [];
  for (const file of inspected.filter((f) => !f.error)) {
    const source = isWorkbook(file.file) ? new ExcelJS.Workbook() : null;
    if (source) await source.xlsx.readFile(file.file);
    for (const grid of file.grids) {
      const forms = file.report.forms.filter((form) => form.sheet === grid.sheet);
      if (forms.length === 0) continue;
      const name = uniqueSheetName(grid.sheet, taken);
      const sheet = source?.getWorksheet(grid.sheet);
      if (sheet) copyWorksheet(sheet, workbook, name);
      else applyPlans(workbook, [{ ...gridPlan(grid), sheet: name }]);
      for (const form of forms) {
        const cell = cellA1(form.area.top, form.area.left);
        items.push({
          record: form.record,
          findings: form.findings,
          sheet: name,
          cell,
          source: basename(file.file),
        });
      }
    }
  }
  const unreadable = inspected
    .filter((f) => f.error)
    .map((f) => ({ source: basename(f.file), reason: f.error ?? "" }));
  for (const f of inspected)
    if (!f.error && f.report.forms.length === 0)
      unreadable.push({ source: basename(f.file), reason: noFormReason(f) });
  const unit =
    options.unit ??
    mostCommon(
      items.map((i) => i.record.unit),
      "预算单位",
      io
    );
  const year =
    options.year ??
    mostCommon(
      items.map((i) => i.record.year),
      "年度",
      io
    );
  applyPlans(workbook, [summaryPlan(items, { year, unit, unreadable, sheet: SUMMARY_SHEET })]);
  await workbook.xlsx.writeFile(options.output);
  io.stderr(
    `已写入汇总表 ${options.output}：${items.length} 个项目${unreadable.length ? `，${unreadable.length} 个文件无法读取` : ""}。\n`
  );
  return unreadable.length > 0 && items.length === 0 ? 2 : 0;
}

/** What read.no-form says about each sheet of a file without a form. */
function noFormReason(file: InspectedFile): string {
  const said = file.report.findings.map((finding) => finding.message);
  const sheet = file.grids[0]?.sheet ?? basename(file.file);
  return said.length > 0 ? said.join(" ") : renderMessage(noForm, "noForm", { sheet }, "zh");
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, "_") || "表";
  let name = base.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, 31 - `(${n})`.length)}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The value most forms agree on; a disagreement is said on stderr, not hidden. */
function mostCommon<T extends string | number>(
  values: (T | null)[],
  what: string,
  io: CliIO
): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length > 1)
    io.stderr(
      `注意：各表的${what}不一致（${sorted.map(([v, n]) => `${v}×${n}`).join("、")}），汇总表使用“${sorted[0][0]}”。\n`
    );
  return sorted[0]?.[0] ?? null;
}
