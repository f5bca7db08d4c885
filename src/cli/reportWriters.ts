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

/** Each level of JSON.stringify(report, null, 2) is two more spaces; strings hold no raw newline. */
const indented = (value: unknown, by: string) =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What JSON.stringify(value, null, 2) would print at this indent, in pieces down to `depth`
 * levels of objects and arrays: a file of 5,000 forms comes a form at a time.
 */
export function* indentedPieces(value: unknown, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}`;
      yield* indentedPieces(value[i] ?? null, inner, depth - 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const keys = isPlainObject(value)
    ? Object.keys(value).filter((key) => value[key] !== undefined)
    : [];
  if (depth > 0 && isPlainObject(value) && keys.length > 0) {
    yield "{";
    for (let i = 0; i < keys.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}${JSON.stringify(keys[i])}: `;
      yield* indentedPieces(value[keys[i]], inner, depth - 1);
    }
    yield `\n${indent}}`;
    return;
  }
  yield indented(value, indent);
}

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
 * The JSON report (docs/form.md) byte for byte as JSON.stringify(buildReport(files), null, 2)
 * would print it whole, written a file (and within a file, some forms) at a time.
 */
function jsonWriter(): ReportWriter {
  const summary = emptySummary();
  let files = 0;
  const opening = () => (files === 0 ? '{\n  "files": [' : ",");
  return {
    summary,
    *file(report) {
      const head = `${opening()}\n    `;
      files++;
      addToSummary(summary, report);
      // The file, its forms, each form.
      yield* batched([head, ...indentedPieces(report, "    ", 2)]);
    },
    *end() {
      const open = files === 0 ? '{\n  "files": []' : "\n  ]";
      yield `${open},\n  "summary": ${indented(summary, "  ")}\n}\n`;
    },
  };
}

/**
 * One JSON object a line: a line {"type":"file", ...the file's report} per file as it is checked,
 * then one {"type":"summary", "files", "forms", "errors", "warnings", "infos"}.
 */
function ndjsonWriter(): ReportWriter {
  const summary = emptySummary();
  let files = 0;
  return {
    summary,
    *file(report) {
      addToSummary(summary, report);
      files++;
      yield `${JSON.stringify({ type: "file", ...report })}\n`;
    },
    *end() {
      yield `${JSON.stringify({ type: "summary", files, ...summary })}\n`;
    },
  };
}

function tableWriter(lang: Locale, paint: Paint): ReportWriter {
  const summary = emptySummary();
  let files = 0;
  return {
    summary,
    *file(report) {
      addToSummary(summary, report);
      files++;
      yield* batched(fileParts(report, lang, paint));
    },
    *end() {
      yield formatTotals({ files, ...summary }, lang);
    },
  };
}
