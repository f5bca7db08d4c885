import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What the preview is built from: a change to any of these makes `npm start` build again. */
export const PREVIEW_INPUTS = [
  "src",
  "assets",
  "examples",
  "manifest.xml",
  "webpack.config.js",
  "package-lock.json",
  "tsconfig.base.json",
];

/** Written into the preview's folder after a build that succeeded. */
export const BUILT_STAMP = ".built";

/** The newest modification time among the files under `paths` (0 when there are none). */
export function newestChange(root: string, paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/**
 * Whether the preview in `dir` was built after every input last changed, so a second
 * `npm start` can serve it as it is instead of building again (about 40 s).
 */
export function isFresh(dir: string, root: string, inputs = PREVIEW_INPUTS): boolean {
  const stamp = join(dir, BUILT_STAMP);
  if (!existsSync(stamp)) return false;
  // Strictly newer: a file saved in the same instant as the stamp counts as a change.
  return statSync(stamp).mtimeMs > newestChange(root, inputs);
}

export function markBuilt(dir: string): void {
  writeFileSync(join(dir, BUILT_STAMP), `${new Date().toISOString()}\n`);
}
