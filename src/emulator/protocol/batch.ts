import { ExcelError, notEmulated } from "../errors";
import { typeOf } from "../types";
import type { Host, HostObject } from "../types/objects";
import { answerQuery } from "./query";
import type { References } from "./references";
import {
  ACTION,
  PATH,
  camel,
  type Action,
  type ArgumentInfo,
  type ObjectPath,
  type RequestBody,
} from "./wire";

/** What a batch is answered with: the host, its object references and its requirement check. */
export interface BatchHost extends Host {
  references: References;
  check: (className: string, member: string, args?: unknown[], setting?: boolean) => void;
}

const isHostObject = (value: unknown): value is HostObject =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { kind?: unknown }).kind === "string";

/** One batch's object paths, resolved once each (a path may serve many actions). */
class Paths {
  private readonly resolved = new Map<number, HostObject | null>();
  constructor(
    private readonly body: RequestBody,
    private readonly host: BatchHost
  ) {}

  /** Arguments with object paths in place of the library's path ids (ReferencedObjectPathIds). */
  args(info?: ArgumentInfo): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (typeof ref === "number" && ref !== 0) args[i] = this.get(ref);
    });
    return args.map((arg) => this.inner(arg));
  }

  /** A plain object argument carries objects as { _ObjectPathId } (relativeTo: a Worksheet). */
  private inner(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.inner(v));
    if (!value || typeof value !== "object" || isHostObject(value)) return value;
    const id = (value as { _ObjectPathId?: unknown })._ObjectPathId;
    if (typeof id === "number") return this.get(id);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.inner(v)]));
  }

  get(id: number): HostObject | null {
    if (this.resolved.has(id)) return this.resolved.get(id)!;
    const path = this.body.ObjectPaths[String(id)];
    const target = this.resolve(path);
    this.resolved.set(id, target);
    return target;
  }

  pathOf(id: number): ObjectPath {
    return this.body.ObjectPaths[String(id)];
  }

  private resolve(path: ObjectPath): HostObject | null {
    if (path.ObjectPathType === PATH.globalObject) return { kind: "workbook" };
    if (path.ObjectPathType === PATH.referenceId) return this.host.references.get(path.Name);
    const parent = this.get(path.ParentObjectPathId!);
    if (parent === null) return null;
    const step = STEPS[path.ObjectPathType];
    if (!step) throw notEmulated(`object paths of type ${path.ObjectPathType}`);
    const found = step(parent, camel(path.Name), this.args(path.ArgumentInfo), this.host);
    return found;
  }
}

type Step = (
  parent: HostObject,
  name: string,
  args: unknown[],
  host: BatchHost
) => HostObject | null;

/** How each kind of object path reaches its object from its parent. */
const STEPS: Record<number, Step> = {
  [PATH.property]: (parent, name, _args, host) => {
    const type = typeOf(parent);
    const nav = type.nav?.[name];
    if (!nav) throw notEmulated(`${type.className}.${name}`);
    host.check(type.className, name);
    return nav(parent, host);
  },
  [PATH.method]: (parent, name, args, host) => objectOf(call(parent, name, args, host)),
  [PATH.indexer]: (parent, _name, args, host) => objectOf(call(parent, "getItem", args, host)),
};

function objectOf(value: unknown): HostObject | null {
  if (value === null || isHostObject(value)) return value;
  throw new ExcelError("InvalidArgument", "The method does not return an object.");
}

/** A method by name, or a collection's getItemAt, after the requirement check. */
function call(target: HostObject, name: string, args: unknown[], host: BatchHost): unknown {
  const type = typeOf(target);
  host.check(type.className, name, args);
  const method = type.methods?.[name];
  if (method) return method(target, args, host);
  if (name === "getItemAt" && type.items) {
    const item = type.items(target, host)[Number(args[0])];
    if (!item) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);
    return item;
  }
  throw notEmulated(`${type.className}.${name}()`);
}

type Result = { ActionId: number; Value: unknown } | null;
type Run = (action: Action, paths: Paths, host: BatchHost) => Result | Promise<Result>;

/** What each kind of action does; its result, if it has one. */
const RUN: Record<number, Run> = {
  [ACTION.instantiate]: (action, paths, host) => {
    const target = paths.get(action.ObjectPathId);
    if (target === null) return { ActionId: action.Id, Value: null };
    const value: Record<string, unknown> = {};
    const id = typeOf(target).id?.(target as never);
    if (id !== undefined) value.Id = id;
    if (paths.pathOf(action.ObjectPathId).ObjectPathType === PATH.method)
      value._ReferenceId = host.references.keep(target);
    return { ActionId: action.Id, Value: value };
  },
  [ACTION.query]: (action, paths, host) => {
    const target = paths.get(action.ObjectPathId);
    const value =
      target === null ? null : answerQuery(target, action.QueryInfo ?? {}, host, host.check);
    return { ActionId: action.Id, Value: value };
  },
  [ACTION.setProperty]: (action, paths, host) => {
    const target = paths.get(action.ObjectPathId);
    if (target === null) return null;
    const type = typeOf(target);
    const name = camel(action.Name);
    const set = type.set?.[name];
    if (!set) throw notEmulated(`setting ${type.className}.${name}`);
    const [value] = paths.args(action.ArgumentInfo);
    host.check(type.className, name, [value], true);
    set(target, value, host);
    return null;
  },
  [ACTION.method]: async (action, paths, host) => {
    const args = paths.args(action.ArgumentInfo);
    if (action.Name === "_KeepReference") return null;
    if (action.Name === "_RemoveReference") {
      host.references.release(String(args[0]));
      return null;
    }
    const target = paths.get(action.ObjectPathId);
    if (target === null) return null;
    const value = await call(target, camel(action.Name), args, host);
    return value === undefined
      ? null
      : { ActionId: action.Id, Value: isHostObject(value) ? null : value };
  },
  [ACTION.trace]: (action) => ({ ActionId: action.Id, Value: null }),
};

/** Answer one batch: every action in order, stopping at the first Excel error, as Excel does. */
export async function answerBatch(body: RequestBody, host: BatchHost): Promise<object> {
  const paths = new Paths(body, host);
  const results: Result[] = [];
  const traceIds: number[] = [];
  try {
    for (const action of body.Actions) {
      const run = RUN[action.ActionType];
      if (!run) throw notEmulated(`actions of type ${action.ActionType}`);
      if (action.ActionType === ACTION.trace) traceIds.push(action.Id);
      results.push(await host.workbook.writing(host, () => run(action, paths, host)));
    }
  } catch (error) {
    if (!(error instanceof ExcelError)) throw error;
    return {
      Error: { Code: error.code, Message: error.message, HttpStatusCode: error.httpStatus },
    };
  }
  return { Results: results.filter((r) => r !== null), TraceIds: traceIds };
}
