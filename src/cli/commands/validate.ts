import { join } from "node:path";
import type { Locale } from "../../form";
import { InputError } from "../../files/errors";
import { inspectEach } from "../inspect";
import { prepareFolder, prepareOutput, progress, type CliIO } from "../io";
import { bilingual } from "../messages";
import { annotatedName, distinctNames } from "../names";
import { reportWriter, type ReportFormat } from "../reportWriters";
import { painter } from "../colour";

export interface ValidateOptions {
  json?: boolean;
  /** One JSON object a line (README, "validate"); takes precedence over json. */
  ndjson?: boolean;
  annotate?: string;
  lang: Locale;
  force?: boolean;
}

/**
 * Check each file and print its findings as soon as it is read, in any format: nothing but the
 * counts is kept from one file to the next. Exit code: 2 when a file could not be opened or a copy not written, 1 when errors were
 * found, else 0.
 */
export async function validate(
  files: string[],
  options: ValidateOptions,
  io: CliIO
): Promise<number> {
  const force = Boolean(options.force);
  const targets = options.annotate ? annotationTargets(files, options.annotate, force) : null;
  // ExcelJS comes with the annotated copies only: a plain validate never loads it.
  const annotate = targets ? (await import("./annotate")).annotate : null;
  const format: ReportFormat = options.ndjson ? "ndjson" : options.json ? "json" : "table";
  const quiet = format !== "table";
  const bar = progress(io, files.length, quiet);
  const writer = reportWriter(format, options.lang, painter(io.colour));
  // A pipe is written asynchronously: without waiting, a slow reader would let it all pile up here.
  const print = async (pieces: Iterable<string>) => {
    for (const piece of pieces) {
      io.stdout(piece);
      await io.drain?.();
    }
  };
  let failed = false;
  let done = 0;
  for await (const inspected of inspectEach(files)) {
    let report = inspected.report;
    if (inspected.ioError) {
      io.stderr(`perf-targets: ${inspected.ioError}\n`);
      failed = true;
    } else if (targets && annotate && inspected.grids.length > 0) {
      const out = targets.get(inspected.file) ?? "";
      try {
        report = await annotate(inspected, out, files, force, options.lang);
        if (!quiet) io.stderr(`${bilingual("written.annotated", { file: out })}\n`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr(`perf-targets: ${error.message}\n`);
        failed = true;
      }
    }
    // The report's shape is proven by the tests (they parse it with the Report schema), not on every run.
    await print(writer.file(report));
    bar.tick(++done);
  }
  bar.stop();
  await print(writer.end());
  if (failed) return 2;
  return writer.summary.errors > 0 ? 1 : 0;
}

/**
 * Where each input's annotated copy goes, decided before any work: the file named for one input,
 * a folder for several (each copy named after its input, told apart by folder when names clash).
 */
function annotationTargets(files: string[], target: string, force: boolean): Map<string, string> {
  if (files.length === 1) {
    prepareOutput(target, files, force);
    return new Map([[files[0], target]]);
  }
  prepareFolder(target);
  const names = distinctNames(files);
  const targets = new Map<string, string>();
  files.forEach((file, i) => {
    const out = join(target, annotatedName(names[i]));
    prepareOutput(out, files, force);
    targets.set(file, out);
  });
  return targets;
}
