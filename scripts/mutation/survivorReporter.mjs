// A Stryker reporter that writes each surviving (or uncovered) mutant as soon as it is known, one
// line each, to out/mutation/survivors-PIECE.txt (PERF_TARGETS_SURVIVORS, set by
// scripts/mutate.mjs): the shells' runs take an hour, and Stryker's own reports come at the end.
import { appendFileSync } from "node:fs";
import { relative } from "node:path";
import { declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

class SurvivorReporter {
  onMutantTested(mutant) {
    const file = process.env.PERF_TARGETS_SURVIVORS;
    if (!file || (mutant.status !== "Survived" && mutant.status !== "NoCoverage")) return;
    const { line, column } = mutant.location.start;
    const where = `${relative(process.cwd(), mutant.fileName)}:${line}:${column + 1}`;
    const replacement = (mutant.replacement ?? "").replace(/\s+/g, " ").slice(0, 160);
    appendFileSync(file, `${mutant.status} ${where} ${mutant.mutatorName}: ${replacement}\n`);
  }
}

export const strykerPlugins = [
  declareClassPlugin(PluginKind.Reporter, "survivors", SurvivorReporter),
];
