// Rewrites the member → requirement set table in docs/emulator.md from the emulator and the
// Office.js library's own metadata; test/emulator/docs.test.ts fails when the page differs.
import { readFileSync, writeFileSync } from "node:fs";
import { createEmulatedExcel } from "../src/emulator";
import { memberSetTable } from "../src/emulator/memberTable";
import { replaceMemberTable } from "../test/emulator/docsTable";

const page = readFileSync("docs/emulator.md", "utf8");
const table = memberSetTable(createEmulatedExcel().Excel as unknown as Record<string, unknown>);
writeFileSync("docs/emulator.md", replaceMemberTable(page, table));
