import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const body = (file: string) =>
  /<body>([\s\S]*)<\/body>/.exec(readFileSync(join(root, file), "utf8"))![1].trim();

describe("the preview's pages", () => {
  it("give the pane the same body as taskpane.html, so the preview shows the pane Office shows", () => {
    expect(body("src/preview/pane.html")).toBe(body("src/taskpane/taskpane.html"));
  });

  it("load Excel's library alone, never the Office loader, and no inline script", () => {
    for (const page of ["preview.html", "pane.html", "commands.html"]) {
      const html = readFileSync(join(root, "src/preview", page), "utf8");
      const scripts = [...html.matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.map(([, attributes]) => /src="([^"]+)"/.exec(attributes)?.[1])).toEqual([
        "<%= htmlWebpackPlugin.options.excelJs %>",
      ]);
      expect(scripts.every(([, , content]) => content.trim() === "")).toBe(true);
      expect(html).not.toMatch(/options\.officeJs|\/office\.js|\son[a-z]+=/i);
      expect(html).toContain('http-equiv="Content-Security-Policy"');
    }
  });
});
