/**
 * What zod costs a process (issue 24: the load and the parse together at most 10 ms a process and
 * 20 µs a form): bundled and run fresh by bench/run.ts with the records of 200 forms as JSON on
 * stdin, as the command line parses them (src/form/recordParse.ts, with zod's compiler installed
 * as src/cli/bin.ts does). Writes one JSON line of CPU times: loading zod/mini and building the
 * record's schemas; the first record's parse; the mean over the 200 (cold: the first 16 on zod's
 * runtime parser, then the compile, then the compiled parser); and the mean over 2,000 more (steady).
 */
import { readFileSync } from "node:fs";

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const records = JSON.parse(readFileSync(0, "utf8")) as import("../src/form/record").FormRecord[];
const loadStart = cpu();

const { compile } = require("./zodCompiler") as typeof import("./zodCompiler");
const { recordSchemas } = require("../src/form/record") as typeof import("../src/form/record");
recordSchemas();
const loadEnd = cpu();
// The reader's side of the boundary (findings, messages) is not zod's: loaded untimed.
const { compileRecordSchemaWith, parseRecord } =
  require("../src/form/recordParse") as typeof import("../src/form/recordParse");
compileRecordSchemaWith(compile);
const parseStart = cpu();
parseRecord("表", records[0], "A1");
const firstEnd = cpu();
for (let i = 1; i < records.length; i++) parseRecord("表", records[i], "A1");
const coldEnd = cpu();
for (let pass = 0; pass < 10; pass++) for (const record of records) parseRecord("表", record, "A1");
const steadyEnd = cpu();

const us = (ms: number, forms: number) => Number(((ms / forms) * 1000).toFixed(1));
const loadAndBuildMs = Number((loadEnd - loadStart).toFixed(2));
process.stdout.write(
  JSON.stringify({
    loadAndBuildMs,
    firstParseUs: us(firstEnd - parseStart, 1),
    parseUsPerForm: us(coldEnd - parseStart, records.length),
    steadyParseUsPerForm: us(steadyEnd - coldEnd, records.length * 10),
    /** Load and the 200 cold parses together, against 10 ms + 20 µs a form. */
    togetherMs: Number((loadAndBuildMs + coldEnd - parseStart).toFixed(2)),
    forms: records.length,
  }) + "\n"
);
