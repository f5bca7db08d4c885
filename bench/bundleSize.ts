import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The task pane's own JavaScript must stay within this, gzipped (Office.js aside). */
export const PANE_TARGET_GZIP_BYTES = 90 * 1024;

/** Gzipped bytes of the scripts a built page loads from the add-in's folder, Office.js aside. */
function pageScriptBytes(dist: string, page: string): number {
  const html = readFileSync(join(dist, page), "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:/i.test(src) && !src.startsWith("office-js/"));
  return sources.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length,
    0
  );
}

/** What `npm run build` wrote for the pages Office loads, in gzipped bytes. */
export function addinBundleSizes(dist = "dist") {
  const taskpaneGzipBytes = pageScriptBytes(dist, "taskpane.html");
  return {
    taskpaneGzipBytes,
    commandsGzipBytes: pageScriptBytes(dist, "commands.html"),
    targetGzipBytes: PANE_TARGET_GZIP_BYTES,
    withinTarget: taskpaneGzipBytes <= PANE_TARGET_GZIP_BYTES,
  };
}
