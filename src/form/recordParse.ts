import { toFinding, type Finding } from "./finding";
import { defineMeta, type RuleMeta } from "./message";
import { recordSchemas, YEARS, type FormRecord } from "./record";

type RecordSchema = ReturnType<typeof recordSchemas>["FormRecord"];
/** zod's `compile` (zod/mini), or any function that returns a schema parsing exactly as its argument. */
export type SchemaCompiler = (schema: RecordSchema) => RecordSchema;

/**
 * How many records the schema parses as it is before a compiler, when one is installed, turns it
 * into one flat function: compiling costs about as much as 30 cold parses (docs/speed.md),
 * so a process reading a few forms never pays for it, and one reading hundreds saves most of it.
 */
const PARSED_BEFORE_COMPILING = 16;

const parser: { compile: SchemaCompiler | null; parsed: number; compiled: RecordSchema | null } = {
  compile: null,
  parsed: 0,
  compiled: null,
};

/**
 * Lets the record schema be compiled once a process has parsed enough records. A shell installs
 * zod's compiler (the command line does); the task pane does not, so its bundle never carries it.
 * A compiled schema accepts, refuses and reports exactly as the schema it was made from.
 */
export function compileRecordSchemaWith(compile: SchemaCompiler | null): void {
  parser.compile = compile;
  parser.compiled = null;
  parser.parsed = 0;
}

function recordSchema(): RecordSchema {
  if (parser.compiled) return parser.compiled;
  const { FormRecord } = recordSchemas();
  if (!parser.compile || ++parser.parsed <= PARSED_BEFORE_COMPILING) return FormRecord;
  return (parser.compiled = parser.compile(FormRecord));
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
  const schema = recordSchema();
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
