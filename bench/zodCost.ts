/**
 * What zod costs a process (issue 24: at most 10 ms to load and build, 20 µs a form to parse):
 * bundled and run fresh by bench/run.ts with the records of 200 forms as JSON on stdin. Writes one
 * JSON line: the CPU time to load zod/mini and build the record's schemas, and to parse each record.
 */
import { readFileSync } from "node:fs";

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const records = JSON.parse(readFileSync(0, "utf8")) as unknown[];
const loadStart = cpu();

const { recordSchemas } = require("../src/form/record") as typeof import("../src/form/record");
const { FormRecord } = recordSchemas();
const parseStart = cpu();
for (const record of records) FormRecord.parse(record);
const end = cpu();
process.stdout.write(
  JSON.stringify({
    loadAndBuildMs: Number((parseStart - loadStart).toFixed(2)),
    parseUsPerForm: Number((((end - parseStart) / records.length) * 1000).toFixed(1)),
    forms: records.length,
  }) + "\n"
);
