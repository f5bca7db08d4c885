import { execFileSync } from "node:child_process";
import { buildSync } from "esbuild";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { importWorkbooks } from "../../src/excel";
import { sheetContents } from "../../src/preview/xlsxContents";
import { DEFAULT_LIMITS, readWorkbook } from "../../src/xlsx";
import { formAndRows } from "../support/millionRows";
import { tempDir } from "../support/tmp";
import { installHost } from "./host";

/*
 * Issue 20's hostile import: a form plus a million rows, some 70 KB packed, well under the pane's
 * 3.5 MB size check. It must be refused by the rows limit, early, not read for seconds and then
 * fail inside Excel with a misleading message.
 */
const tmp = tempDir();
let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await formAndRows(1_000_000);
}, 60_000);

describe("the pane's import of a form with a million rows below it", () => {
  it("is small on disk, and refused by the rows limit, naming it in both languages", async () => {
    expect(bytes.length).toBeLessThan(100 * 1024);
    installHost(undefined, ["表1"]);
    const [outcome] = await importWorkbooks([{ name: "百万行.xlsx", bytes }], {
      readGrids: (b) => readWorkbook(b),
    });
    expect(outcome.inserted).toBe(false);
    expect(outcome.reason?.zh).toContain("行数超过限制 200,000");
    expect(outcome.reason?.en).toContain("more rows than the limit of 200,000");
    expect(outcome.reason?.en).not.toMatch(/sheet name|address/);
  });

  it("is refused by the same limit when the preview's emulated Excel opens it", async () => {
    const base64 = Buffer.from(bytes).toString("base64");
    await expect(sheetContents(base64)).rejects.toMatchObject({
      code: "too-large",
      zh: expect.stringContaining("行数超过限制 200,000"),
      en: expect.stringContaining("more rows than the limit of 200,000"),
    });
  });

  it("costs at most 1 s of CPU and 300 MB at peak, measured in a process of its own", () => {
    const path = tmp.path("million.xlsx");
    writeFileSync(path, bytes);
    // CPU time and peak memory, not wall time: a neighbour's load stretches the one, not these.
    // Bundled first, so the child is plain Node: a TypeScript loader's own peak is not counted.
    const script = tmp.path("measureRead.cjs");
    buildSync({
      entryPoints: [join(__dirname, "../support/measureRead.ts")],
      outfile: script,
      bundle: true,
      platform: "node",
      format: "cjs",
      logLevel: "warning",
    });
    const out = execFileSync(process.execPath, [script, path], { encoding: "utf8" });
    const measured = JSON.parse(out);
    expect(measured.refused).toBe(true);
    expect(measured.en).toContain("rows");
    expect(measured.cpuMs).toBeLessThan(1000);
    expect(measured.peakMB).toBeLessThan(300);
  }, 60_000);

  it("reads the same form with 100,000 rows below it: the limit leaves room", async () => {
    const grids = readWorkbook(await formAndRows(100_000));
    expect(grids[0].values.length).toBeGreaterThan(100_000);
    expect(DEFAULT_LIMITS.rows).toBe(200_000);
  }, 60_000);
});
