import type { EmulatedSheet, EmulatedWorkbook } from "../../src/emulator";

/**
 * What a person does to sheets in Excel's own interface (not through the add-in): Move or Copy →
 * Create a copy. Excel puts the copy right after the original as "Name (2)", with its cells,
 * merges, sizes, conditional formats and comments (a sheet's own parts in the file), and gives it
 * its own copy of each sheet-scoped name.
 */
export function copySheetAsPerson(workbook: EmulatedWorkbook, name: string): EmulatedSheet {
  const from = workbook.sheet(name);
  if (!from) throw new Error(`no sheet ${name}`);
  let copyName = name;
  for (let n = 2; workbook.sheet(copyName); n++) copyName = `${name.slice(0, 27)} (${n})`;
  const copy = workbook.addSheet(copyName, workbook.sheets.indexOf(from) + 1);
  for (const [key, cell] of from.cells) copy.cells.set(key, structuredClone(cell));
  copy.merges.push(...from.merges.map((m) => ({ ...m })));
  for (const [col, w] of from.columnWidths) copy.columnWidths.set(col, w);
  for (const [row, h] of from.rowHeights) copy.rowHeights.set(row, h);
  for (const comment of workbook.comments.filter((c) => c.sheet === from))
    workbook.comments.push({
      ...structuredClone({ ...comment, sheet: undefined }),
      sheet: copy,
      id: workbook.newId(),
      replies: comment.replies.map((r) => ({ ...r, id: workbook.newId() })),
    });
  for (const f of from.conditionalFormats)
    copy.conditionalFormats.push({ ...structuredClone({ ...f }), id: workbook.newId() });
  for (const [key, named] of from.names) {
    const reference =
      "sheet" in named.reference
        ? {
            sheet: named.reference.sheet === from ? copy : named.reference.sheet,
            area: { ...named.reference.area },
          }
        : { ...named.reference };
    copy.names.set(key, { ...named, reference });
  }
  return copy;
}
