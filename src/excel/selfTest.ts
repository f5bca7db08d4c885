import { capabilities, type Capabilities } from "./features";
import { asOwnWrite } from "./ownWrites";
import { PROBES, type Probe, type SelfTestEnvironment } from "./selfTestProbes";

// The environment is the probes' type (they read it); said here too for whoever imports selfTest.
export type { SelfTestEnvironment } from "./selfTestProbes";

/** One behaviour the add-in relies on, as this Excel showed it. */
export interface SelfTestItem {
  id: string;
  ok: boolean;
  expected: string;
  actual: string;
}

export interface SelfTestResult {
  environment: SelfTestEnvironment;
  results: SelfTestItem[];
}

/** The temporary sheet's name; a very hidden sheet the person never sees. */
export const SELF_TEST_SHEET = "PerfTargetsSelfTest";

/**
 * 自检 (docs/field-test.md): every Excel behaviour the add-in relies on, tried on a temporary very
 * hidden sheet that is deleted afterwards, and on nothing else. One item per behaviour, with what
 * was expected and what came back. Never throws: a failure is a result.
 */
export async function selfTest(): Promise<SelfTestResult> {
  const environment = describeEnvironment();
  const results: SelfTestItem[] = [];
  const caps = capabilities();
  await asOwnWrite(async () => {
    const sheet = await tryItem("sheet.add", "VeryHidden", addTempSheet);
    results.push(sheet);
    // A sheet added but not hidden is not left in the person's workbook.
    if (!sheet.ok) return Excel.run(deleteTempSheet).catch(() => undefined);
    try {
      for (const probe of PROBES) results.push(await runProbe(probe, caps, environment));
    } finally {
      results.push(await tryItem("sheet.renameDelete", "renamed, deleted", removeTempSheet));
    }
  });
  return { environment, results };
}

async function runProbe(
  probe: Probe,
  caps: Capabilities,
  environment: SelfTestEnvironment
): Promise<SelfTestItem> {
  const expected = probe.expected(caps, environment);
  if (probe.needs && !caps[probe.needs])
    return { id: probe.id, ok: true, expected, actual: `skipped: needs ${probe.needs}` };
  return tryItem(probe.id, expected, () => probe.run(SELF_TEST_SHEET, caps, environment));
}

/** Run one item; its error (Excel's code, or the message) becomes its actual result. */
async function tryItem(
  id: string,
  expected: string,
  run: () => Promise<string>
): Promise<SelfTestItem> {
  let actual: string;
  try {
    actual = await run();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    actual = `error: ${typeof code === "string" ? code : String(error)}`;
  }
  return { id, ok: actual === expected, expected, actual };
}

/** Delete a temporary sheet there is (an earlier run's), made visible first so Excel lets it go. */
async function deleteTempSheet(context: Excel.RequestContext): Promise<void> {
  const stale = context.workbook.worksheets.getItemOrNullObject(SELF_TEST_SHEET);
  await context.sync();
  if (stale.isNullObject) return;
  stale.visibility = Excel.SheetVisibility.visible;
  stale.delete();
  await context.sync();
}

async function addTempSheet(): Promise<string> {
  return Excel.run(async (context) => {
    await deleteTempSheet(context);
    const sheet = context.workbook.worksheets.add(SELF_TEST_SHEET);
    sheet.visibility = Excel.SheetVisibility.veryHidden;
    // Stryker disable next-line StringLiteral: Office.js loads every property for an empty list, the visibility among them
    sheet.load("visibility");
    await context.sync();
    return sheet.visibility;
  });
}

/** Renamed first (the rename is one of the behaviours), then made visible so Excel lets it go. */
async function removeTempSheet(): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SELF_TEST_SHEET);
    sheet.name = `${SELF_TEST_SHEET}2`;
    sheet.load("name");
    await context.sync();
    const renamed = sheet.name === `${SELF_TEST_SHEET}2`;
    sheet.visibility = Excel.SheetVisibility.hidden;
    sheet.delete();
    const gone = context.workbook.worksheets.getItemOrNullObject(`${SELF_TEST_SHEET}2`);
    await context.sync();
    return `${renamed ? "renamed" : `named ${sheet.name}`}, ${gone.isNullObject ? "deleted" : "kept"}`;
  });
}

/** Office's own words on where it runs; "unknown" where a host leaves one out. */
function describeEnvironment(): SelfTestEnvironment {
  const office = Office.context;
  // Older hosts and the emulator leave diagnostics out.
  const diagnostics = office.diagnostics as Office.ContextInformation | undefined;
  let excelApi = "none";
  for (let minor = 1; minor <= 40; minor++) {
    if (!office.requirements.isSetSupported("ExcelApi", `1.${minor}`)) break;
    excelApi = `1.${minor}`;
  }
  return {
    platform: String(diagnostics?.platform ?? "unknown"),
    version: String(diagnostics?.version ?? "unknown"),
    excelApi,
    language: office.displayLanguage ?? "unknown",
  };
}
