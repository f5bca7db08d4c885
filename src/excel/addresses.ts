import { parseArea } from "../form/address";
import type { Area } from "../form/grid";

/** One address of a comma-separated list: a quoted or bare sheet name, then the area. */
const ONE_ADDRESS = /(?:'(?:[^']|'')*'|[^',!]+)!([$A-Za-z0-9:]+)/g;

/**
 * The areas of an address list as Excel gives it ("'My, Sheet'!A1:B2,'My, Sheet'!C3"): sheet
 * names may hold commas inside quotes, so the list is matched, not split.
 */
export function areasOfAddressList(list: string): Area[] {
  const areas: Area[] = [];
  for (const match of list.matchAll(ONE_ADDRESS)) {
    const area = parseArea(match[1]);
    if (area) areas.push(area);
  }
  return areas;
}

/** The local part of "Sheet1!B3:C4" (Excel's `address` always carries the sheet). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}
