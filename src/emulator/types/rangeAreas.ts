import { cellCount, qualified } from "../model/address";
import type { HostType, ObjectOf } from "./objects";
import { rangeOf } from "./range";

/** Excel.RangeAreas (ExcelApi 1.9) and its `areas` collection: what getMergedAreasOrNullObject gives. */
export const rangeAreaTypes = {
  rangeAreas: {
    className: "RangeAreas",
    get: {
      address: (r) => r.areas.map((a) => qualified(r.sheet.name, a)).join(","),
      addressLocal: (r) => r.areas.map((a) => qualified(r.sheet.name, a)).join(","),
      areaCount: (r) => r.areas.length,
      cellCount: (r) => r.areas.reduce((n, a) => n + cellCount(a), 0),
    },
    nav: {
      areas: (r) => ({ kind: "rangeCollection", sheet: r.sheet, areas: r.areas }),
      worksheet: (r) => ({ kind: "worksheet", sheet: r.sheet }),
    },
  } satisfies HostType<ObjectOf<"rangeAreas">>,

  rangeCollection: {
    className: "RangeCollection",
    items: (r) => r.areas.map((a) => rangeOf(r.sheet, a)),
    methods: { getCount: (r) => r.areas.length },
  } satisfies HostType<ObjectOf<"rangeCollection">>,
};
