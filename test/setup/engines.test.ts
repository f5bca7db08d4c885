import { readFileSync } from "node:fs";
import { join } from "node:path";
// semver comes with npm's own tools (no types of its own here): only `satisfies` is used.
const semver: { satisfies(version: string, range: string): boolean } = require("semver");

/*
 * The newcomer's path (README, "Set-up"): the Node versions the README and package.json name are
 * exactly those every locked package installs on without an engine warning.
 */
const root = join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
const readme = readFileSync(join(root, "README.md"), "utf8");

const enginesOf = Object.entries(lock.packages as Record<string, { engines?: unknown }>)
  .filter(([name, p]) => name && typeof (p.engines as { node?: unknown })?.node === "string")
  .map(([name, p]) => [name, (p.engines as { node: string }).node] as const);

it.each(["20.19.0", "22.13.0", "24.0.0"])("installs on Node %s without an engine warning", (v) => {
  expect(semver.satisfies(v, pkg.engines.node)).toBe(true);
  expect(enginesOf.filter(([, range]) => !semver.satisfies(v, range))).toEqual([]);
});

it("names no version that would warn, and says so in the README", () => {
  for (const early of ["20.18.0", "22.12.0"])
    expect(semver.satisfies(early, pkg.engines.node)).toBe(false);
  expect(readme).toContain("Node.js 20.19 or a later 20, 22.13 or a later 22, or 24 and later");
});
