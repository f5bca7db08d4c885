import { templatePlan } from "../../form";
import { newWorkbook, workbookBytes } from "../../files/xlsxWrite";
import { prepareOutput, writeOutput, type CliIO } from "../io";
import { bilingual } from "../messages";

/** A blank standard form. Forms are filed in autumn for next year's budget, hence the default year. */
export async function template(
  options: { output: string; year?: number; unit?: string; force?: boolean },
  io: CliIO
): Promise<number> {
  prepareOutput(options.output, [], Boolean(options.force));
  const year = options.year ?? new Date().getFullYear() + 1;
  const workbook = newWorkbook([templatePlan({ year, unit: options.unit })]);
  await writeOutput(options.output, await workbookBytes(workbook), [], Boolean(options.force));
  io.stderr(`${bilingual("written.template", { year, file: options.output })}\n`);
  return 0;
}
