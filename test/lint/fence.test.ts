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
  /** How the file imports its target: a value (the default) or only a type. */
  typeOnly?: boolean;
  rule: "import-x/no-restricted-paths" | "fence/no-cycle";
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
// A cycle anywhere, here inside one layer, is an error; so is one where an import is type-only
// (the pane's Pane type once tied app.ts, panels.ts and liveCheck.ts in a circle).
function cycle(name: string, folder: string, typeOnlyBack: boolean): Case[] {
  const a = join(root, folder, FENCE, `${name}A.ts`);
  const b = join(root, folder, FENCE, `${name}B.ts`);
  const rule = "fence/no-cycle";
  return [
    { name: `${name} (a → b)`, file: a, imports: b, rule, forbidden: true },
    { name: `${name} (b → a)`, file: b, imports: a, typeOnly: typeOnlyBack, rule, forbidden: true },
  ];
}
cases.push(
  ...cycle("a cycle", "src/form", false),
  ...cycle("a cycle through a type-only import", "src/taskpane", true)
);
// A one-way type-only import is no cycle.
cases.push({
  name: "a type-only import, one way",
  file: join(root, "src/taskpane", FENCE, "oneWay.ts"),
  imports: targetOf("src/taskpane"),
  typeOnly: true,
  rule: "fence/no-cycle",
  forbidden: false,
});

/** Files that name an Excel type: only src/excel may (docs/architecture.md). */
const excelTypeUses = [
  ["src/taskpane", "let range: Excel.Range | undefined;\n\nexport const used = range;\n"],
  ["src/commands", "export type Sheet = Excel.Interfaces.WorksheetData;\n"],
  ["src/preview", "export type Library = typeof Excel;\n"],
  ["src/excel", "let range: Excel.Range | undefined;\n\nexport const used = range;\n"],
].map(([folder, text]) => ({
  folder,
  text,
  file: join(root, folder, FENCE, "excelType.ts"),
  forbidden: folder !== "src/excel",
}));

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
      c.typeOnly
        ? `import type { target } from "${specifier(c.file, c.imports)}";\n\nexport let used: typeof target | undefined;\n`
        : `import { target } from "${specifier(c.file, c.imports)}";\n\nexport const used = target;\n`
    );
  for (const use of excelTypeUses) writeFileSync(use.file, use.text);
  const out = execFileSync(
    process.execPath,
    [
      "test/support/lintFiles.mjs",
      ...cases.map((c) => c.file),
      ...excelTypeUses.map((use) => use.file),
      "src/emulator/xlsx.ts",
    ],
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

  it.each(excelTypeUses.map((use) => [use.folder, use] as const))(
    "Excel types in %s",
    (_folder, use) => {
      const hits = (results.get(use.file) ?? []).filter(
        (m) => m.ruleId === "no-restricted-syntax" && m.message.includes("No Excel types")
      );
      expect(hits).toHaveLength(use.forbidden ? 1 : 0);
    }
  );

  it("lets the emulator's Node entry use the file adapters", () => {
    const messages = results.get(join(root, "src/emulator/xlsx.ts"));
    expect(messages?.filter((m) => m.ruleId?.startsWith("import-x/"))).toEqual([]);
  });
});
