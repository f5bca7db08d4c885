import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");

interface PageOptions {
  filename: string;
  template: string;
  hostScripts: string[];
}

async function pages(): Promise<PageOptions[]> {
  const config = require("../../webpack.config.js");
  const built = await config({ typecheck: "false" }, { mode: "production" });
  return built.plugins
    .filter((p: object) => p.constructor.name === "HtmlWebpackPlugin")
    .map((p: { userOptions: PageOptions }) => p.userOptions);
}

describe("the preview's pages", () => {
  it("are the add-in's own pane and commands pages, so the preview shows what Office shows", async () => {
    const all = await pages();
    const template = (name: string) => all.find((p) => p.filename === name)!.template;
    expect(template("preview-pane.html")).toBe(template("taskpane.html"));
    expect(template("preview-commands.html")).toBe(template("commands.html"));
    expect(template("preview-wps-pane.html")).toBe(template("taskpane.html"));
  });

  it("load Excel's library alone (over WPS nothing of Office), never the loader, no inline script", async () => {
    for (const page of (await pages()).filter((p) => p.filename.startsWith("preview"))) {
      const wps = page.filename === "preview-wps-pane.html";
      expect(page.hostScripts).toEqual(wps ? [] : ["preview/excel-web-16.00.js"]);
      const html = readFileSync(join(root, page.template), "utf8");
      const scripts = [...html.matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/g)];
      // The template's only scripts are the ones it is given.
      expect(scripts.map(([, attributes]) => /src="([^"]+)"/.exec(attributes)?.[1])).toEqual([
        "<%= src %>",
      ]);
      expect(scripts.every(([, , content]) => content.trim() === "")).toBe(true);
      expect(html).not.toMatch(/\/office\.js|\son[a-z]+=/i);
      expect(html).toContain('http-equiv="Content-Security-Policy"');
    }
  });
});
