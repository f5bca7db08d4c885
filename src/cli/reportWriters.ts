import { addToSummary, emptySummary, type FileReport, type Locale } from "../form";
import type { ReportSummary } from "../form";
import { plain, type Paint } from "./colour";
import { fileParts, formatTotals } from "./output";

/**
 * A report written file by file as each is checked, so that memory does not grow with the number
 * of files: only the counts are kept for the end (README, "validate": the three formats). Each
 * call gives the text in pieces, so the caller can wait for a slow reader between them.
 */
export interface ReportWriter {
  file(report: FileReport): Iterable<string>;
  /** The closing part: the counts. */
  end(): Iterable<string>;
  readonly summary: ReportSummary;
}

export type ReportFormat = "table" | "json" | "ndjson";

/** `paint` colours the readable table's severities on a terminal (src/cli/colour.ts); never JSON. */
export function reportWriter(
  format: ReportFormat,
  lang: Locale,
  paint: Paint = plain
): ReportWriter {
  if (format === "json") return jsonWriter();
  if (format === "ndjson") return ndjsonWriter();
  return tableWriter(lang, paint);
}

/**
 * What JSON.stringify(value, null, 2) prints at this indent (each line after the first `by` further
 * in): the value nested in one array for every two spaces, so that JSON.stringify writes the
 * indentation as it goes, and the arrays' brackets cut off again. Indenting the text afterwards with
 * a regular expression cost about twice as much over 200 forms (docs/speed.md).
 */
function indented(value: unknown, by: string): string {
  if (!/^(?: {2})*$/.test(by)) return JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);
  const depth = by.length / 2;
  let nested = value;
  for (let level = 0; level < depth; level++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  // Each level opens with "<its indent>[\n" and closes with "\n<its indent>]": depth² + 3·depth
  // characters before the value (its own indent included), depth² + depth after it.
  return text.slice(depth * depth + 3 * depth, text.length - depth * depth - depth);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What JSON.stringify(value) (indent null) or JSON.stringify(value, null, 2) at this indent would
 * print, in pieces down to `depth` levels of objects and arrays: a file of 5,000 forms comes a form
 * at a time, and is never held whole (52 MB of text as --json, 27 MB as --ndjson).
 */
export function* jsonPieces(
  value: unknown,
  depth: number,
  indent: string | null
): Generator<string> {
  const inner = indent === null ? null : `${indent}  `;
  const before = (i: number) => `${i === 0 ? "" : ","}${inner === null ? "" : `\n${inner}`}`;
  const close = (bracket: string) => (indent === null ? bracket : `\n${indent}${bracket}`);
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield before(i);
      yield* jsonPieces(value[i] ?? null, depth - 1, inner);
    }
    yield close("]");
    return;
  }
  const keys = isPlainObject(value)
    ? Object.keys(value).filter((key) => value[key] !== undefined)
    : [];
  if (depth > 0 && isPlainObject(value) && keys.length > 0) {
    yield "{";
    for (let i = 0; i < keys.length; i++) {
      yield `${before(i)}${JSON.stringify(keys[i])}:${inner === null ? "" : " "}`;
      yield* jsonPieces(value[keys[i]], depth - 1, inner);
    }
    yield close("}");
    return;
  }
  yield indent === null ? JSON.stringify(value) : indented(value, indent);
}

/** What JSON.stringify(value, null, 2) would print at this indent, in pieces (see jsonPieces). */
export const indentedPieces = (value: unknown, indent: string, depth: number) =>
  jsonPieces(value, depth, indent);

/** Small pieces gathered into pieces of about 64 KB: fewer writes, the same bytes. */
function* batched(pieces: Iterable<string>): Generator<string> {
  let held = "";
  for (const piece of pieces) {
    held += piece;
    if (held.length >= 65_536) {
      yield held;
      held = "";
    }
  }
  if (held !== "") yield held;
}

/**
 * A writer from what it prints for each file and at the end: the counts are kept here, once for
 * every format, and `files` is how many came before the one being written.
 */
function counting(
  file: (report: FileReport, files: number) => Iterable<string>,
  end: (summary: ReportSummary, files: number) => Iterable<string>
): ReportWriter {
  const summary = emptySummary();
  let files = 0;
  return {
    summary,
    *file(report) {
      addToSummary(summary, report);
      yield* file(report, files++);
    },
    end: () => end(summary, files),
  };
}

/**
 * The JSON report (docs/form.md) byte for byte as JSON.stringify(buildReport(files), null, 2)
 * would print it whole, written a file (and within a file, some forms) at a time.
 */
const jsonWriter = () =>
  counting(
    (report, before) => batched(jsonFile(report, before)),
    (summary, files) => [
      `${files === 0 ? '{\n  "files": []' : "\n  ]"},\n  "summary": ${indented(summary, "  ")}\n}\n`,
    ]
  );

/** The file, its forms, each form: lazily, so that only a form's text is held at a time. */
function* jsonFile(report: FileReport, before: number): Generator<string> {
  yield `${before === 0 ? '{\n  "files": [' : ","}\n    `;
  yield* jsonPieces(report, 2, "    ");
}

/**
 * One JSON object a line: a line {"type":"file", ...the file's report} per file as it is checked,
 * then one {"type":"summary", "files", "forms", "errors", "warnings", "infos"}.
 */
const ndjsonWriter = () =>
  counting(
    (report) => batched(ndjsonLine(report)),
    (summary, files) => [`${JSON.stringify({ type: "summary", files, ...summary })}\n`]
  );

/** A file's line, a form at a time. */
function* ndjsonLine(report: FileReport): Generator<string> {
  yield* jsonPieces({ type: "file", ...report }, 2, null);
  yield "\n";
}

const tableWriter = (lang: Locale, paint: Paint) =>
  counting(
    (report) => batched(fileParts(report, lang, paint)),
    (summary, files) => [formatTotals({ files, ...summary }, lang)]
  );
