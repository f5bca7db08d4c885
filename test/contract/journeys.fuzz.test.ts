import fc from "fast-check";
import type { ImportFile } from "../../src/excel";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { formPlan, readSheet } from "../../src/form";
import type { SheetPlan } from "../../src/form/plan";
import { templatePlan } from "../../src/form/templatePlan";
import { HOSTS as EXCEL_VERSIONS } from "../excel/host";
import { fuzzSettings } from "../support/fuzz";
import { sampleGrid } from "../support/sampleGrid";
import { STATS, STEPS, journeySteps, type Journey } from "./journey";
import { excelDesk, wpsDesk, type JourneyDesk } from "./journeyDesks";

/*
 * Whole journeys through the pane (./journey.ts): random sequences of the pane's operations and
 * a person's edits, with the invariants checked after every step, on Excel's versions and on
 * WPS 表格 (docs/addin.md, "Journeys"). `npm test` runs RUNS sequences split over the hosts;
 * `npm run fuzz` runs FUZZ_RUNS (10,000) with a new seed unless FUZZ_SEED says which. The seed is
 * always printed, to replay a failure.
 */
const { runs: RUNS, seed: SEED } = fuzzSettings(250, 20_261_206);
const MAX_STEPS = Number(process.env.JOURNEY_STEPS ?? 10);

/** Excel 2019 (1.8), the first with threaded comments (1.10), the first that imports (1.13), the newest; WPS. */
const EXCEL_HOSTS = EXCEL_VERSIONS.map(({ name, requirementSets }) => ({
  name,
  open: () => excelDesk(requirementSets),
}));
const WPS = { name: "WPS 表格", open: wpsDesk };
const JOURNEY_HOSTS = [
  EXCEL_HOSTS[0],
  { name: "ExcelApi 1.10", open: () => excelDesk({ ExcelApi: "1.10" }) },
  ...EXCEL_HOSTS.slice(1),
  WPS,
];
const RUNS_A_HOST = Math.ceil(RUNS / JOURNEY_HOSTS.length);

/** One of the sample's forms, moved to the year of the journey and renamed. */
function filled(index: number, name: string) {
  return { ...readSheet(sampleGrid()).forms[index].record, year: 2025, name };
}

async function xlsx(name: string, plans: SheetPlan[]): Promise<ImportFile> {
  return { name, bytes: new Uint8Array(await newWorkbook(plans).xlsx.writeBuffer()) };
}

/** Workbooks from other offices: two filled forms of the year and a blank template. */
async function officeFiles(): Promise<ImportFile[]> {
  return [
    await xlsx("道路养护.xlsx", [formPlan(filled(0, "道路养护"), { sheet: "绩效目标表" })]),
    await xlsx("空白.xlsx", [templatePlan({ year: 2025, sheet: "绩效目标表" })]),
    await xlsx("校舍维修.xlsx", [formPlan(filled(1, "校舍维修"), { sheet: "绩效目标表" })]),
  ];
}

let files: ImportFile[];
beforeAll(async () => {
  files = await officeFiles();
  // Printed whatever happens, so any run can be replayed: FUZZ_SEED=… npm run fuzz.
  console.info(
    `journeys: seed ${SEED}, ${RUNS_A_HOST} sequences a host on ${JOURNEY_HOSTS.length} hosts, ≤ ${MAX_STEPS} steps`
  );
});
afterAll(() => console.info(`journeys: steps run ${JSON.stringify(Object.fromEntries(STATS))}`));

/** A clerk's workbook: a filled form and a blank one, as real and as the shadow that never checks. */
async function start(open: () => JourneyDesk): Promise<Journey> {
  const desk = async () => {
    const d = open();
    await d.addForm(formPlan(filled(0, "道路养护"), { sheet: "项目表" }));
    await d.actions.insertTemplate({ year: 2025 });
    return d;
  };
  const shadow = await desk();
  const real = await desk();
  return { real, shadow, own: new Set(), lastCheck: null, files };
}

describe.each(JOURNEY_HOSTS)("journeys on $name", ({ open }) => {
  it(`hold every invariant over ${RUNS_A_HOST} random sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(journeySteps, { maxCommands: MAX_STEPS, size: "max" }),
        async (steps) => {
          const journey = await start(open);
          await fc.asyncModelRun(() => ({ model: {}, real: journey }), steps);
        }
      ),
      { numRuns: RUNS_A_HOST, seed: SEED, endOnFailure: false }
    );
  }, 3_600_000);
});

/** One step with the given arguments: the arbitrary's value that fast-check printed when it shrank. */
function stepOf(kind: keyof typeof STEPS, name: string): fc.AsyncCommand<object, Journey> {
  const arbitrary: fc.Arbitrary<fc.AsyncCommand<object, Journey>> = STEPS[kind];
  const found = fc.sample(arbitrary, { numRuns: 2000, seed: 1 }).find((s) => s.toString() === name);
  if (!found) throw new Error(`no step "${name}"`);
  return found;
}

interface Kept {
  title: string;
  steps: [kind: keyof typeof STEPS, name: string][];
}

/**
 * Sequences kept by name: the counterexamples the journeys found (each failed before its fix),
 * and sequences the random runs reach too seldom for a bug planted there to be caught by
 * `npm test`'s count (each fails with that bug in).
 */
const KEPT: Kept[] = [
  {
    title: "merge, then check the workbook: the summary is no form (the check read it as five)",
    steps: [
      ["merge", "merge"],
      ["check", "check the workbook"],
    ],
  },
  {
    title: "import two files within the sync budget (two a file and one more)",
    steps: [["import", "import 1+2"]],
  },
  {
    title: "check, insert indicator rows under marked rows, check again, clear: back to the shadow",
    steps: [
      ["check", "check the workbook"],
      ["insertRow", "insertRow #1 row 13"],
      ["insertRow", "insertRow #2 row 19"],
      ["check", "check the workbook"],
      ["clear", "clear"],
      ["merge", "merge"],
    ],
  },
  {
    title: "check the workbook, delete a checked sheet, clear: the marks' record goes too",
    steps: [
      ["check", "check the workbook"],
      ["delete", "delete #1"],
      ["clear", "clear"],
    ],
  },
  {
    title: "check the workbook, copy a checked form, clear: the copy's marks go too",
    steps: [
      ["check", "check the workbook"],
      ["copy", "copy #1"],
      ["clear", "clear"],
    ],
  },
  {
    title: "fill a slip down a column, check, fix, undo: every fixed cell is put back",
    steps: [
      ["fill", 'fill ">=95%" down #11 E12:E14'],
      ["check", "check the workbook"],
      ["fix", "apply fixes"],
      ["undo", "undo the fixes"],
    ],
  },
  {
    title: "copy a summary, rename it, then check the workbook and merge again",
    steps: [
      ["merge", "merge"],
      ["copy", "copy #0"],
      ["rename", "rename #1 to 2025年 上报"],
      ["check", "check the workbook"],
      ["merge", "merge"],
      ["check", "check the workbook"],
      ["clear", "clear"],
    ],
  },
  {
    title: "merge, sign the summary, merge, write on it, merge: nothing the person wrote is lost",
    steps: [
      ["merge", "merge"],
      ["writeOnSummary", "write on summary #1 sign"],
      ["merge", "merge"],
      ["writeOnSummary", "write on summary #2 P4"],
      ["writeOnSummary", "write on summary #3 B4"],
      ["merge", "merge"],
      ["check", "check the workbook"],
      ["merge", "merge"],
      ["clear", "clear"],
    ],
  },
];

describe.each([...EXCEL_HOSTS, WPS])("journeys kept on $name", ({ open }) => {
  for (const { title, steps } of KEPT)
    it(
      title,
      async () => {
        const journey = await start(open);
        for (const [kind, name] of steps) await stepOf(kind, name).run({}, journey);
      },
      60_000
    );
});
