import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importWorkbooks } from "../../src/excel";
import { readWorkbook } from "../../src/xlsx";
import { heapAfterGc } from "../support/heap";
import { installHost } from "./host";

/*
 * Imports that are over leave nothing behind: each emulated Excel (its Office.js library, about
 * 2 MB) is let go when the next replaces it. When the globals kept every host a test file made,
 * `npm run fuzz`'s 10,000 imports ran out of memory (3.8 GB).
 */
const WORKBOOK = new Uint8Array(
  readFileSync(join(__dirname, "../fixtures/xlsx/exceljs-forms.xlsx"))
);

async function importOnNewHost(): Promise<void> {
  installHost(undefined, ["表1"]);
  const [outcome] = await importWorkbooks([{ name: "单位.xlsx", bytes: WORKBOOK }], {
    readGrids: (bytes) => readWorkbook(bytes),
  });
  expect(outcome.inserted).toBe(true);
}

it("keeps the heap flat over 25 imports, each in a new emulated Excel", async () => {
  for (let warmUp = 0; warmUp < 3; warmUp++) await importOnNewHost();
  const before = await heapAfterGc();
  for (let run = 0; run < 25; run++) await importOnNewHost();
  const grown = (await heapAfterGc()) - before;
  // Measured: 1 MB; when every host was kept, 50 MB.
  expect(grown).toBeLessThan(15 * 1024 * 1024);
  // 28 emulated hosts: 10 s alone, past jest's 30 s under a full parallel run at load 15.
}, 120_000);
