/**
 * The V8 flag the command line sets before any of its code is compiled (bin/perf-targets.js,
 * docs/speed.md), for the bench's processes that stand in for it. Imported first, so that it runs
 * before the bundled modules below it.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--interrupt-budget=405504");
