import { mkdirSync, statSync, type Stats } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { SingleBar } from "cli-progress";
import { InputError } from "../files/errors";
import type { FileHandle } from "node:fs/promises";
import {
  fileIdentity,
  SameFileError,
  sameFile,
  writeAtomicWith,
  writeFileAtomic,
} from "../files/safeWrite";
import { bilingual, type MessageId } from "./messages";
import { UsageError } from "./usage";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress bars only on a terminal; pipes and --json stay quiet. */
  isTTY: boolean;
  /** The terminal's width, for the progress bar. */
  columns?: number;
  /** Resolves once stdout has taken what was written: a report waits for a slow reader. */
  drain?: () => Promise<void>;
  /** Severity colours in the readable report (src/cli/colour.ts decides); never in --json. */
  colour?: boolean;
}

/**
 * Check an output before any work: an .xlsx name, not a folder, not one of the inputs (by file
 * identity, so links and other spellings are caught), not an existing file without --force; make
 * its folder. The write itself checks again, atomically (see saveWorkbook).
 */
export function prepareOutput(output: string, inputs: readonly string[], force: boolean): void {
  if (extname(output).toLowerCase() !== ".xlsx")
    throw new UsageError(bilingual("output.extension", { file: output }));
  checkNotInput(output, inputs);
  let stat: Stats | undefined;
  try {
    stat = statSync(output);
  } catch {
    // a new file
  }
  if (stat?.isDirectory()) throw new UsageError(bilingual("output.folder", { file: output }));
  if (stat && !force) throw new UsageError(bilingual("output.exists", { file: output }));
  makeFolder(dirname(output), output);
}

/** A folder for several outputs: made when missing, refused when it is a file. */
export function prepareFolder(folder: string): void {
  if (fileIdentity(folder) && !statSync(folder).isDirectory())
    throw new UsageError(bilingual("output.not-folder", { file: folder }));
  makeFolder(folder, folder);
}

function checkNotInput(output: string, inputs: readonly string[]): void {
  const input = inputs.find((path) => sameFile(output, path) || resolve(path) === resolve(output));
  if (input !== undefined)
    throw new UsageError(bilingual("output.is-input", { file: output, input }));
}

function makeFolder(folder: string, output: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new InputError(bilingual("output.no-folder", { file: output }));
  }
}

/** Write an output checked by prepareOutput, atomically; a failure is one line, exit 2. */
export async function writeOutput(
  output: string,
  bytes: Uint8Array,
  inputs: readonly string[],
  force: boolean
): Promise<void> {
  try {
    await writeFileAtomic(output, bytes, { overwrite: force, protect: inputs });
  } catch (error) {
    throw outputError(output, error);
  }
}

/** writeOutput for an output written piece by piece into its temporary file (writeAtomicWith). */
export async function writeOutputWith(
  output: string,
  fill: (file: FileHandle) => Promise<void>,
  inputs: readonly string[],
  force: boolean
): Promise<void> {
  try {
    await writeAtomicWith(output, fill, { overwrite: force, protect: inputs });
  } catch (error) {
    throw outputError(output, error);
  }
}

/** A write failure as the one line the user sees. */
export function outputError(output: string, error: unknown): InputError {
  if (error instanceof SameFileError)
    return new InputError(bilingual("output.is-input", { file: output, input: error.input }));
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const id = {
    EEXIST: "output.exists",
    EISDIR: "output.folder",
    EACCES: "output.denied",
    EPERM: "output.denied",
    EROFS: "output.denied",
    ENOSPC: "output.no-space",
    EDQUOT: "output.no-space",
    ENOENT: "output.no-folder",
    ENOTDIR: "output.no-folder",
  } as const satisfies Record<string, MessageId>;
  const known = (id as Record<string, MessageId>)[code];
  if (known) return new InputError(bilingual(known, { file: output }));
  if (!code) throw error;
  return new InputError(bilingual("output.io", { file: output, code }));
}

/** A progress reporter over `total` files: a bar on a terminal, nothing elsewhere. */
export function progress(
  io: CliIO,
  total: number,
  quiet: boolean
): { tick: (done: number) => void; stop: () => void } {
  if (!io.isTTY || quiet || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: "{bar} {value}/{total} 个文件",
    stream: stderrStream(io),
    clearOnComplete: true,
    hideCursor: true,
  });
  bar.start(total, 0);
  return { tick: (done) => bar.update(done), stop: () => bar.stop() };
}

/** The injected stderr as the terminal stream the bar draws on (it only writes, and asks the width). */
function stderrStream(io: CliIO): NodeJS.WritableStream {
  const stream = {
    isTTY: io.isTTY,
    columns: io.columns,
    write(text: string, done?: () => void) {
      io.stderr(text);
      done?.();
      return true;
    },
  };
  return stream as unknown as NodeJS.WritableStream;
}
