import { randomBytes } from "node:crypto";
import { readdirSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/*
 * The temporary files an atomic write leaves while it runs (README, "Temporary files"): named so
 * that they are recognisably ours and say which process made them, removed on SIGINT, SIGTERM and
 * SIGHUP, and, when a run was killed outright (SIGKILL, a power cut), removed by the next run that
 * writes into the same folder once the process that made them is gone.
 */

const MARK = "perf-targets";
/** ".NAME.xlsx.perf-targets-PID-HEX.tmp": the name pattern the sweep removes, and nothing else. */
const OURS = new RegExp(`^\\..+\\.${MARK}-(\\d+)-[0-9a-f]{12}\\.tmp$`);

/** Temporary files not yet renamed into place: removed if the process is interrupted. */
export const pendingTemporaries = new Set<string>();

/** A new temporary name beside the target, registered as pending. */
export function temporaryFor(path: string): string {
  const name = `.${basename(path)}.${MARK}-${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
  const temporary = join(dirname(path), name);
  pendingTemporaries.add(temporary);
  return temporary;
}

export function removePendingTemporaries(): void {
  for (const path of pendingTemporaries) removeQuietly(path);
  pendingTemporaries.clear();
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** True while a process of this id runs (a signal 0 probes without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Remove the temporary files earlier runs left in this folder when they were killed: only names
 * of our pattern, and only those whose process is gone (another run writing now keeps its own).
 * Returns the names removed.
 */
export function sweepLeftovers(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(OURS.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    removeQuietly(join(folder, name));
    removed.push(name);
  }
  return removed;
}

const SIGNAL_CODES = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/** On an interrupting signal: remove the pending temporaries, then exit as the signal would. */
export function removeTemporariesOnSignals(): void {
  for (const signal of Object.keys(SIGNAL_CODES) as (keyof typeof SIGNAL_CODES)[])
    process.on(signal, () => {
      removePendingTemporaries();
      process.exit(128 + SIGNAL_CODES[signal]);
    });
}
