// A Stryker reporter that writes each surviving (or uncovered) mutant as soon as it is known, one
// line each, to out/mutation/survivors-PIECE.txt (PERF_TARGETS_SURVIVORS, set by
// scripts/mutate.mjs), and every mutant with its status to mutants-PIECE.txt: the shells' runs
// take an hour, and Stryker's own reports come at the end.
import { appendFileSync } from "node:fs";
import { relative } from "node:path";
import { declareClassPlugin, PluginKind } from "@stryker-mutator/api/plugin";

class SurvivorReporter {
  onMutantTested(mutant) {
    const file = process.env.PERF_TARGETS_SURVIVORS;
    if (!file) return;
    const { line, column } = mutant.location.start;
    const where = `${relative(process.cwd(), mutant.fileName)}:${line}:${column + 1}`;
    const replacement = (mutant.replacement ?? "").replace(/\s+/g, " ").slice(0, 160);
    // When, and how many tests reached the mutant and ran for it: what a mutant costs.
    const tests = `${mutant.testsCompleted ?? "-"}/${mutant.coveredBy?.length ?? "-"} tests`;
    const cost = `${new Date().toISOString().slice(11, 19)} ${tests}`;
    const entry = `${mutant.status} ${where} ${mutant.mutatorName}: ${replacement} [${cost}]\n`;
    // Every mutant in a file of its own, so that a run cut short still has its tally.
    appendFileSync(file.replace(/survivors-([^/]*)$/, "mutants-$1"), entry);
    if (mutant.status === "Survived" || mutant.status === "NoCoverage") appendFileSync(file, entry);
  }
}

export const strykerPlugins = [
  declareClassPlugin(PluginKind.Reporter, "survivors", SurvivorReporter),
];
