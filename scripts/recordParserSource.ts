/**
 * The record's check, compiled by zod at build time (docs/speed.md): zod's compiler (`compileFn`)
 * turns src/form/record.ts's FormRecord schema into one flat function, and this writes that
 * function, with the constants it closes over, as the text of a module. scripts/build.mjs puts it
 * into the command line's bundle in place of src/cli/compiledRecordParser.ts, so that a process
 * neither builds the schemas nor compiles them before its first refused record.
 */
import { compileFn } from "zod/v4/core";
import { recordSchemas } from "../src/form/record";
import type { RecordParser } from "../src/form/recordParse";

/** The code zod generated, its constants' names as the code uses them, and their values. */
interface Generated {
  code: string;
  names: string[];
  values: unknown[];
}

/**
 * Runs zod's compiler and keeps what it hands to `new Function`: the code and the constants'
 * names, then the values the function is made with. zod exposes neither the values nor the code
 * without its debug header, and a module written out needs both.
 */
function generate(): Generated {
  const real = globalThis.Function;
  let captured: Generated | null = null;
  globalThis.Function = new Proxy(real, {
    construct(target, args: string[]) {
      const factory = Reflect.construct(target, args) as (...values: unknown[]) => unknown;
      const names = args.slice(0, -1);
      const code = args[args.length - 1];
      return (...values: unknown[]) => {
        captured = { code, names, values };
        return factory(...values);
      };
    },
  });
  try {
    compileFn(recordSchemas().FormRecord, { assertOnly: true });
  } finally {
    globalThis.Function = real;
  }
  if (!captured) throw new Error("zod's compiler made no function of the record schema");
  return captured;
}

/** A constant as JavaScript source: a regular expression or a set of strings and numbers. */
function constantSource(name: string, value: unknown): string {
  if (value instanceof RegExp)
    return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (
    value instanceof Set &&
    [...value].every((v) => typeof v === "string" || typeof v === "number")
  )
    return `new Set(${JSON.stringify([...value])})`;
  throw new Error(
    `the record schema's compiled parser closes over ${name} (${Object.prototype.toString.call(value)}), ` +
      "which cannot be written into the bundle: keep the schema to plain checks (docs/speed.md)"
  );
}

/** One of zod's closures for an optional property, found in the generated lines. */
interface OptionalClosure {
  open: number;
  close: number;
  /** The closure's result, tested against INVALID after it. */
  result: string;
}

const CLOSURE_OPEN = /^(\s*)let (v\d+) = \(\(\) => \{$/;

/** The innermost closure left: one whose body opens no other (closures nest in objects). */
function innermostClosure(lines: string[]): OptionalClosure | null {
  let found: OptionalClosure | null = null;
  for (let i = 0; i < lines.length; i++) {
    const open = CLOSURE_OPEN.exec(lines[i]);
    if (!open) continue;
    const close = lines.indexOf(`${open[1]}})();`, i + 1);
    if (close < 0) throw new Error(`zod's closure at line ${i + 1} never closes`);
    found = { open: i, close, result: open[2] };
    if (!lines.slice(i + 1, close).some((line) => CLOSURE_OPEN.test(line))) return found;
  }
  return found;
}

/** The guarded check left when a closure is inlined, and the names inlining removed. */
interface Inlined {
  guarded: string[];
  removed: string[];
}

/** The lines zod writes for an optional property inlined, or null where they are not its shape. */
function inlined(lines: string[], { open, close, result }: OptionalClosure): Inlined | null {
  const value = /^\s*const (v\d+) = (?:input|v\d+)\[".*"\];$/.exec(lines[open - 1])?.[1];
  const body = lines.slice(open + 1, close);
  const local = /^\s*let (v\d+);$/.exec(body[0])?.[1];
  const expected = [
    value !== undefined,
    local !== undefined,
    body[1]?.trim() === `if (${value} !== undefined) {`,
    body[body.length - 2]?.trim() === "}",
    body[body.length - 1]?.trim() === `return ${local};`,
    // Inside the guard only a refusal returns: the value is present, so its key is in the object.
    body.slice(2, -2).every((line) => !/\breturn\b/.test(line) || /return INVALID;$/.test(line)),
    lines[close + 1]?.trim() === `if (${result} === INVALID) {`,
    /^if \(".*" in (?:input|v\d+)\) return INVALID;$/.test(lines[close + 2]?.trim() ?? ""),
    lines[close + 3]?.trim() === `${result} = undefined;`,
    lines[close + 4]?.trim() === "}",
  ];
  if (!expected.every(Boolean) || !local) return null;
  // What builds the closure's result, which nothing reads in zod's check alone (`assertOnly`):
  // `local = vN;`, and vN's literal where vN is an object built only for it.
  const assigned = new Set<string>();
  const guarded = body.slice(1, -1).filter((line) => {
    const assignment = new RegExp(`^\\s*${local} = (v\\d+);$`).exec(line);
    if (assignment) assigned.add(assignment[1]);
    return !assignment;
  });
  const built = (line: string) => /^\s*const (v\d+) = \{.*\};$/.exec(line)?.[1] ?? "";
  const literals = guarded.map(built).filter((name) => assigned.has(name));
  return {
    guarded: guarded.filter((line) => !literals.includes(built(line))),
    removed: [result, local, ...literals],
  };
}

/**
 * zod's code with each optional property's closure inlined. zod wraps the check of an optional
 * property in a closure called on every parse, then asks whether the key is in the object when it
 * returns INVALID; its body is guarded by `value !== undefined`, so a refusal there means the key
 * is present and may return INVALID at once. Measured over 200 records of a fresh process: 17 →
 * 11 µs a record, 18 → 9 over 2,000 more (docs/speed.md). The build fails where zod's code is not
 * of that shape, or still reads a name inlining removed.
 */
export function withOptionalsInlined(code: string): string {
  let lines = code.split("\n");
  for (let closure = innermostClosure(lines); closure; closure = innermostClosure(lines)) {
    const done = inlined(lines, closure);
    if (!done)
      throw new Error(
        `zod's code for an optional property changed shape (line ${closure.open + 1}): ` +
          "scripts/recordParserSource.ts must learn it"
      );
    lines = [
      ...lines.slice(0, closure.open),
      ...done.guarded.map((line) => line.replace(/^ {2}/, "")),
      ...lines.slice(closure.close + 5),
    ];
    for (const name of done.removed)
      if (lines.some((line) => new RegExp(`\\b${name}\\b`).test(line)))
        throw new Error(`zod's code reads ${name}, which inlining its closure removed`);
  }
  return lines.join("\n");
}

/** The check as lines of JavaScript: zod's constants, then `check`, which returns INVALID or not. */
function checkSource(): string[] {
  const { code, names, values } = generate();
  const [invalid, ...rest] = names;
  if (invalid !== "INVALID")
    throw new Error(`zod's compiler's first constant is ${invalid}, not INVALID`);
  const constants = rest.map(
    (name, i) => `const ${name} = ${constantSource(name, values[i + 1])};`
  );
  return [
    'const INVALID = Symbol("refused");',
    ...constants,
    `const check = ${asEagerFunction(withOptionalsInlined(code))};`,
  ];
}

/**
 * zod's `return (input) => {…}` as a parenthesized function expression, which V8 compiles with
 * the module rather than on the first record (an arrow function it compiles lazily, parsing it
 * twice): bench-zod's first record 867 and 673 → 267 and 255 µs, the mean over 200 13.1 and 12.9
 * → 10.5 and 11.3 µs, the load unchanged (two sets of 15 fresh processes, load 9–10).
 */
function asEagerFunction(code: string): string {
  const arrow = /^return \(input\) => \{/;
  if (!arrow.test(code)) throw new Error("zod's compiled code no longer starts with (input) => {");
  return `(function (input) {${code.replace(arrow, "")})`;
}

/**
 * The module's text: `compiledRecordParser(candidate)` returns the candidate when the schema accepts
 * it, or undefined where zod's runtime parser must say what is wrong (src/form/recordParse.ts).
 * zod's check without building a copy (`assertOnly`): every object of the schema is strict and
 * nothing transforms a value, so the copy zod's parse would build equals the candidate.
 */
export function recordParserModule(): string {
  return [
    "// Generated at build time by scripts/recordParserSource.ts from src/form/record.ts, with zod's compiler.",
    ...checkSource(),
    "export const compiledRecordParser = (candidate) =>",
    "  check(candidate) === INVALID ? undefined : candidate;",
  ].join("\n");
}

/** The same parser made in this process, for the bench's in-process figures (bench/core.ts). */
export function recordParserHere(): RecordParser {
  const source = [
    ...checkSource(),
    "return (candidate) => (check(candidate) === INVALID ? undefined : candidate);",
  ];
  return new Function(source.join("\n"))() as RecordParser;
}
