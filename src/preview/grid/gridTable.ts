import { columnName } from "../../form/address";
import type { Area } from "../../form/grid";
import { el, replace } from "../../shell/dom";
import type { Line } from "./borders";
import { STANDARD_ROW_PX, cellCovering, type CellView, type SheetView } from "./sheetView";

/** The row headers' width in px. */
const HEADER_PX = 44;
const GRIDLINE = "1px solid #e1e1e1";

const css = (line: Line | null) =>
  line ? `${line.width}px ${line.style} ${line.color}` : GRIDLINE;

const within = (area: Area, row: number, col: number) =>
  row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

/** The id of a drawn cell, for aria-activedescendant and the tests. */
export const cellId = (address: string) => `cell-${address}`;

/** Whether text may run on into the cells to its right, as Excel lets it over empty ones. */
function spills(view: SheetView, cell: CellView): boolean {
  if (cell.wrap || cell.kind !== "text" || cell.horizontal !== "left") return false;
  const next = view.rows[cell.row]?.[cell.col + cell.colSpan];
  return next !== undefined && next !== null && next.kind === "empty";
}

function drawCell(view: SheetView, cell: CellView, active: { row: number; col: number }) {
  const selected = within(view.selection, cell.row, cell.col);
  const isActive = cell.row === active.row && cell.col === active.col;
  const classes = [
    "cell",
    cell.wrap ? "wrap" : spills(view, cell) ? "spill" : "clip",
    cell.mark && `mark-${cell.mark}`,
    cell.comment && "has-comment",
    cell.link && "link",
    cell.table && `table-${cell.table}`,
    selected && "selected",
    isActive && "active",
  ].filter(Boolean);
  const td = el(
    "td",
    {
      id: cellId(cell.address),
      className: classes.join(" "),
      "data-cell": cell.address,
      "data-row": cell.row,
      "data-col": cell.col,
      rowspan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
      colspan: cell.colSpan > 1 ? cell.colSpan : undefined,
      "data-mark": cell.mark ?? undefined,
      "aria-selected": selected ? "true" : "false",
    },
    cell.text
  );
  const s = td.style;
  s.textAlign = cell.horizontal;
  s.verticalAlign = cell.vertical;
  if (cell.fill) s.backgroundColor = cell.fill;
  if (cell.fontColor) s.color = cell.fontColor;
  if (cell.bold) s.fontWeight = "bold";
  if (cell.italic) s.fontStyle = "italic";
  if (cell.underline) s.textDecoration = "underline";
  if (cell.fontSize !== 11) s.fontSize = `${cell.fontSize}pt`;
  s.borderRight = css(cell.lines.right);
  s.borderBottom = css(cell.lines.bottom);
  if (cell.lines.top) s.borderTop = css(cell.lines.top);
  if (cell.lines.left) s.borderLeft = css(cell.lines.left);
  return td;
}

/**
 * Draw a sheet into the grid's table: column letters, row numbers, each cell's text and look,
 * merged areas as spans, the selection. The table element stays (it holds the focus); its
 * content is replaced.
 */
export function drawTable(table: HTMLTableElement, view: SheetView): void {
  const active = { row: view.selection.top, col: view.selection.left };
  const inCols = (c: number) => c >= view.selection.left && c <= view.selection.right;
  const inRows = (r: number) => r >= view.selection.top && r <= view.selection.bottom;
  const cols = el("colgroup", {}, el("col", {}));
  (cols.firstChild as HTMLElement).style.width = `${HEADER_PX}px`;
  for (const width of view.colWidths) {
    const col = el("col", {});
    col.style.width = `${width}px`;
    cols.appendChild(col);
  }
  const head = el(
    "thead",
    {},
    el(
      "tr",
      {},
      el("td", { className: "corner" }),
      ...view.colWidths.map((_, c) =>
        el(
          "th",
          { scope: "col", className: inCols(c) ? "col-header in-selection" : "col-header" },
          columnName(c)
        )
      )
    )
  );
  const body = el("tbody", {});
  view.rows.forEach((row, r) => {
    const tr = el(
      "tr",
      {},
      el(
        "th",
        { scope: "row", className: inRows(r) ? "row-header in-selection" : "row-header" },
        r + 1
      )
    );
    tr.style.height = `${view.rowHeights[r] ?? STANDARD_ROW_PX}px`;
    for (const cell of row) if (cell) tr.appendChild(drawCell(view, cell, active));
    body.appendChild(tr);
  });
  const width = HEADER_PX + view.colWidths.reduce((sum, w) => sum + w, 0);
  table.style.width = `${width}px`;
  replace(table, cols, head, body);
  table.setAttribute("aria-rowcount", String(view.rows.length + 1));
  table.setAttribute("aria-colcount", String(view.colWidths.length + 1));
  const current = cellCovering(view, active.row, active.col);
  table.setAttribute("aria-activedescendant", cellId(current?.address ?? "A1"));
}
