import type { Area } from "../../form/grid";
import type {
  EmulatedComment,
  EmulatedConditionalFormat,
  EmulatedReply,
  EmulatedSheet,
  EmulatedTable,
} from "../model/sheet";
import type { EmulatedWorkbook, EmulatedXmlPart } from "../model/workbook";

type OnSheet = { sheet: EmulatedSheet };
type OnRange = { sheet: EmulatedSheet; area: Area };
/** One union member per kind, so each kind can be picked out on its own. */
type Each<K extends string, T> = K extends unknown ? { kind: K } & T : never;

/** What an object path resolves to in the emulated host; `kind` picks its type in ./index.ts. */
export type HostObject =
  | { kind: "workbook" }
  | { kind: "application" }
  | { kind: "worksheets" }
  | ({ kind: "worksheet" } & OnSheet)
  | ({ kind: "range" } & OnRange)
  | ({ kind: "rangeAreas"; areas: Area[] } & OnSheet)
  | ({ kind: "rangeCollection"; areas: Area[] } & OnSheet)
  | Each<"rangeFormat" | "rangeFill" | "rangeFont" | "formatProtection", OnRange>
  | ({ kind: "rangeBorders" } & OnRange)
  | ({ kind: "rangeBorder"; edge: string } & OnRange)
  | ({ kind: "dataValidation" } & OnRange)
  | { kind: "comments"; sheet?: EmulatedSheet }
  | ({ kind: "comment"; comment: EmulatedComment } & OnSheet)
  | ({ kind: "replies"; comment: EmulatedComment } & OnSheet)
  | ({ kind: "reply"; comment: EmulatedComment; reply: EmulatedReply } & OnSheet)
  | { kind: "names"; sheet?: EmulatedSheet }
  | { kind: "namedItem"; sheet?: EmulatedSheet; name: string }
  | { kind: "customXmlParts"; namespaceUri?: string }
  | { kind: "customXmlPart"; part: EmulatedXmlPart }
  | ({ kind: "customProperties" } & OnSheet)
  | ({ kind: "customProperty"; key: string } & OnSheet)
  | { kind: "tables"; sheet?: EmulatedSheet }
  | ({ kind: "table"; table: EmulatedTable } & OnSheet)
  | ({ kind: "freezePanes" } & OnSheet)
  | ({ kind: "pageLayout" } & OnSheet)
  | ({ kind: "conditionalFormats" } & OnRange)
  | Each<
      | "conditionalFormat"
      | "cfCustom"
      | "cfRule"
      | "cfFormat"
      | "cfFill"
      | "cfFont"
      | "cfCellValue"
      | "cfText"
      | "cfTopBottom"
      | "cfPreset"
      | "cfDataBar"
      | "cfDataBarPositive"
      | "cfDataBarNegative",
      OnSheet & { format: EmulatedConditionalFormat }
    >;

export type Kind = HostObject["kind"];
export type ObjectOf<K extends Kind> = Extract<HostObject, { kind: K }>;

/** What a handler may use besides its object. */
export interface Host {
  workbook: EmulatedWorkbook;
  /** Sheets whose changes this host's library listens to (Worksheet.onChanged). */
  listening: Set<EmulatedSheet>;
  /**
   * Excel's known failures the host reproduces when told to: loading conditional formats where
   * two cell-value rules share a range fails (office-js #6827).
   */
  quirks?: { cellValuePairLoads?: boolean };
}

type Get<T> = (target: T, host: Host) => unknown;
type Setter<T> = (target: T, value: unknown, host: Host) => void;
type Method<T> = (target: T, args: unknown[], host: Host) => unknown;

/**
 * One Office.js class as the host answers it, as lookup tables by camelCase member name: the
 * scalar properties it loads and sets, its navigation properties and its methods (a method that
 * makes an object returns a HostObject; "getItem" also answers the indexer).
 */
export interface HostType<T> {
  className: string;
  get?: Record<string, Get<T>>;
  set?: Record<string, Setter<T>>;
  nav?: Record<string, (target: T, host: Host) => HostObject | null>;
  methods?: Record<string, Method<T>>;
  /** A collection's items, for load("items") and getItemAt. */
  items?: (target: T, host: Host) => HostObject[];
  /** The id the library addresses the object by afterwards (Worksheet.id, Comment.id). */
  id?: (target: T) => string;
  /** Called before the object (or a collection's items) is loaded: throws where Excel's load fails. */
  beforeLoad?: (target: T, host: Host) => void;
}

export type HostTypes = { [K in Kind]: HostType<ObjectOf<K>> };
