// Combines Stryker's JSON reports (a run per part: `npm run mutate -- rules`) into one score:
// `node scripts/mutation/score.mjs [REPORT.json…]`, by default out/mutation/report-*.json. The
// score is Stryker's: killed and timed out over every valid mutant (killed, timed out, survived,
// no coverage); a file in several reports counts from the last one given. A run stopped before its
// end writes no report: its out/mutation/mutants-PIECE.txt (scripts/mutation/survivorReporter.mjs)
// counts instead, each mutant tested so far.
import { readdirSync, readFileSync } from "node:fs";

const STATUSES = [
  "Killed",
  "Timeout",
  "Survived",
  "NoCoverage",
  "CompileError",
  "RuntimeError",
  "Ignored",
];
const files = new Map();
const given = process.argv.slice(2);
const reports =
  given.length > 0
    ? given
    : readdirSync("out/mutation")
        .filter((name) => /^report-(?!shells-all)[a-z][a-z-]*\.json$/.test(name))
        .map((name) => `out/mutation/${name}`);
/** A report's mutants by file: Stryker's JSON, or the survivor reporter's lines (STATUS file:line:col …). */
function mutantsByFile(path) {
  if (!path.endsWith(".txt"))
    return Object.entries(JSON.parse(readFileSync(path, "utf8")).files).map(
      ([file, { mutants }]) => [file, mutants]
    );
  const byFile = new Map();
  for (const line of readFileSync(path, "utf8").split("\n").filter(Boolean)) {
    const [status, place] = line.split(" ");
    const file = place.replace(/:\d+:\d+$/, "");
    byFile.set(file, [...(byFile.get(file) ?? []), { status }]);
  }
  return [...byFile];
}

for (const path of reports)
  for (const [file, mutants] of mutantsByFile(path)) files.set(file, mutants);

const tally = (mutants) =>
  Object.fromEntries(STATUSES.map((s) => [s, mutants.filter((m) => m.status === s).length]));
const score = (t) => {
  const valid = t.Killed + t.Timeout + t.Survived + t.NoCoverage;
  return valid === 0 ? 100 : (100 * (t.Killed + t.Timeout)) / valid;
};
const rows = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([file, m]) => [file, tally(m)]);
const all = tally([...files.values()].flat());
const line = (name, t) =>
  [
    name.padEnd(40),
    score(t).toFixed(2).padStart(7),
    ...STATUSES.map((s) => String(t[s]).padStart(9)),
  ].join(" ");
console.log(
  ["file".padEnd(40), "score".padStart(7), ...STATUSES.map((s) => s.padStart(9))].join(" ")
);
for (const [file, t] of rows) console.log(line(file, t));
console.log(line(`all (${files.size} files)`, all));
