import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";

/** Every string of our manifest has a Chinese default and this override (docs/addin.md). */
export const OVERRIDE_LOCALES = ["en-US"] as const;

/**
 * Looks up the files a manifest's URLs name in a folder served at `baseUrl`: a URL under the base
 * is a file in the folder (undefined when missing), any other URL is not ours to look at (null).
 * `only`, when given, limits the look-ups to paths that start with one of its prefixes.
 */
export function filesServedFrom(folder: string, baseUrl: string, only?: readonly string[]) {
  const root = resolve(folder);
  return (url: string): Uint8Array | undefined | null => {
    if (!url.startsWith(baseUrl)) return null;
    const relative = decodeURIComponent(
      new URL(url).pathname.slice(new URL(baseUrl).pathname.length)
    );
    if (only && !only.some((prefix) => relative.startsWith(prefix))) return null;
    const path = resolve(join(root, relative));
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile())
      return undefined;
    return readFileSync(path);
  };
}

/** The folder URL the add-in is served from: that of the task pane (DefaultSettings/SourceLocation). */
export function servedBase(xml: string): string | undefined {
  const match = /<DefaultSettings>\s*<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  return match ? new URL(".", match[1]).href : undefined;
}
