import { constants, copyFileSync, linkSync, renameSync, statSync, unlinkSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { pendingTemporaries, sweepLeftovers, temporaryFor } from "./temporaries";

/** A file's identity: what two paths share when they name one file (links, "./..", case). */
export function fileIdentity(path: string): { dev: number; ino: number } | null {
  try {
    const stat = statSync(path);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/** True when both paths name one existing file, however they are spelt. */
export function sameFile(a: string, b: string): boolean {
  const ia = fileIdentity(a);
  const ib = fileIdentity(b);
  return ia !== null && ib !== null && ia.dev === ib.dev && ia.ino === ib.ino;
}

/** The output would replace one of the protected files (the inputs). */
export class SameFileError extends Error {
  constructor(
    readonly path: string,
    readonly input: string
  ) {
    super(`${path} is ${input}`);
    this.name = "SameFileError";
  }
}

export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an EEXIST error, decided atomically. */
  overwrite: boolean;
  /** Files that must never be replaced (the inputs), checked by identity just before the rename. */
  protect?: readonly string[];
}

/**
 * Write a file so that readers see the old file or the whole new one, never a part: the bytes go
 * to a temporary file in the same folder, are flushed to disk, and only then take the target's
 * name. Without overwrite the name is taken with link(), which fails if the target exists, so the
 * "exists" check cannot be raced; on a file system without hard links, an exclusive copy. What
 * killed runs left in the folder goes first (src/files/temporaries.ts).
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: WriteOptions
): Promise<void> {
  await writeAtomicWith(path, (file) => file.writeFile(bytes), options);
}

/**
 * writeFileAtomic for a file written piece by piece: `fill` writes the temporary file (a summary
 * of thousands of forms is streamed, never held whole); the same flush, checks and rename follow.
 */
export async function writeAtomicWith(
  path: string,
  fill: (file: FileHandle) => Promise<void>,
  options: WriteOptions
): Promise<void> {
  sweepLeftovers(dirname(path));
  const temporary = temporaryFor(path);
  try {
    const handle = await open(temporary, "wx");
    try {
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (const input of options.protect ?? [])
      if (sameFile(path, input)) throw new SameFileError(path, input);
    if (options.overwrite) renameSync(temporary, path);
    else takeNameExclusively(temporary, path);
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // renamed into place, or never created
    }
    pendingTemporaries.delete(temporary);
  }
}

function takeNameExclusively(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    copyFileSync(temporary, path, constants.COPYFILE_EXCL);
  }
}
