import type { EmulatedWorkbook } from "./workbook";

/** A host object a module answers for (kind plus whatever the module keeps). */
export interface ModuleObject {
  kind: string;
}

/**
 * A part of the Excel object model emulated in one file (conditional formats, comments, page
 * layout): it answers navigation, properties and methods for its own kinds, and lists the items
 * of its collections. `undefined` means "not mine"; `null` from navigate is a null object.
 */
export interface HostModule {
  kinds: ReadonlySet<string>;
  /** Navigation from any object (a module may add a child to a range or worksheet). */
  navigate(
    workbook: EmulatedWorkbook,
    parent: { kind: string },
    name: string,
    args: unknown[]
  ): ModuleObject | null | undefined;
  property(workbook: EmulatedWorkbook, target: ModuleObject, name: string): unknown;
  setProperty(workbook: EmulatedWorkbook, target: ModuleObject, name: string, value: unknown): void;
  callMethod(
    workbook: EmulatedWorkbook,
    target: ModuleObject,
    name: string,
    args: unknown[]
  ): unknown;
  /** The items of a collection kind, for `load("items/…")`. */
  items?(workbook: EmulatedWorkbook, target: ModuleObject): ModuleObject[] | undefined;
}
