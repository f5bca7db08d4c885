import { notEmulated } from "../errors";
import { typeOf } from "../types";
import type { Host, HostObject } from "../types/objects";
import { pascal, type QueryInfo } from "./wire";

type Check = (className: string, member: string) => void;

/** Group "format/fill/color" and "values" into own properties and nested loads by head. */
function split(names: string[]) {
  const own: string[] = [];
  const nested = new Map<string, string[]>();
  for (const name of names) {
    const [head, ...rest] = name.split("/");
    if (rest.length === 0) own.push(head);
    else nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
  }
  return { own, nested };
}

/** Every scalar property the object's class has on this host ("load()" or "*"). */
function allScalars(target: HostObject, host: Host, check: Check): string[] {
  const type = typeOf(target);
  return Object.keys(type.get ?? {}).filter((name) => {
    try {
      check(type.className, name);
      return true;
    } catch {
      return false;
    }
  });
}

/** One object's answer: its selected scalars and nested navigation loads, PascalCase as Excel answers. */
function objectAnswer(
  target: HostObject,
  select: string[],
  host: Host,
  check: Check
): Record<string, unknown> {
  const type = typeOf(target);
  type.beforeLoad?.(target as never, host);
  const { own, nested } = split(select.length > 0 ? select : ["*"]);
  const answer: Record<string, unknown> = {};
  for (const name of own) {
    if (name === "*") {
      for (const scalar of allScalars(target, host, check))
        answer[pascal(scalar)] = type.get![scalar](target, host);
    } else if (type.get?.[name]) {
      check(type.className, name);
      answer[pascal(name)] = type.get[name](target, host);
    } else if (type.nav?.[name]) nested.set(name, [...(nested.get(name) ?? []), "*"]);
    else throw notEmulated(`${type.className}.${name}`);
  }
  for (const [head, inner] of nested) {
    const nav = type.nav?.[head];
    if (!nav) throw notEmulated(`${type.className}.${head}`);
    check(type.className, head);
    const child = nav(target, host);
    answer[pascal(head)] =
      child === null ? null : answerQuery(child, { Select: inner }, host, check);
  }
  const id = type.id?.(target as never);
  if (id !== undefined) answer._Id = id;
  return answer;
}

/**
 * A query action's answer. A collection answers its own scalars and its items (`_Items`), each
 * with an id the library addresses it by afterwards.
 */
export function answerQuery(target: HostObject, info: QueryInfo, host: Host, check: Check): object {
  const type = typeOf(target);
  const select = [...(info.Select ?? []), ...(info.Expand ?? []).map((e) => `${e}/*`)];
  type.beforeLoad?.(target as never, host);
  if (!type.items) return objectAnswer(target, select, host, check);
  const own = select.filter((name) => type.get?.[name]);
  const answer: Record<string, unknown> = {};
  for (const name of own) {
    check(type.className, name);
    answer[pascal(name)] = type.get![name](target, host);
  }
  const itemSelect = select.filter((name) => !type.get?.[name]);
  answer._Items = type
    .items(target, host)
    .map((item) => objectAnswer(item, itemSelect, host, check));
  return answer;
}
