/**
 * What zod costs a process (issue 24: the load and the parse together at most 10 ms a process and
 * 20 µs a form): bundled as the command line is (with the record's parser zod compiles at build
 * time, scripts/recordParserPlugin.mjs) and run fresh by bench/run.ts with the records of 200 forms
 * as JSON on stdin, parsed as the command line parses them (src/form/recordParse.ts). Writes one
 * JSON line of CPU times: loading zod/mini, the record's schema module and its compiled parser; the
 * first record's parse; the mean over the 200 (cold); the mean over 2,000 more (steady); and the
 * first refused record, for which zod builds the schemas and runs its runtime parser.
 */
import { readFileSync } from "node:fs";

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const records = JSON.parse(readFileSync(0, "utf8")) as import("../src/form/record").FormRecord[];
// The 200 records are the bench's input, 5 MB once parsed: a full collection moves them out of the
// young generation first, so the scavenges during the timing copy what zod makes, not the input (the
// command line builds a record just before parsing it). Run with --expose-gc (bench/run.ts).
(globalThis as { gc?: () => void }).gc?.();
const loadStart = cpu();
require("../src/form/record");
const { compiledRecordParser } =
  require("../src/cli/compiledRecordParser") as typeof import("../src/cli/compiledRecordParser");
const loadEnd = cpu();
if (!compiledRecordParser) throw new Error("bundled without the compiled record parser");
// The reader's side of the boundary (findings, messages) is not zod's: loaded untimed.
const { installRecordParser, parseRecord } =
  require("../src/form/recordParse") as typeof import("../src/form/recordParse");
installRecordParser(compiledRecordParser);
const parseStart = cpu();
parseRecord("表", records[0], "A1");
const firstEnd = cpu();
for (let i = 1; i < records.length; i++) parseRecord("表", records[i], "A1");
const coldEnd = cpu();
for (let pass = 0; pass < 10; pass++) for (const record of records) parseRecord("表", record, "A1");
const steadyEnd = cpu();
const refused = parseRecord("表", { ...records[0], year: 1999 }, "A1");
const refusedEnd = cpu();
if (refused.findings.length !== 1) throw new Error("the refused record was not refused");

const us = (ms: number, forms: number) => Number(((ms / forms) * 1000).toFixed(1));
const loadMs = Number((loadEnd - loadStart).toFixed(2));
process.stdout.write(
  JSON.stringify({
    loadAndBuildMs: loadMs,
    firstParseUs: us(firstEnd - parseStart, 1),
    parseUsPerForm: us(coldEnd - parseStart, records.length),
    steadyParseUsPerForm: us(steadyEnd - coldEnd, records.length * 10),
    /** Load and the 200 cold parses together, against 10 ms + 20 µs a form. */
    togetherMs: Number((loadMs + coldEnd - parseStart).toFixed(2)),
    /** The first refused record: zod builds the schemas and its runtime parser says what is wrong. */
    firstRefusalMs: Number((refusedEnd - steadyEnd).toFixed(2)),
    forms: records.length,
  }) + "\n"
);
