import { Command, CommanderError, InvalidArgumentError } from "commander";
import { InputError } from "../files/errors";
import { read } from "./commands/read";
import { validate } from "./commands/validate";
import { expandInputs } from "./inputs";
import type { Locale } from "../form";
import type { CliIO } from "./io";
import { bilingual, type MessageId } from "./messages";
import { UsageError } from "./usage";

function yearOption(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1990 || year > 2100)
    throw new InvalidArgumentError(bilingual("usage.year"));
  return year;
}

function langOption(value: string): Locale {
  if (value !== "zh" && value !== "en") throw new InvalidArgumentError(bilingual("usage.lang"));
  return value;
}

/** The files to read: folders and patterns become files; a file named twice is read once, and said so. */
function givenFiles(io: CliIO, files: string[], output?: string): string[] {
  const inputs = expandInputs(files, [output]);
  for (const note of inputs.notes) io.stderr(`perf-targets: ${note}\n`);
  return inputs.files;
}

function program(io: CliIO, done: (code: number) => void): Command {
  const given = (files: string[], output?: string) => givenFiles(io, files, output);
  const cli = new Command("perf-targets")
    .description(
      "项目支出绩效目标表：生成、读取、校验、汇总 (performance target forms: template, read, validate, merge)"
    )
    .exitOverride()
    // Usage errors are printed by run(), in both languages.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .helpOption("-h, --help", "显示帮助 (help)")
    .helpCommand("help [command]", "显示命令的帮助 (help for a command)")
    .addHelpText("after", EXIT_CODES);
  cli
    .command("template")
    .description("生成空白标准表 (a blank standard form)")
    .requiredOption("-o, --output <file>", "输出 .xlsx")
    .option("--year <year>", "预算年度（默认明年）", yearOption)
    .option("--unit <name>", "填报单位")
    .option("--force", "覆盖已有文件")
    // The commands that write load ExcelJS with them; read and validate never pay for it.
    .action(async (options) =>
      done(await (await import("./commands/template")).template(options, io))
    );
  cli
    .command("read")
    .description("读取表中的项目记录 (the records)")
    .argument("<files...>", ".xlsx / .txt / .tsv / .csv，或文件夹 (or a folder)")
    .option("--json", "输出 JSON")
    .action(async (files: string[], options) => done(await read(given(files), options, io)));
  cli
    .command("validate")
    .description("校验并列出问题 (findings; exit 1 when errors are found)")
    .argument("<files...>", ".xlsx / .txt / .tsv / .csv，或文件夹 (or a folder)")
    .option("--json", "输出 JSON 报告")
    .option("--ndjson", "逐行输出 JSON（每个文件一行，最后一行为合计）")
    .option("--annotate <out>", "另存一份标注问题单元格的副本（多个输入时为目录）")
    .option("--lang <lang>", "zh 或 en", langOption, "zh")
    .option("--force", "覆盖已有文件")
    .action(async (files: string[], options) =>
      done(await validate(given(files, options.annotate), options, io))
    );
  cli
    .command("merge")
    .description("汇总为单位汇总表 (the unit summary workbook)")
    .argument("<files...>", ".xlsx / .txt / .tsv / .csv，或文件夹 (or a folder)")
    .requiredOption("-o, --output <file>", "输出 .xlsx")
    .option("--unit <name>", "预算单位（默认取自各表）")
    .option("--year <year>", "年度（默认取自各表）", yearOption)
    .option("--force", "覆盖已有文件")
    .action(async (files: string[], options) =>
      done(
        await (await import("./commands/merge")).merge(given(files, options.output), options, io)
      )
    );
  return cli;
}

const HELP_TITLES: Record<string, string> = {
  "Usage:": "用法 (usage):",
  "Options:": "选项 (options):",
  "Commands:": "命令 (commands):",
  "Arguments:": "参数 (arguments):",
};

const EXIT_CODES = `
退出码 (exit codes):
  0  未发现错误 (no errors)
  1  发现错误，或有文件中没有可读的表 (errors found, or a file holds no readable form)
  2  命令行有误或文件无法打开、写入 (a usage error, or a file could not be opened or written)
  3  内部错误，请报告 (an internal error: please report it)`;

/** Commander's usage errors, by code, in our words: the name it quotes is kept. */
const USAGE: Record<string, MessageId> = {
  "commander.missingArgument": "usage.missing-argument",
  "commander.missingMandatoryOptionValue": "usage.missing-option",
  "commander.optionMissingArgument": "usage.option-value",
  "commander.unknownOption": "usage.unknown-option",
  "commander.unknownCommand": "usage.unknown-command",
  "commander.excessArguments": "usage.excess-arguments",
  "commander.invalidArgument": "usage.invalid",
};

function usageLine(error: CommanderError): string {
  const detail = error.message.replace(/^error: /, "");
  const invalid = /'([^']+)' argument '([^']*)' is invalid\. (.*)$/.exec(detail);
  const said = invalid
    ? `${bilingual("usage.invalid", { name: invalid[1], value: invalid[2] })}: ${invalid[3]}`
    : bilingual(USAGE[error.code] ?? "usage.other", {
        name: /'([^']+)'/.exec(detail)?.[1] ?? "",
        detail,
      });
  return `perf-targets: ${said}; ${bilingual("usage.hint")}\n`;
}

/**
 * Run the CLI; resolves to the exit code (0 no errors, 1 errors found, 2 a usage error or a file
 * that could not be opened or written). Anything else thrown is a bug: bin.ts exits 3 on it.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === "commander.helpDisplayed") return 0;
      // No command given: the help has been shown on stderr already.
      if (error.code === "commander.help") return 2;
      io.stderr(usageLine(error));
      return 2;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`perf-targets: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
