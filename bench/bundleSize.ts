import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The task pane's own JavaScript must stay within this, gzipped (Office.js aside). */
export const PANE_TARGET_GZIP_BYTES = 90 * 1024;

const gzipBytes = (dist: string, file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The scripts a built page loads from the add-in's folder, Office.js aside. */
function pageScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:/i.test(src) && !src.startsWith("office-js/"));
}

/** Gzipped bytes of the scripts a built page loads from the add-in's folder, Office.js aside. */
function pageScriptBytes(dist: string, page: string): number {
  return pageScripts(dist, page).reduce((sum, src) => sum + gzipBytes(dist, src), 0);
}

/**
 * Gzipped bytes of the chunks a page's scripts load later (the pane's .xlsx reader, on import):
 * the hashed scripts of the folder that the page does not list but its scripts name by hash.
 */
function laterChunkBytes(dist: string, page: string): number {
  const listed = pageScripts(dist, page);
  const code = listed.map((src) => readFileSync(join(dist, src), "utf8")).join("\n");
  return readdirSync(dist)
    .filter((file) => !listed.includes(file))
    .filter((file) => {
      const hash = /\.([0-9a-f]{8})\.js$/.exec(file)?.[1];
      return hash !== undefined && code.includes(`"${hash}"`);
    })
    .reduce((sum, file) => sum + gzipBytes(dist, file), 0);
}

/** What `npm run build` wrote for the pages Office loads, in gzipped bytes. */
export function addinBundleSizes(dist = "dist") {
  const taskpaneGzipBytes = pageScriptBytes(dist, "taskpane.html");
  return {
    taskpaneGzipBytes,
    /** Loaded only when a workbook is imported. */
    taskpaneLaterGzipBytes: laterChunkBytes(dist, "taskpane.html"),
    commandsGzipBytes: pageScriptBytes(dist, "commands.html"),
    targetGzipBytes: PANE_TARGET_GZIP_BYTES,
    withinTarget: taskpaneGzipBytes <= PANE_TARGET_GZIP_BYTES,
  };
}
