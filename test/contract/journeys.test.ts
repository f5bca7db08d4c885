import fc from "fast-check";
import type { ImportFile } from "../../src/excel";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { formPlan, readSheet } from "../../src/form";
import type { SheetPlan } from "../../src/form/plan";
import { templatePlan } from "../../src/form/templatePlan";
import { sampleGrid } from "../support/sampleGrid";
import { STATS, journeySteps, type Journey } from "./journey";
import { excelDesk, wpsDesk, type JourneyDesk } from "./journeyDesks";
import { fuzzSettings } from "../support/fuzz";

/*
 * The contract journeys (./journey.ts) over both hosts: the same random sequences of a person's
 * edits and the pane's operations, with the same invariants, in Excel and in WPS 表格. RUNS
 * sequences a host (`npm run fuzz` sets FUZZ_RUNS); the seed is printed, to replay a failure.
 */
const { runs: RUNS, seed: SEED } = fuzzSettings(40, 20_261_206);
const MAX_STEPS = Number(process.env.JOURNEY_STEPS ?? 10);

const filled = (index: number, name: string) => ({
  ...readSheet(sampleGrid()).forms[index].record,
  year: 2025,
  name,
});

async function xlsx(name: string, plans: SheetPlan[]): Promise<ImportFile> {
  return { name, bytes: new Uint8Array(await newWorkbook(plans).xlsx.writeBuffer()) };
}

let files: ImportFile[];
beforeAll(async () => {
  files = [
    await xlsx("道路养护.xlsx", [formPlan(filled(0, "道路养护"), { sheet: "绩效目标表" })]),
    await xlsx("空白.xlsx", [templatePlan({ year: 2025, sheet: "绩效目标表" })]),
    await xlsx("校舍维修.xlsx", [formPlan(filled(1, "校舍维修"), { sheet: "绩效目标表" })]),
  ];
  console.info(`contract journeys: seed ${SEED}, ${RUNS} sequences a host, ≤ ${MAX_STEPS} steps`);
});
afterAll(() =>
  console.info(`contract journeys: steps ${JSON.stringify(Object.fromEntries(STATS))}`)
);

/** A clerk's workbook, a filled form and a blank one, as real and as the shadow. */
async function start(open: () => JourneyDesk): Promise<Journey> {
  const desk = async () => {
    const d = open();
    await d.actions.importWorkbooks([files[0]], () => undefined);
    await d.actions.insertTemplate({ year: 2025 });
    return d;
  };
  const shadow = await desk();
  const real = await desk();
  return { real, shadow, own: new Set(), lastCheck: null, files };
}

describe.each([
  { name: "Excel", open: excelDesk },
  { name: "WPS 表格", open: wpsDesk },
])("contract journeys on $name", ({ open }) => {
  it(`hold every invariant over ${RUNS} random sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(journeySteps, { maxCommands: MAX_STEPS, size: "max" }),
        async (steps) => {
          const journey = await start(open);
          await fc.asyncModelRun(() => ({ model: {}, real: journey }), steps);
        }
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: false }
    );
  }, 3_600_000);
});
