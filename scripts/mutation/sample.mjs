// A random sample of a part's mutants, where the whole part takes too long to run (src/excel: some
// 1,700 mutants at 15–60 s each on a shared machine; docs/architecture.md, Mutation testing).
//
//   node scripts/mutation/sample.mjs pick SEED COUNT FILE…   prints the sample's --mutate ranges
//   node scripts/mutation/sample.mjs score SEED COUNT out/mutation/mutants-PIECE.txt FILE…
//
// `pick` lists every mutant Stryker's instrumenter makes in the files, draws COUNT of them at
// random (seeded, so `score` draws the same ones) and prints one range a mutant, for
// `MUTATE_PIECE=NAME npm run mutate -- excel --mutate "$(… pick …)"`. A range takes in the mutants
// nested inside it too; `score` counts only the drawn ones, as their line in mutants-PIECE.txt
// gives them (scripts/mutation/survivorReporter.mjs), and estimates the part's score (killed and
// timed out over valid mutants; an ignored, static one is no valid mutant) with its 95% Wilson
// interval, as an estimate of the whole part, not a measure of it.
import { readFileSync } from "node:fs";
import { Instrumenter } from "@stryker-mutator/instrumenter";

const quiet = () => {};
const logger = {
  ...Object.fromEntries(["trace", "debug", "info"].map((level) => [level, quiet])),
  warn: console.warn,
  error: console.error,
  fatal: console.error,
  isTraceEnabled: () => false,
  isDebugEnabled: () => false,
  isInfoEnabled: () => false,
  isWarnEnabled: () => true,
  isErrorEnabled: () => true,
  isFatalEnabled: () => true,
};

/** The drawable mutants of the files (0-based lines, as the instrumenter gives them). */
async function mutantsOf(files) {
  const sources = files.map((name) => ({
    name,
    mutate: true,
    content: readFileSync(name, "utf8"),
  }));
  const options = { plugins: null, excludedMutations: [], ignorers: [] };
  const { mutants } = await new Instrumenter(logger).instrument(sources, options);
  const drawable = leaves(mutants);
  console.error(`${mutants.length} mutants, ${drawable.length} holding no other`);
  return drawable;
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const sameSpot = (a, b) =>
  a.fileName === b.fileName &&
  before(a.location.start, b.location.start) &&
  before(b.location.start, a.location.start) &&
  before(a.location.end, b.location.end) &&
  before(b.location.end, a.location.end);
const inside = (inner, outer) =>
  inner.fileName === outer.fileName &&
  before(outer.location.start, inner.location.start) &&
  before(inner.location.end, outer.location.end);

/**
 * The mutants whose range holds no other mutant: a range Stryker is given takes in every mutant
 * nested inside it, and a block's or a function's holds dozens. Leaving those out makes the
 * estimate a cautious one: removing a whole block that the tests reach is the mutant they kill
 * most surely.
 */
function leaves(mutants) {
  return mutants.filter((m) =>
    mutants.every((other) => other === m || sameSpot(other, m) || !inside(other, m))
  );
}

/** mulberry32: a small seeded generator, so that a sample can be drawn again. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** COUNT mutants drawn without replacement (a partial Fisher–Yates shuffle). */
function draw(mutants, seed, count) {
  const next = random(seed);
  const pool = [...mutants];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** Stryker's --mutate range of a mutant: 1-based lines, 0-based columns. */
const range = (m) =>
  `${m.fileName}:${m.location.start.line + 1}:${m.location.start.column}-` +
  `${m.location.end.line + 1}:${m.location.end.column}`;

/** A line of mutants-PIECE.txt: "Status file:line:column Mutator: replacement [...]". */
function parseTested(text) {
  const tested = new Map();
  for (const line of text.split("\n")) {
    const match = /^(\w+) (\S+):(\d+):(\d+) (\w+): (.*?)(?: \[[^\]]*\])?$/.exec(line);
    if (!match) continue;
    const [, status, file, row, column, mutator, replacement] = match;
    tested.set(`${file}:${row}:${column} ${mutator}: ${replacement}`, status);
  }
  return tested;
}

/** The key survivorReporter.mjs writes for a mutant (its line 1-based, its column as it prints it). */
const keyOf = (m) =>
  `${m.fileName}:${m.location.start.line + 1}:${m.location.start.column + 2} ${m.mutatorName}: ` +
  (m.replacement ?? "").replace(/\s+/g, " ").slice(0, 160);

/** The 95% Wilson score interval of k successes in n. */
function wilson(k, n) {
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [centre - half, centre + half];
}

function score(sample, tested) {
  const counts = {};
  const missing = [];
  const left = [];
  for (const m of sample) {
    const status = tested.get(keyOf(m));
    if (status === undefined) missing.push(keyOf(m));
    else counts[status] = (counts[status] ?? 0) + 1;
    if (status === "Survived" || status === "NoCoverage") left.push(`${status} ${keyOf(m)}`);
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  console.log(`drawn ${sample.length}; statuses ${JSON.stringify(counts)}`);
  if (missing.length > 0)
    console.log(`not (yet) tested: ${missing.length}\n  ${missing.join("\n  ")}`);
  if (left.length > 0) console.log(`not detected:\n  ${left.join("\n  ")}`);
  if (valid === 0) return;
  const [low, high] = wilson(detected, valid).map((x) => (100 * x).toFixed(1));
  const estimate = ((100 * detected) / valid).toFixed(1);
  console.log(
    `estimate ${estimate}% (${detected} of ${valid} valid), 95% interval ${low}–${high}%`
  );
}

const [command, seed, count, ...rest] = process.argv.slice(2);
if (command === "pick") {
  const sample = draw(await mutantsOf(rest), Number(seed), Number(count));
  console.log(sample.map(range).join(","));
} else if (command === "score") {
  const [testedFile, ...files] = rest;
  const sample = draw(await mutantsOf(files), Number(seed), Number(count));
  score(sample, parseTested(readFileSync(testedFile, "utf8")));
} else {
  console.error("usage: sample.mjs pick SEED COUNT FILE… | score SEED COUNT MUTANTS.txt FILE…");
  process.exit(2);
}
