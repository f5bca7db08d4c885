import { invalidArgument, itemNotFound } from "../errors";
import { areaText, parseLocal } from "../model/address";
import type { EmulatedSheet } from "../model/sheet";
import { rangeOf } from "./range";
import type { HostObject, HostType, ObjectOf } from "./objects";

type Properties = ObjectOf<"customProperties">;

/** Custom property keys are case-insensitive (WorksheetCustomPropertyCollection.add). */
const keyOf = (sheet: EmulatedSheet, key: unknown) =>
  [...sheet.customProperties.keys()].find((k) => k.toLowerCase() === String(key).toLowerCase());
const property = (sheet: EmulatedSheet, key: string): HostObject => ({
  kind: "customProperty",
  sheet,
  key,
});

const PAGE_DEFAULTS: Record<string, unknown> = {
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100 },
  centerHorizontally: false,
  centerVertically: false,
  blackAndWhite: false,
  draftMode: false,
  printGridlines: false,
  printHeadings: false,
  printOrder: "DownThenOver",
  printComments: "NoComments",
  printErrors: "AsDisplayed",
  firstPageNumber: "",
  topMargin: 54,
  bottomMargin: 54,
  leftMargin: 50.4,
  rightMargin: 50.4,
  headerMargin: 21.6,
  footerMargin: 21.6,
};

/** A print area or title rows, given as a Range or an address. */
function addressArg(value: unknown): string {
  const target = value as HostObject;
  if (target && typeof target === "object" && target.kind === "range") return areaText(target.area);
  if (
    typeof value !== "string" ||
    !value.split(",").every((part) => parseLocal(part.replace(/^.*!/, "")))
  )
    throw invalidArgument();
  return value;
}

export const sheetSettingTypes = {
  customProperties: {
    className: "WorksheetCustomPropertyCollection",
    items: (c) => [...c.sheet.customProperties.keys()].map((k) => property(c.sheet, k)),
    methods: {
      add: (c, [key, value]) => {
        const text = String(key ?? "");
        if (!text || text.length > 255)
          throw invalidArgument("A custom property key must have 1 to 255 characters.");
        const existing = keyOf(c.sheet, text);
        if (existing) c.sheet.customProperties.delete(existing);
        c.sheet.customProperties.set(existing ?? text, String(value ?? ""));
        return property(c.sheet, existing ?? text);
      },
      getItem: (c, [key]) => {
        const found = keyOf(c.sheet, key);
        if (!found) throw itemNotFound();
        return property(c.sheet, found);
      },
      getItemOrNullObject: (c, [key]) => {
        const found = keyOf(c.sheet, key);
        return found ? property(c.sheet, found) : null;
      },
      getCount: (c) => c.sheet.customProperties.size,
    },
  } satisfies HostType<Properties>,

  customProperty: {
    className: "WorksheetCustomProperty",
    id: (p) => p.key,
    get: { key: (p) => p.key, value: (p) => p.sheet.customProperties.get(p.key) ?? null },
    set: { value: (p, value) => void p.sheet.customProperties.set(p.key, String(value ?? "")) },
    methods: { delete: (p) => void p.sheet.customProperties.delete(p.key) },
  } satisfies HostType<ObjectOf<"customProperty">>,

  pageLayout: {
    className: "PageLayout",
    get: Object.fromEntries(
      Object.keys(PAGE_DEFAULTS).map((key) => [
        key,
        (p: ObjectOf<"pageLayout">) => p.sheet.pageLayout[key] ?? PAGE_DEFAULTS[key],
      ])
    ),
    set: Object.fromEntries(
      Object.keys(PAGE_DEFAULTS).map((key) => [
        key,
        (p: ObjectOf<"pageLayout">, value: unknown) => void (p.sheet.pageLayout[key] = value),
      ])
    ),
    methods: {
      setPrintArea: (p, [area]) => void (p.sheet.pageLayout.printArea = addressArg(area)),
      setPrintTitleRows: (p, [rows]) => void (p.sheet.pageLayout.printTitleRows = addressArg(rows)),
      setPrintTitleColumns: (p, [cols]) =>
        void (p.sheet.pageLayout.printTitleColumns = addressArg(cols)),
      setPrintMargins: (p, [, margins]) => void Object.assign(p.sheet.pageLayout, margins),
    },
  } satisfies HostType<ObjectOf<"pageLayout">>,

  freezePanes: {
    className: "WorksheetFreezePanes",
    methods: {
      freezeRows: (f, [count]) => void (f.sheet.frozen = { rows: Number(count ?? 1), columns: 0 }),
      freezeColumns: (f, [count]) =>
        void (f.sheet.frozen = { rows: 0, columns: Number(count ?? 1) }),
      freezeAt: (f, [at]) => {
        const target = at as HostObject;
        const area = target?.kind === "range" ? target.area : parseLocal(String(at));
        if (!area) throw invalidArgument();
        f.sheet.frozen = { rows: area.bottom + 1, columns: area.right + 1 };
      },
      unfreeze: (f) => void (f.sheet.frozen = { rows: 0, columns: 0 }),
      getLocationOrNullObject: (f) =>
        f.sheet.frozen.rows || f.sheet.frozen.columns
          ? rangeOf(f.sheet, {
              top: 0,
              left: 0,
              bottom: Math.max(f.sheet.frozen.rows, 1) - 1,
              right: Math.max(f.sheet.frozen.columns, 1) - 1,
            })
          : null,
    },
  } satisfies HostType<ObjectOf<"freezePanes">>,
};
