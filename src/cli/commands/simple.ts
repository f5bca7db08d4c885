import { templatePlan } from "../../form";
import { writeWorkbook } from "../../files/xlsxWrite";
import { inspectFiles } from "../inspect";
import { prepareOutput, type CliIO } from "../io";

/** A blank standard form. Forms are filed in autumn for next year's budget, hence the default year. */
export async function template(
  options: { output: string; year?: number; unit?: string; force?: boolean },
  io: CliIO
): Promise<number> {
  prepareOutput(options.output, [], Boolean(options.force));
  const year = options.year ?? new Date().getFullYear() + 1;
  await writeWorkbook(options.output, [templatePlan({ year, unit: options.unit })]);
  io.stderr(`已写入 ${year} 年度空白绩效目标表 ${options.output}。\n`);
  return 0;
}

/** The records read from each form. */
export async function read(
  files: string[],
  options: { json?: boolean },
  io: CliIO
): Promise<number> {
  const inspected = await inspectFiles(files);
  const forms = inspected.flatMap((file) =>
    file.report.forms.map((form) => ({
      file: file.file,
      sheet: form.sheet,
      range: form.range,
      record: form.record,
    }))
  );
  if (options.json) io.stdout(JSON.stringify(forms, null, 2) + "\n");
  else {
    for (const { file, sheet, range, record } of forms) {
      const total = record.funding.annual?.total ?? "—";
      io.stdout(
        `${file} ${sheet}!${range}  ${record.name ?? "（未命名）"}  ${record.period?.raw ?? ""}  年度金额 ${total} 万元  指标 ${record.indicators.length} 项\n`
      );
    }
  }
  for (const file of inspected) if (file.error) io.stderr(`perf-targets: ${file.error}\n`);
  return inspected.some((file) => file.error) ? 2 : 0;
}
