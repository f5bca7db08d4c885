import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/*
 * The layer fence (docs/architecture.md), proven: every import a layer may not make is tried in a
 * temporary file inside that layer and must be an error; every import it may make must not be.
 */

interface Layer {
  folder: string;
  may: string[];
}

const root = join(__dirname, "../..");
const FENCE = "__fence__";

/** The same table eslint.config.mjs builds the fence from (read as data, not re-typed here). */
function layerTable(): { LAYERS: Record<string, Layer>; TOOLS: string[] } {
  const script = `import("./eslint.layers.mjs").then((m) => process.stdout.write(JSON.stringify({ LAYERS: m.LAYERS, TOOLS: m.TOOLS })))`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" })
  );
}

interface Case {
  name: string;
  file: string;
  imports: string;
  rule: "import-x/no-restricted-paths" | "import-x/no-cycle";
  forbidden: boolean;
}

const { LAYERS, TOOLS } = layerTable();
const targetOf = (folder: string) => join(root, folder, FENCE, "target.ts");

function importCase(from: string, to: string, forbidden: boolean, deep = false): Case {
  const folder = deep ? join(LAYERS[from].folder, "nested", "deeper") : LAYERS[from].folder;
  const toFolder = LAYERS[to]?.folder ?? to;
  return {
    name: `${from}${deep ? " (two folders down)" : ""} → ${to}`,
    file: join(root, folder, FENCE, `${from}-${to}${deep ? "-deep" : ""}.ts`),
    imports: targetOf(toFolder),
    rule: "import-x/no-restricted-paths",
    forbidden,
  };
}

const cases: Case[] = [];
for (const [name, layer] of Object.entries(LAYERS)) {
  for (const other of Object.keys(LAYERS)) {
    // The emulator's one exception, its Node entry using src/files, has cases of its own below.
    if (other === name || (name === "emulator" && other === "files")) continue;
    cases.push(importCase(name, other, !layer.may.includes(other)));
  }
  for (const tool of TOOLS) cases.push(importCase(name, tool, true));
}
// Depth does not matter: "../../../files/…" from src/form/rules/ is caught like "../files/…".
cases.push(importCase("core", "files", true, true), importCase("excel", "core", false, true));
// Only the emulator's Node entry may use the file adapters; a module the browser bundle loads may not.
cases.push({
  name: "emulator browser module → files",
  file: join(root, "src/emulator", FENCE, "browser-module.ts"),
  imports: targetOf("src/files"),
  rule: "import-x/no-restricted-paths",
  forbidden: true,
});
// A cycle anywhere, here inside one layer, is an error.
const cycleA = join(root, "src/form", FENCE, "cycleA.ts");
const cycleB = join(root, "src/form", FENCE, "cycleB.ts");
cases.push(
  {
    name: "a cycle (a → b)",
    file: cycleA,
    imports: cycleB,
    rule: "import-x/no-cycle",
    forbidden: true,
  },
  {
    name: "a cycle (b → a)",
    file: cycleB,
    imports: cycleA,
    rule: "import-x/no-cycle",
    forbidden: true,
  }
);

const created: string[] = [];
const results = new Map<string, { ruleId: string | null; message: string }[]>();

/** Make a folder (and remember the outermost one made, to remove it after). */
function makeFolder(folder: string): void {
  let top = folder;
  while (!existsSync(dirname(top))) top = dirname(top);
  if (!existsSync(top)) created.push(top);
  mkdirSync(folder, { recursive: true });
}

function specifier(file: string, target: string): string {
  const path = relative(dirname(file), target).replace(/\\/g, "/").replace(/\.ts$/, "");
  return path.startsWith(".") ? path : `./${path}`;
}

beforeAll(() => {
  const folders = new Set([
    ...cases.flatMap((c) => [dirname(c.file), dirname(c.imports)]),
    ...Object.values(LAYERS).map((layer) => join(root, layer.folder, FENCE)),
  ]);
  for (const folder of folders) {
    // A layer folder that does not exist yet is made for the test and removed after it.
    if (!existsSync(folder)) makeFolder(folder);
    else created.push(folder);
  }
  for (const folder of folders)
    writeFileSync(join(folder, "target.ts"), "export const target = 1;\n");
  for (const c of cases)
    writeFileSync(
      c.file,
      `import { target } from "${specifier(c.file, c.imports)}";\n\nexport const used = target;\n`
    );
  const out = execFileSync(
    process.execPath,
    ["test/support/lintFiles.mjs", ...cases.map((c) => c.file), "src/emulator/xlsx.ts"],
    { cwd: root, encoding: "utf8" }
  );
  for (const result of JSON.parse(out) as {
    filePath: string;
    messages: { ruleId: string | null; message: string }[];
  }[])
    results.set(result.filePath, result.messages);
}, 60_000);

afterAll(() => {
  for (const folder of created) rmSync(folder, { recursive: true, force: true });
});

describe("the layer fence", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const messages = results.get(c.file);
    expect(messages).toBeDefined();
    const hits = messages!.filter((m) => m.ruleId === c.rule);
    if (c.forbidden) {
      expect(hits).toHaveLength(1);
      if (c.rule === "import-x/no-restricted-paths")
        expect(hits[0].message).toContain("docs/architecture.md");
    } else expect(hits).toEqual([]);
  });

  it("lets the emulator's Node entry use the file adapters", () => {
    const messages = results.get(join(root, "src/emulator/xlsx.ts"));
    expect(messages?.filter((m) => m.ruleId?.startsWith("import-x/"))).toEqual([]);
  });
});
