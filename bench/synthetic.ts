import { formPlan, gridFromPlan, readSheet } from "../src/form";
import type { GridSnapshot } from "../src/form/grid";
import type { FormRecord } from "../src/form/record";
import { loadGrids } from "../src/files/load";

/** The sample document's five records: the seed every synthetic form is varied from. */
export async function sampleRecords(): Promise<FormRecord[]> {
  const [grid] = await loadGrids("examples/2023-unit-performance-targets.txt");
  return readSheet(grid).forms.map((form) => form.record);
}

/**
 * The i-th synthetic form: a sample record with its own name and amounts, so no two forms
 * are identical and the reader cannot profit from repetition.
 */
export function syntheticRecord(seeds: FormRecord[], i: number): FormRecord {
  const seed = seeds[i % seeds.length];
  const amount = `${(i % 997) + 1}.${String(i % 100).padStart(2, "0")}`;
  const column = {
    total: amount,
    fiscal: amount,
    other: null,
    raw: { total: amount, fiscal: amount, other: null },
  };
  return {
    ...seed,
    name: `${seed.name}（${i + 1}）`,
    funding: { period: seed.funding.period ? column : null, annual: column },
  };
}

/** One grid a form, each laid out by the template as the add-in writes it. */
export function syntheticGrids(seeds: FormRecord[], count: number): GridSnapshot[] {
  return Array.from({ length: count }, (_, i) =>
    gridFromPlan(formPlan(syntheticRecord(seeds, i), { sheet: `项目${i + 1}` }))
  );
}
