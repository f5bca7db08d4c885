import { filledIndicators, type FormRecord } from "../../form";
import { inspectEach } from "../inspect";
import type { CliIO } from "../io";

interface ReadForm {
  file: string;
  sheet: string;
  range: string;
  record: FormRecord;
}

/**
 * The records read from each form, printed file by file as they are read (--json: one array at
 * the end). Exit code: 2 when a file could not be opened, 1 when a file held no form, else 0.
 */
export async function read(
  files: string[],
  options: { json?: boolean },
  io: CliIO
): Promise<number> {
  const all: ReadForm[] = [];
  let failed = false;
  let formless = false;
  for await (const { file, report, ioError } of inspectEach(files)) {
    const forms = report.forms.map((form) => ({
      file,
      sheet: form.sheet,
      range: form.range,
      record: form.record,
    }));
    if (ioError) {
      io.stderr(`perf-targets: ${ioError}\n`);
      failed = true;
    } else if (forms.length === 0) {
      formless = true;
      for (const finding of report.findings)
        io.stderr(`perf-targets: ${file}: ${finding.message} (${finding.messageEn})\n`);
    }
    if (options.json) all.push(...forms);
    else for (const form of forms) io.stdout(formLine(form));
  }
  if (options.json) io.stdout(JSON.stringify(all, null, 2) + "\n");
  return failed ? 2 : formless ? 1 : 0;
}

function formLine({ file, sheet, range, record }: ReadForm): string {
  const total = record.funding.annual?.total ?? "—";
  return `${file} ${sheet}!${range}  ${record.name ?? "（未命名）"}  ${record.period?.raw ?? ""}  年度金额 ${total} 万元  指标 ${filledIndicators(record).length} 项\n`;
}
