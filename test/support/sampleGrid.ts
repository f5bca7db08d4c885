import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GridSnapshot } from "../../src/form/grid";

/** Tab-separated text as a grid, the way pasted text reads: one row a line. */
export function gridFromText(text: string, sheet = "Sheet1"): GridSnapshot {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  return {
    sheet,
    origin: { row: 0, col: 0 },
    values: lines.map((line) => line.split("\t").map((cell) => (cell === "" ? null : cell))),
    merges: [],
  };
}

/** The sample document: one unit's five forms for 2023, stacked on one sheet. */
export function sampleGrid(): GridSnapshot {
  return gridFromText(
    readFileSync(join(__dirname, "../../examples/2023-unit-performance-targets.txt"), "utf8"),
    "sample"
  );
}
