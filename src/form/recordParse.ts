import { toFinding, type Finding } from "./finding";
import { defineMeta, type RuleMeta } from "./message";
import { recordSchemas, YEARS, type FormRecord } from "./record";

/**
 * The record schema compiled into one check by zod (scripts/recordParserSource.ts): the record it
 * accepts (what zod's parse would make of it equals it: the schema's objects are strict), or
 * undefined where the schema refuses something and zod's runtime parser must say what.
 */
export type RecordParser = (candidate: unknown) => FormRecord | undefined;

let compiled: RecordParser | null = null;

/**
 * Installs the check zod compiled from the record schema at build time (the command line's bundle
 * carries one; the task pane and the sources do not). A record it accepts is taken without the
 * schemas being built at all; a record it refuses goes to zod's runtime parser, which builds them
 * on first use and reports each issue (docs/speed.md).
 */
export function installRecordParser(parser: RecordParser | null): void {
  compiled = parser;
}

/** A field the reader read but its schema refuses: the value is dropped and said so, on its cell. */
export const fieldInvalid = defineMeta({
  code: "read.field-invalid",
  severity: "error",
  description: {
    zh: "读到的字段值不在允许范围内（如年度不在 2000–2099 年之间），该值未采用。",
    en: "A field's value is outside what the form allows (a year outside 2000–2099, say); it was not used.",
  },
  messages: {
    year: {
      zh: "年度 {{value}} 不在 {{min}}–{{max}} 年之间，未采用；请核对表头的年度。",
      en: "The year {{value}} is outside {{min}}–{{max}} and was not used; check the year in the heading.",
    },
    field: {
      zh: "“{{path}}”的值“{{value}}”无法读取（{{issue}}），未采用。",
      en: 'The value "{{value}}" of "{{path}}" cannot be read ({{issue}}) and was not used.',
    },
  },
});

export const recordCodes: readonly RuleMeta[] = [fieldInvalid];

type Path = readonly PropertyKey[];

/** The value at a path of a plain object tree. */
function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<PropertyKey, unknown> | null)?.[key];
  return node;
}

/** The same tree with the value at `path` set to null; the other branches are shared. */
function withNull(root: unknown, path: Path): unknown {
  if (path.length === 0) return null;
  const [key, ...rest] = path;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<
    PropertyKey,
    unknown
  >;
  copy[key] = withNull(copy[key], rest);
  return copy;
}

/**
 * The cell a field was read from: its own (record.cells is keyed by field path), an indicator's
 * cell, or else the nearest field the form has a cell for (the year has none: the heading).
 */
function cellOf(candidate: FormRecord, path: Path, fallback: string): string {
  const cells = candidate.cells as Record<string, string | undefined>;
  if (path[0] === "indicators" && typeof path[1] === "number")
    return candidate.indicators[path[1]]?.cell ?? fallback;
  for (let length = path.length; length > 0; length--) {
    const cell = cells[path.slice(0, length).join(".")];
    if (cell) return cell;
  }
  return cells.unit ?? cells.name ?? fallback;
}

/**
 * The typed record from the candidate the reader built, parsed by its schema (src/form/record.ts):
 * each value the schema refuses becomes a finding on its cell and reads as null, as a blank would.
 * A refusal that null cannot settle is a bug in the reader, and throws.
 */
export function parseRecord(
  sheet: string,
  candidate: FormRecord,
  fallbackCell: string
): { record: FormRecord; findings: Finding[] } {
  const fast = compiled?.(candidate);
  if (fast) return { record: fast, findings: [] };
  const schema = recordSchemas().FormRecord;
  const first = schema.safeParse(candidate);
  if (first.success) return { record: first.data, findings: [] };
  let settled: unknown = candidate;
  const findings = first.error.issues.map((issue) => {
    settled = withNull(settled, issue.path);
    const value = String(valueAt(candidate, issue.path)).slice(0, 40);
    const cell = cellOf(candidate, issue.path, fallbackCell);
    return issue.path.length === 1 && issue.path[0] === "year"
      ? toFinding(fieldInvalid, sheet, {
          cell,
          messageId: "year",
          data: { value, min: YEARS.min, max: YEARS.max },
        })
      : toFinding(fieldInvalid, sheet, {
          cell,
          messageId: "field",
          data: { path: issue.path.join("."), value, issue: issue.message },
        });
  });
  return { record: schema.parse(settled), findings };
}
