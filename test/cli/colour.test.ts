import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { wantsColour, withoutColour } from "../../src/cli/colour";
import { cliOn } from "../support/cli";

/*
 * The readable report on a terminal (README, "Command line"): severities in colour where colour
 * is wanted, one verdict line per file, and a reader that stops early ends the output quietly.
 */
const root = join(__dirname, "../..");
const FORMS = join(root, "test/fixtures/xlsx/libreoffice-forms.xlsx");
const TEXT = join(root, "test/fixtures/xlsx/libreoffice-sample-text.xlsx");
const ESC = "\u001b[";

describe("when the report is coloured", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: "dumb" }, true, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "" }, false, false],
    [{ FORCE_COLOR: "0" }, true, false],
  ])("%j with stdout a terminal: %s → %s", (env, tty, expected) => {
    expect(wantsColour(env, tty)).toBe(expected);
  });
});

describe("validate's readable report", () => {
  it("colours the severities, keeps the columns aligned, and never colours --json", async () => {
    const plain = await cliOn({ isTTY: false }, "validate", FORMS);
    const coloured = await cliOn({ isTTY: false, colour: true }, "validate", FORMS);
    expect(plain.stdout).not.toContain(ESC);
    expect(coloured.stdout).toContain(`${ESC}31m错误${ESC}39m`);
    expect(withoutColour(coloured.stdout)).toBe(plain.stdout);
    const json = await cliOn({ isTTY: false, colour: true }, "validate", "--json", FORMS);
    expect(json.stdout).not.toContain(ESC);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it("ends each file with one verdict line", async () => {
    const { stdout } = await cliOn({ isTTY: false }, "validate", FORMS, TEXT);
    const verdicts = stdout.split("\n").filter((line) => line.startsWith("结论："));
    expect(verdicts).toHaveLength(2);
    expect(verdicts[0]).toMatch(
      /^结论：.*libreoffice-forms\.xlsx (未通过|通过)（错误 \d+，警告 \d+，提示 \d+）$/
    );
    const en = await cliOn({ isTTY: false }, "validate", "--lang", "en", FORMS);
    expect(en.stdout).toMatch(/^Verdict: .*libreoffice-forms\.xlsx (fails|passes) \(/m);
  });
});

describe("the bundled command line on a pipe", () => {
  beforeAll(() => execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root }), 60_000);

  const shell = (command: string, env: Record<string, string> = {}) =>
    spawnSync("sh", ["-c", command], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
      encoding: "utf8",
    });

  it("stops quietly when the reader closes the pipe (--help | head)", () => {
    const run = shell("node bin/perf-targets.js --help | head -1; exit ${PIPESTATUS:-0}");
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toBe("");
    // Many reports piped into a reader that takes one line: no EPIPE either.
    const many = shell(`node bin/perf-targets.js validate ${FORMS} ${FORMS} ${FORMS} | head -1`);
    expect(many.stderr).toBe("");
  });

  it("has no colour in a pipe unless FORCE_COLOR asks, and none when NO_COLOR says so", () => {
    expect(shell(`node bin/perf-targets.js validate ${FORMS}`).stdout).not.toContain(ESC);
    expect(
      shell(`node bin/perf-targets.js validate ${FORMS}`, { FORCE_COLOR: "1" }).stdout
    ).toContain(ESC);
    const both = shell(`node bin/perf-targets.js validate ${FORMS}`, {
      FORCE_COLOR: "1",
      NO_COLOR: "1",
    });
    expect(both.stdout).not.toContain(ESC);
  });
});
