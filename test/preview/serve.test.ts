import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { servePreview } from "../../scripts/preview/serve";
import { tempDir } from "../support/tmp";

const tmp = tempDir();

describe("npm start's server", () => {
  it("serves the built files on 127.0.0.1 only, opens the preview at /, and says when a file is missing", async () => {
    const dir = tmp.path("site");
    mkdirSync(dir);
    writeFileSync(`${dir}/preview.html`, "<!doctype html><title>预览</title>");
    const served = await servePreview(dir);
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const root = await fetch(served.url, { redirect: "manual" });
      expect([root.status, root.headers.get("location")]).toEqual([302, "/preview.html"]);
      const page = await fetch(`${served.url}preview.html`);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(page.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await page.text()).toContain("预览");
      expect((await fetch(`${served.url}nothing.js`)).status).toBe(404);
    } finally {
      await served.close();
    }
  });

  it("moves to the next port when the wanted one is taken", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    const served = await servePreview(tmp.path("."), port);
    try {
      expect(served.url).not.toBe(`http://127.0.0.1:${port}/`);
    } finally {
      await served.close();
      taken.close();
    }
  });
});
