import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { tempDir } from "../support/tmp";

/*
 * The command line is one bundled file (scripts/build.mjs): reading and validating load no
 * package at all. ExcelJS is for writing: only the commands that write load it.
 */

const root = join(__dirname, "../..");
const tmp = tempDir();
const FORMS = join(root, "test/fixtures/xlsx/libreoffice-forms.xlsx");

function packagesLoadedBy(...args: string[]): string[] {
  return loadedBy(...args).packages;
}

function loadedBy(...args: string[]): { packages: string[]; builtins: string[] } {
  const file = tmp.path(`loaded-${args[0]}.json`);
  const builtins = tmp.path(`builtins-${args[0]}.json`);
  const run = spawnSync(
    process.execPath,
    [
      "-r",
      join(root, "test/support/loadedPackages.cjs"),
      join(root, "bin/perf-targets.js"),
      ...args,
    ],
    {
      cwd: root,
      env: { ...process.env, LOADED_PACKAGES_FILE: file, LOADED_BUILTINS_FILE: builtins },
      encoding: "utf8",
    }
  );
  expect([0, 1]).toContain(run.status);
  return {
    packages: JSON.parse(readFileSync(file, "utf8")),
    builtins: JSON.parse(readFileSync(builtins, "utf8")),
  };
}

describe("the bundled command line loads ExcelJS only to write", () => {
  beforeAll(() => execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root }), 60_000);

  it("reads and validates .xlsx without it", () => {
    for (const command of [["validate", "--json"], ["read"]]) {
      const loaded = packagesLoadedBy(...command, FORMS);
      expect(loaded.filter((name) => !builtinModules.includes(name))).toEqual([]);
    }
  });

  it("loads tinyglobby only for a pattern the shell left as typed, and reads what it matches", () => {
    const pattern = join(root, "test/fixtures/xlsx/libreoffice-f*.xlsx");
    const loaded = packagesLoadedBy("validate", "--json", pattern);
    const packages = loaded.filter((name) => !builtinModules.includes(name));
    expect(packages.sort()).toEqual(["fdir", "picomatch", "tinyglobby"]);
    const run = spawnSync(process.execPath, [join(root, "bin/perf-targets.js"), "read", pattern], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("libreoffice-forms.xlsx");
  });

  it("validates without the built-in modules only writing or other commands need (docs/speed.md)", () => {
    const { builtins } = loadedBy("validate", "--json", FORMS);
    for (const unneeded of ["child_process", "crypto", "fs/promises", "worker_threads"])
      expect(builtins).not.toContain(unneeded);
    expect(builtins).toContain("zlib");
  });

  it("starts from V8's code cache the build wrote, and without one all the same", () => {
    const debug = () =>
      spawnSync(
        process.execPath,
        [join(root, "bin/perf-targets.js"), "validate", "--json", FORMS],
        {
          cwd: root,
          env: { ...process.env, PERF_TARGETS_DEBUG: "1" },
          encoding: "utf8",
        }
      );
    const cached = debug();
    expect(cached.stderr).toContain("compile cache used");
    const cache = join(root, "dist/cli.cache");
    const saved = readFileSync(cache);
    try {
      rmSync(cache);
      const uncached = debug();
      expect(uncached.stderr).not.toContain("compile cache");
      expect(uncached.stdout).toBe(cached.stdout);
    } finally {
      writeFileSync(cache, saved);
    }
  });

  it("is all ASCII, so that Node need not decode it into a two-byte string (docs/speed.md)", () => {
    const bundle = readFileSync(join(root, "dist/cli.js"), "latin1");
    expect(bundle.match(/[\u0080-\uffff]/g) ?? []).toEqual([]);
  });

  it("loads it to write a template", () => {
    expect(packagesLoadedBy("template", "-o", tmp.path("t.xlsx"))).toContain("exceljs");
  });
});
