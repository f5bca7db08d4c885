import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

export const now = () => Number(process.hrtime.bigint()) / 1e6;

export interface Spread {
  min: number;
  median: number;
  runs: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: Math.round(sorted[0]),
    median: Math.round(sorted[Math.floor(sorted.length / 2)]),
    runs: sorted.length,
  };
}

/** A command run as a fresh Node process: the script and its arguments. */
export interface Run {
  name: string;
  args: string[];
  /** Exit codes that mean success (validate exits 1 when it finds errors). */
  ok?: number[];
}

export interface Timed {
  /** Wall time. */
  ms: number;
  /** CPU time of the process, user + system: what it costs, whatever else the machine runs. */
  cpuMs: number;
  stdout: string;
  stderr: string;
  maxRssMb: number;
}

/** Run once in a fresh process; its wall and CPU time, output and peak memory (bench/maxRss.cjs). */
export function runOnce(run: Run): Timed {
  const rssFile = join(tmpdir(), `perf-targets-rss-${process.pid}-${run.name}`);
  const start = now();
  const child = spawnSync(process.execPath, ["-r", join(__dirname, "maxRss.cjs"), ...run.args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  const ms = now() - start;
  if (child.error) throw child.error;
  if (!(run.ok ?? [0]).includes(child.status ?? -1))
    throw new Error(`${run.name} exited ${child.status}: ${child.stderr.slice(0, 500)}`);
  const usage = JSON.parse(readFileSync(rssFile, "utf8")) as { maxRssKb: number; cpuMs: number };
  rmSync(rssFile, { force: true });
  return {
    ms,
    cpuMs: usage.cpuMs,
    stdout: child.stdout,
    stderr: child.stderr,
    maxRssMb: usage.maxRssKb / 1024,
  };
}

/**
 * Each run `rounds` times, interleaved (a round runs every command once, in an order that turns
 * each round), so a noisy neighbour or a warm disk cache touches them all alike.
 */
export function interleaved(runs: Run[], rounds: number): Record<string, Timed[]> {
  const results: Record<string, Timed[]> = Object.fromEntries(runs.map((run) => [run.name, []]));
  for (let round = 0; round < rounds; round++)
    for (let k = 0; k < runs.length; k++) {
      const run = runs[(k + round) % runs.length];
      results[run.name].push(runOnce(run));
    }
  return results;
}
