/**
 * The record's check, compiled by zod at build time (docs/speed.md): zod's compiler (`compileFn`)
 * turns src/form/record.ts's FormRecord schema into one flat function, and this writes that
 * function, with the constants it closes over, as the text of a module. scripts/build.mjs puts it
 * into the command line's bundle in place of src/cli/compiledRecordParser.ts, so that a process
 * neither builds the schemas nor compiles them before its first refused record.
 */
import { compileFn } from "zod/v4/core";
import { recordSchemas } from "../src/form/record";

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

/**
 * The module's text: `compiledRecordParser(candidate)` returns the candidate when the schema accepts
 * it, or undefined where zod's runtime parser must say what is wrong (src/form/recordParse.ts).
 * zod's check without building a copy (`assertOnly`): every object of the schema is strict and
 * nothing transforms a value, so the copy zod's parse would build equals the candidate.
 */
export function recordParserModule(): string {
  const { code, names, values } = generate();
  const [invalid, ...rest] = names;
  if (invalid !== "INVALID")
    throw new Error(`zod's compiler's first constant is ${invalid}, not INVALID`);
  const constants = rest.map(
    (name, i) => `const ${name} = ${constantSource(name, values[i + 1])};`
  );
  return [
    "// Generated at build time by scripts/recordParserSource.ts from src/form/record.ts, with zod's compiler.",
    'const INVALID = Symbol("refused");',
    ...constants,
    `const check = (${code.replace(/^return /, "")});`,
    "export const compiledRecordParser = (candidate) =>",
    "  check(candidate) === INVALID ? undefined : candidate;",
  ].join("\n");
}
