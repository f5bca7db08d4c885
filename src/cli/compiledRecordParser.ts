import type { RecordParser } from "../form/recordParse";

/**
 * The record's parser compiled by zod at build time. This file is what runs from source (tests,
 * tsx): none, so records are parsed by zod's runtime parser. The command line's bundle replaces it
 * with the generated module (scripts/build.mjs, scripts/recordParserSource.ts; docs/speed.md).
 */
export const compiledRecordParser: RecordParser | null = null;
