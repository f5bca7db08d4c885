import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { SingleBar } from "cli-progress";
import { InputError } from "../files/errors";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress bars only on a terminal; pipes and --json stay quiet. */
  isTTY: boolean;
}

export type Lang = "zh" | "en";

/**
 * Refuse to write over an input, or over an existing file without --force; make the folder the
 * output goes in.
 */
export function prepareOutput(output: string, inputs: string[], force: boolean): void {
  const target = resolve(output);
  if (inputs.some((input) => resolve(input) === target)) {
    throw new InputError(
      `${output}: 输出文件不能是输入文件 (the output cannot be one of the inputs)`
    );
  }
  if (existsSync(target) && !force) {
    throw new InputError(
      `${output}: 文件已存在，加 --force 覆盖 (exists; use --force to overwrite)`
    );
  }
  mkdirSync(dirname(target), { recursive: true });
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
    stream: process.stderr,
    clearOnComplete: true,
    hideCursor: true,
  });
  bar.start(total, 0);
  return { tick: (done) => bar.update(done), stop: () => bar.stop() };
}
