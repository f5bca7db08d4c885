import { extname, resolve, sep } from "node:path";

/**
 * How to tell inputs apart: each file's name, with as many of its folders in front as it takes to
 * differ from every other input (a/form.xlsx and b/form.xlsx stay "a/form.xlsx" and
 * "b/form.xlsx"; lone names stay bare). The same path given twice gets "(2)".
 */
export function distinctNames(files: readonly string[]): string[] {
  const parts = files.map((file) => resolve(file).split(sep).filter(Boolean));
  const names = parts.map((segments, i) => {
    for (let depth = 1; depth < segments.length; depth++) {
      const tail = segments.slice(-depth).join("/");
      const clash = parts.some((other, j) => j !== i && other.slice(-depth).join("/") === tail);
      if (!clash) return tail;
    }
    return segments.join("/");
  });
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n === 1) return name;
    const ext = extname(name);
    return `${name.slice(0, name.length - ext.length)}(${n})${ext}`;
  });
}

/** An annotated copy's file name for an input known by its distinct name: a/form.xlsx → a-form.annotated.xlsx. */
export function annotatedName(distinct: string): string {
  const stem = distinct.slice(0, distinct.length - extname(distinct).length);
  return `${stem.replace(/[/\\:*?"<>|]/g, "-")}.annotated.xlsx`;
}
