import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { checkManifest } from "../../scripts/manifest/check";
import { filesServedFrom, OVERRIDE_LOCALES } from "../../scripts/manifest/files";
import { officeSchemasDir, validateAgainstSchemas } from "../../scripts/manifest/schemas";
import { tempDir } from "../support/tmp";

/*
 * One production build, the way an intranet deploys it: its own address and Office.js from the
 * add-in's folder. The type-check is left to `npm test`'s own tsc run.
 */
const ADDIN_URL = "https://intranet.example.cn/perf-targets/";
const tmp = tempDir();
let out: string;

beforeAll(() => {
  out = tmp.path("dist");
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "typecheck=false",
      "--env",
      `outDir=${out}`,
    ],
    { env: { ...process.env, ADDIN_URL, OFFICE_JS: "local" }, stdio: ["ignore", "ignore", "pipe"] }
  );
}, 240_000);

const read = (name: string) => readFileSync(join(out, name), "utf8");

/** The <script> tags of a built page, in order. */
function scripts(html: string): { src?: string; body: string; attributes: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(
    ([, attributes, body]) => ({
      src: /\bsrc="([^"]+)"/.exec(attributes)?.[1],
      body,
      attributes,
    })
  );
}

const OFFICE_PAGES = ["taskpane.html", "commands.html"];

describe("the built manifest", () => {
  it("points every URL at ADDIN_URL and passes our check with every file it names", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toContain("localhost");
    expect(
      [...xml.matchAll(/Value="(\w+:[^"]*)"/g)].every(([, url]) => url.startsWith(ADDIN_URL))
    ).toBe(true);
    expect(
      checkManifest(xml, {
        fileAt: filesServedFrom(out, ADDIN_URL),
        overrideLocales: OVERRIDE_LOCALES,
      })
    ).toEqual([]);
  });

  const schemas = officeSchemasDir();
  (schemas ? it : it.skip)("passes Microsoft's schemas", async () => {
    expect(await validateAgainstSchemas(read("manifest.xml"), schemas!)).toEqual([]);
  });
});

describe.each(OFFICE_PAGES)("%s", (page) => {
  it("carries a Content-Security-Policy that allows no inline script and no eval", () => {
    const html = read(page);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https:/);
  });

  it("has no inline script and no inline handlers; Office.js loads from the add-in's folder first", () => {
    const html = read(page);
    const tags = scripts(html);
    expect(tags.every((tag) => tag.src && tag.body.trim() === "")).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+=|javascript:/i);
    expect(tags.map((tag) => tag.src)).toEqual([
      "office-js/office.js",
      "unsupported.js",
      expect.stringMatching(new RegExp(`^${page.replace(".html", "")}\\.[0-9a-f]{8}\\.js$`)),
    ]);
    for (const { src } of tags) expect(existsSync(join(out, src!))).toBe(true);
  });

  it("loads its own bundles as ES2017 (EdgeHTML), with their polyfills inside", () => {
    const own = scripts(read(page))
      .map((tag) => tag.src!)
      .filter((src) => !src.startsWith("office-js/") && src !== "unsupported.js");
    expect(own.length).toBeGreaterThan(0);
    for (const src of own) {
      expect(() => parse(read(src), { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    }
  });
});

describe("the rest of dist/", () => {
  it("has the commands bundle register every FunctionName in the manifest", () => {
    const names = [...read("manifest.xml").matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
      (m) => m[1]
    );
    expect(names).toEqual(["insertTemplate", "checkWorkbook", "mergeSummary"]);
    const bundle = scripts(read("commands.html")).find((tag) =>
      tag.src?.startsWith("commands.")
    )!.src!;
    for (const name of names) expect(read(bundle)).toContain(`"${name}"`);
  });

  it("keeps the Internet Explorer script ES5 and the static pages script-free", () => {
    expect(() =>
      parse(read("unsupported.js"), { ecmaVersion: 5, sourceType: "script" })
    ).not.toThrow();
    for (const page of ["unsupported.html", "help.html"]) {
      expect(scripts(read(page))).toEqual([]);
      expect(read(page)).toContain('http-equiv="Content-Security-Policy"');
    }
  });

  it("serves Office.js and Excel's host files from office-js/ for an intranet without internet", () => {
    for (const file of [
      "office.js",
      "excel-win32-16.01.js",
      "excel-web-16.00.js",
      "zh-cn/office_strings.js",
      "en-us/office_strings.js",
    ]) {
      expect(existsSync(join(out, "office-js", file))).toBe(true);
    }
    expect(existsSync(join(out, "office-js", "outlook-win32-16.02.js"))).toBe(false);
    expect(existsSync(join(out, "office-js", "office.debug.js"))).toBe(false);
  });

  it("builds the emulator bundle for the preview", () => {
    expect(read("emulator.js")).toContain("perfTargetsEmulator");
  });
});
