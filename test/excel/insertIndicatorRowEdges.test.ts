import {
  AddinError,
  checkSheet,
  indicatorRowTarget,
  insertIndicatorRow,
  insertTemplate,
} from "../../src/excel";
import { readSheet } from "../../src/form";
import { parseLocal } from "../../src/emulator/model/address";
import { sampleGrid } from "../support/sampleGrid";
import { installHost, type Host } from "./host";
import { snapshotOf } from "./workbook";

/*
 * 插入指标行 where the pane's list and the workbook part ways (docs/addin.md, "插入指标行"): the
 * selection on a block's first row or on the form's header, a form that does not start at A1,
 * a form with no 二级 rows, and a sheet deleted since the pane listed its blocks.
 */
function select(host: Host, sheet: string, cell: string): void {
  const worksheet = host.workbook.sheet(sheet)!;
  worksheet.selection = parseLocal(cell)!;
  host.workbook.active = worksheet;
}

it("offers the block whose first row holds the selection, and none for the form's header", async () => {
  const host = installHost(undefined, ["Sheet1"]);
  const { sheet } = await insertTemplate({ year: 2024 });
  select(host, sheet, "B4");
  const header = await indicatorRowTarget();
  expect(header?.selected).toBe(-1);
  expect(header?.sheet).toBe(sheet);
  const second = header!.blocks[1];
  expect(second.firstRow).toBe(header!.blocks[0].lastRow + 1);
  select(host, sheet, `C${second.firstRow + 1}`);
  expect((await indicatorRowTarget())?.selected).toBe(1);
  select(host, sheet, `C${second.lastRow + 1}`);
  expect((await indicatorRowTarget())?.selected).toBe(1);
});

it("finds the blocks of a form that starts below and right of A1, and inserts in its rows", async () => {
  const host = installHost(undefined, ["Sheet1"]);
  const grid = sampleGrid();
  // The person's form pasted at C4: two blank columns and three blank rows before it.
  host.workbook.loadGrid({ ...grid, sheet: "项目表", origin: { row: 3, col: 2 } });
  const [form] = readSheet(snapshotOf(host.workbook, "项目表")).forms;
  const first = form.record.indicators[0];
  const row = parseLocal(first.cell)!.top;
  select(host, "项目表", first.cell);
  const target = await indicatorRowTarget();
  expect(target?.selected).toBe(0);
  expect(target?.blocks[0]).toMatchObject({ level1: first.level1, level2: first.level2 });
  expect(target!.blocks[0].firstRow).toBe(row);
  const inserted = await insertIndicatorRow("项目表", row);
  expect(inserted).toMatchObject({ level1: first.level1, level2: first.level2 });
  // The new row lies right under the block's last indicator, in the form's own columns.
  const last = form.record.indicators
    .filter((i) => i.level1 === first.level1 && i.level2 === first.level2)
    .at(-1)!;
  const at = parseLocal(inserted.cell)!;
  expect(at.top).toBe(target!.blocks[0].lastRow + 1);
  expect(at.top).toBe(parseLocal(last.cell)!.top + 1);
  expect(at.left).toBe(parseLocal(first.cell)!.left - 2);
  expect(host.workbook.sheet("项目表")!.cell(at.top - 1, at.left)?.value).toBe(last.name);
  // The check still reads the form there, with one row more.
  const { report } = await checkSheet("项目表");
  expect(report.files[0].forms[0].record.indicators).toHaveLength(
    form.record.indicators.length + 1
  );
});

it("offers nothing on a form with no indicator rows", async () => {
  const host = installHost(undefined, ["Sheet1"]);
  const { sheet } = await insertTemplate({ year: 2024 });
  const [form] = readSheet(snapshotOf(host.workbook, sheet)).forms;
  const header = parseLocal(form.record.indicators[0].cell)!.top - 1;
  // The person cleared every row below the indicators' header.
  const sheetCells = host.workbook.sheet(sheet)!.cells;
  for (const [key] of sheetCells) if (Number(key.split(",")[0]) > header) sheetCells.delete(key);
  select(host, sheet, "B4");
  expect(readSheet(snapshotOf(host.workbook, sheet)).forms).toHaveLength(1);
  expect(await indicatorRowTarget()).toBeNull();
});

it("names the sheet the person deleted since the pane listed its blocks, in both languages", async () => {
  installHost(undefined, ["Sheet1"]);
  const error = await insertIndicatorRow("已删除的表", 12).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AddinError);
  expect((error as AddinError).text("zh")).toBe(
    "找不到工作表“已删除的表”，它可能已被删除或改名。请刷新后重试。"
  );
  expect((error as AddinError).text("en")).toMatch(/^Sheet "已删除的表" was not found/);
});
