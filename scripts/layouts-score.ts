/**
 * How well the reader meets the published-form fixtures (test/fixtures/forms, docs/layouts.md),
 * as text and as .xlsx: one line per fixture, then the totals. `--misses` lists what was missed.
 * Run with `npx tsx scripts/layouts-score.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkSheet } from "../src/form";
import { loadGrids } from "../src/files/load";
import { writeWorkbook } from "../src/files/xlsxWrite";
import {
  fixtureGrid,
  fixturePlan,
  loadFixtures,
  scoreFixture,
  type Score,
} from "../test/support/formFixtures";

async function main(): Promise<void> {
  const showMisses = process.argv.includes("--misses");
  const dir = mkdtempSync(join(tmpdir(), "perf-targets-layouts-"));
  const sums = { text: { met: 0, total: 0 }, xlsx: { met: 0, total: 0 } };
  const clean = { forms: 0, withErrors: 0 };
  try {
    for (const fixture of loadFixtures()) {
      const text = scoreFixture(fixture, checkSheet(fixtureGrid(fixture)));
      const path = join(dir, `${fixture.id}.xlsx`);
      await writeWorkbook(path, [fixturePlan(fixture)]);
      const [grid] = await loadGrids(path);
      const xlsx = scoreFixture(fixture, checkSheet(grid));
      for (const [key, score] of [
        ["text", text],
        ["xlsx", xlsx],
      ] as const) {
        sums[key].met += score.met;
        sums[key].total += score.total;
      }
      fixture.expect.forms.forEach((form, index) => {
        if (form.errors.length > 0) return;
        clean.forms++;
        if (text.misses.some((m) => m.startsWith(`form ${index + 1} no other error`)))
          clean.withErrors++;
      });
      const line = (s: Score) => `${s.met}/${s.total}`;
      console.log(
        `${fixture.kind.padEnd(14)} ${fixture.id.padEnd(32)} text ${line(text).padEnd(8)} xlsx ${line(xlsx)}`
      );
      if (showMisses)
        for (const miss of new Set([...text.misses, ...xlsx.misses])) console.log(`    ${miss}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const percent = ({ met, total }: { met: number; total: number }) =>
    `${met}/${total} = ${((100 * met) / total).toFixed(1)}%`;
  console.log(`text: ${percent(sums.text)}; xlsx: ${percent(sums.xlsx)}`);
  console.log(`clean forms: ${clean.forms}, with a false error: ${clean.withErrors}`);
}

void main();
