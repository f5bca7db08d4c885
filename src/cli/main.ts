import { Command, CommanderError, InvalidArgumentError } from "commander";
import { InputError } from "../files/errors";
import { merge } from "./commands/merge";
import { read, template } from "./commands/simple";
import { validate } from "./commands/validate";
import type { CliIO, Lang } from "./io";

function yearOption(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1990 || year > 2100)
    throw new InvalidArgumentError("年度应为四位数字，如 2024");
  return year;
}

function langOption(value: string): Lang {
  if (value !== "zh" && value !== "en") throw new InvalidArgumentError("zh 或 en");
  return value;
}

function program(io: CliIO, done: (code: number) => void): Command {
  const cli = new Command("perf-targets")
    .description(
      "项目支出绩效目标表：生成、读取、校验、汇总 (performance target forms: template, read, validate, merge)"
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  cli
    .command("template")
    .description("生成空白标准表 (a blank standard form)")
    .requiredOption("-o, --output <file>", "输出 .xlsx")
    .option("--year <year>", "预算年度（默认明年）", yearOption)
    .option("--unit <name>", "填报单位")
    .option("--force", "覆盖已有文件")
    .action(async (options) => done(await template(options, io)));
  cli
    .command("read")
    .description("读取表中的项目记录 (the records)")
    .argument("<files...>", ".xlsx / .txt / .tsv / .csv")
    .option("--json", "输出 JSON")
    .action(async (files: string[], options) => done(await read(files, options, io)));
  cli
    .command("validate")
    .description("校验并列出问题 (findings; exit 1 when errors are found)")
    .argument("<files...>", ".xlsx / .txt / .tsv / .csv")
    .option("--json", "输出 JSON 报告")
    .option("--annotate <out>", "另存一份标注问题单元格的副本（多个输入时为目录）")
    .option("--lang <lang>", "zh 或 en", langOption, "zh")
    .option("--force", "覆盖已有文件")
    .action(async (files: string[], options) => done(await validate(files, options, io)));
  cli
    .command("merge")
    .description("汇总为单位汇总表 (the unit summary workbook)")
    .argument("<files...>", ".xlsx / .txt / .tsv / .csv")
    .requiredOption("-o, --output <file>", "输出 .xlsx")
    .option("--unit <name>", "预算单位（默认取自各表）")
    .option("--year <year>", "年度（默认取自各表）", yearOption)
    .option("--force", "覆盖已有文件")
    .action(async (files: string[], options) => done(await merge(files, options, io)));
  return cli;
}

/** Run the CLI; resolves to the exit code (0 no errors, 1 errors found, 2 usage or unreadable input). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError) {
      io.stderr(`perf-targets: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
