import { ExcelError } from "./errors";
import {
  asModuleObject,
  callMethod,
  moduleOf,
  navigate,
  property,
  setProperty,
  type HostObject,
} from "./objects";
import { requireMember, type Supports } from "./requirements";
import type { EmulatedWorkbook } from "./workbook";

/** Arguments; an argument that is an object (a Range) is sent as the id of its object path. */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: (number | null)[];
}

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}

export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

/** The library's action and object path types (OfficeExtension's RichApi protocol). */
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
const PATH = { globalObject: 1, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;

/**
 * Objects a method made (getRange, add) live on between syncs as reference ids, as in Excel: the
 * library sends them back as paths of type 6 and releases them with _RemoveReference.
 */
export class References {
  private readonly byId = new Map<string, HostObject>();
  private next = 1;
  keep(target: HostObject): string {
    const id = `{emu-${this.next++}}`;
    this.byId.set(id, target);
    return id;
  }
  get(id: string): HostObject {
    const target = this.byId.get(id);
    if (!target)
      throw new ExcelError("InvalidArgument", `The object reference ${id} is no longer valid.`);
    return target;
  }
  release(id: string): void {
    this.byId.delete(id);
  }
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Answer one batch: every action in order, stopping at the first Excel error, as Excel does. */
export async function answerBatch(
  workbook: EmulatedWorkbook,
  body: RequestBody,
  supports: Supports,
  references: References
): Promise<object> {
  const resolved = new Map<number, HostObject | null>();
  const argumentsOf = (info: ArgumentInfo | undefined): unknown[] =>
    (info?.Arguments ?? []).map((arg, i) => {
      const pathId = info?.ReferencedObjectPathIds?.[i];
      return pathId ? resolve(pathId) : arg;
    });
  const resolve = (id: number): HostObject | null => {
    if (resolved.has(id)) return resolved.get(id)!;
    const path = body.ObjectPaths[String(id)];
    let target: HostObject | null;
    if (path.ObjectPathType === PATH.globalObject) target = { kind: "workbook" };
    else if (path.ObjectPathType === PATH.referenceId) target = references.get(path.Name);
    else {
      const parent = resolve(path.ParentObjectPathId!);
      if (parent === null) target = null;
      else if (
        [PATH.method, PATH.property, PATH.indexer].includes(path.ObjectPathType as 3 | 4 | 5)
      ) {
        requireMember(supports, path.Name);
        target = navigate(workbook, parent, path.Name, argumentsOf(path.ArgumentInfo));
      } else
        throw new ExcelError(
          "ApiNotFound",
          `The emulator does not handle object path type ${path.ObjectPathType}.`,
          404
        );
    }
    resolved.set(id, target);
    return target;
  };

  const results: { ActionId: number; Value: unknown }[] = [];
  try {
    for (const action of body.Actions) {
      const target = resolve(action.ObjectPathId);
      const args = argumentsOf(action.ArgumentInfo);
      if (action.ActionType === ACTION.method || action.ActionType === ACTION.setProperty)
        requireMember(supports, action.Name);
      switch (action.ActionType) {
        case ACTION.instantiate:
          if (target === null) results.push({ ActionId: action.Id, Value: null });
          else if (body.ObjectPaths[String(action.ObjectPathId)].ObjectPathType === PATH.method) {
            results.push({ ActionId: action.Id, Value: { _ReferenceId: references.keep(target) } });
          }
          break;
        case ACTION.query:
          results.push({
            ActionId: action.Id,
            Value: target === null ? null : query(workbook, target, action.QueryInfo?.Select ?? []),
          });
          break;
        case ACTION.setProperty:
          if (target) setProperty(workbook, target, action.Name, args[0]);
          break;
        case ACTION.method:
          if (action.Name === "_RemoveReference") references.release(String(args[0]));
          else if (target) {
            const value = await callMethod(workbook, target, action.Name, args);
            if (value !== null) results.push({ ActionId: action.Id, Value: value });
          }
          break;
      }
    }
  } catch (error) {
    if (!(error instanceof ExcelError)) throw error;
    return {
      Error: { Code: error.code, Message: error.message, HttpStatusCode: error.httpStatus },
    };
  }
  return { Results: results };
}

function query(workbook: EmulatedWorkbook, target: HostObject, select: string[]): object {
  if (target.kind === "worksheets") {
    const items = workbook.sheets.map((sheet, index) => ({
      ...query(workbook, { kind: "worksheet", sheet }, select.length ? select : ["name"]),
      _Id: sheet.id,
      _Index: index,
    }));
    return { _Items: items };
  }
  if (target.kind === "names") {
    return {
      _Items: [...workbook.names.keys()].map((name, index) => ({
        ...query(workbook, { kind: "namedItem", name }, select.length ? select : ["name"]),
        _Id: name,
        _Index: index,
      })),
    };
  }
  const items = moduleOf(target)?.items?.(workbook, asModuleObject(target));
  if (items) {
    // Each item carries its id so the library can address it again (by indexer) later.
    return {
      _Items: items.map((item, index) => {
        const host = item as unknown as HostObject;
        const answer = query(workbook, host, select.length ? select : ["id"]) as {
          Id?: unknown;
        };
        return { ...answer, _Id: answer.Id ?? property(workbook, host, "id"), _Index: index };
      }),
    };
  }
  const names = select.length > 0 ? select : defaultSelect(target);
  // "format/fill/color" loads through navigation properties: answer them as nested objects.
  const nested = new Map<string, string[]>();
  const answer: Record<string, unknown> = {};
  for (const name of names) {
    const [head, ...rest] = name.split("/");
    if (rest.length === 0) answer[pascal(head)] = property(workbook, target, head);
    else nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
  }
  for (const [head, inner] of nested) {
    const child = navigate(workbook, target, pascal(head), []);
    answer[pascal(head)] = child === null ? null : query(workbook, child, inner);
  }
  return answer;
}

function defaultSelect(target: HostObject): string[] {
  if (target.kind === "worksheet") return ["name", "id"];
  if (target.kind === "range") return ["address", "values", "rowCount", "columnCount"];
  if (target.kind === "rangeAreas") return ["address", "areaCount"];
  return [];
}
