import { addToSummary, emptySummary, type FileReport, type Locale } from "../form";
import { formatFile, formatTotals } from "./output";

/**
 * A report written file by file as each is checked, so that memory does not grow with the number
 * of files: only the counts are kept for the end (README, "validate": the three formats).
 */
export interface ReportWriter {
  file(report: FileReport): void;
  /** The closing part: the counts; returns them for the exit code. */
  end(): { errors: number };
}

export type ReportFormat = "table" | "json" | "ndjson";

export function reportWriter(
  format: ReportFormat,
  lang: Locale,
  write: (text: string) => void
): ReportWriter {
  if (format === "json") return jsonWriter(write);
  if (format === "ndjson") return ndjsonWriter(write);
  return tableWriter(lang, write);
}

/** Each level of JSON.stringify(report, null, 2) is two more spaces; strings hold no raw newline. */
const indented = (value: unknown, by: string) =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);

/**
 * The JSON report (docs/form.md) byte for byte as JSON.stringify(buildReport(files), null, 2)
 * would print it whole, written a file at a time.
 */
function jsonWriter(write: (text: string) => void): ReportWriter {
  const summary = emptySummary();
  let files = 0;
  write('{\n  "files": [');
  return {
    file(report) {
      write(`${files++ === 0 ? "" : ","}\n    ${indented(report, "    ")}`);
      addToSummary(summary, report);
    },
    end() {
      write(`${files === 0 ? "]" : "\n  ]"},\n  "summary": ${indented(summary, "  ")}\n}\n`);
      return summary;
    },
  };
}

/**
 * One JSON object a line: a line {"type":"file", ...the file's report} per file as it is checked,
 * then one {"type":"summary", "files", "forms", "errors", "warnings", "infos"}.
 */
function ndjsonWriter(write: (text: string) => void): ReportWriter {
  const summary = emptySummary();
  let files = 0;
  return {
    file(report) {
      write(`${JSON.stringify({ type: "file", ...report })}\n`);
      addToSummary(summary, report);
      files++;
    },
    end() {
      write(`${JSON.stringify({ type: "summary", files, ...summary })}\n`);
      return summary;
    },
  };
}

function tableWriter(lang: Locale, write: (text: string) => void): ReportWriter {
  const summary = emptySummary();
  let files = 0;
  return {
    file(report) {
      write(formatFile(report, lang));
      addToSummary(summary, report);
      files++;
    },
    end() {
      write(formatTotals({ files, ...summary }, lang));
      return summary;
    },
  };
}
