/** The RichApi protocol as the Office.js library speaks it (OfficeExtension's request body). */
export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: 0, or the id of the object path the argument stands for. */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
}

export interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

export const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
export const PATH = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
} as const;

export const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
