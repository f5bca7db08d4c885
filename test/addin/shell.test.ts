import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";

/* The page shells without a build: the Internet Explorer fallback and the build's options. */

const UNSUPPORTED = readFileSync("src/shell/unsupported.js", "utf8");

/** Runs unsupported.js in a page of the given kind; documentMode is what only IE defines. */
function runUnsupported(page: "taskpane" | "commands", documentMode?: number) {
  const replaced: string[] = [];
  const dialogs: string[] = [];
  const window: Record<string, unknown> = {
    location: {
      href: `https://intranet.example.cn/perf-targets/${page}.html?_host_Info=Excel`,
      replace: (url: string) => replaced.push(url),
    },
    Office: {
      context: { ui: { displayDialogAsync: (url: string) => dialogs.push(url) } },
    },
  };
  window.window = window;
  window.document = {
    documentMode,
    documentElement: { getAttribute: (name: string) => (name === "data-page" ? page : null) },
  };
  runInContext(UNSUPPORTED, createContext(window));
  return { window, replaced, dialogs };
}

describe("unsupported.js, the Internet Explorer fallback", () => {
  it("does nothing outside Internet Explorer", () => {
    const { window, replaced } = runUnsupported("taskpane");
    expect(replaced).toEqual([]);
    expect(window.insertTemplate).toBeUndefined();
  });

  it("sends the task pane to the page that says which Excel to use", () => {
    const { replaced, window } = runUnsupported("taskpane", 11);
    expect(replaced).toEqual(["unsupported.html"]);
    expect(typeof (window.Office as { initialize?: unknown }).initialize).toBe("function");
  });

  it("makes each ribbon command open that page in a dialog and complete", () => {
    const { window, dialogs } = runUnsupported("commands", 11);
    for (const name of ["insertTemplate", "checkWorkbook", "mergeSummary"]) {
      const completed = jest.fn();
      (window[name] as (event: unknown) => void)({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
    }
    expect(dialogs).toEqual(
      Array(3).fill("https://intranet.example.cn/perf-targets/unsupported.html")
    );
  });

  it("says in Chinese and English which Excel to use", () => {
    const page = readFileSync("src/shell/unsupported.html", "utf8");
    expect(page).toContain("Excel 2019");
    expect(page).toContain("Microsoft 365");
    expect(page).toMatch(/请改用/);
    expect(page).toMatch(/Please use one of these/);
  });
});

describe("webpack.config.js", () => {
  const config = require("../../webpack.config.js") as (
    env: object,
    argv: object
  ) => Promise<{
    plugins: {
      constructor: { name: string };
      userOptions?: { filename: string; csp: string; hostScripts: string[] };
    }[];
  }>;
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  async function pageOptions(env: Record<string, string | undefined>) {
    Object.assign(process.env, env);
    for (const [key, value] of Object.entries(env))
      if (value === undefined) delete process.env[key];
    const built = await config({ typecheck: "false" }, { mode: "production" });
    return built.plugins
      .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p) => p.userOptions!);
  }

  it("loads Office.js from Microsoft's CDN by default, and the CSP allows just that", async () => {
    const all = await pageOptions({ OFFICE_JS: undefined, ADDIN_URL: undefined });
    const pages = all.filter((p) => !p.filename.startsWith("preview"));
    expect(pages.map((p) => p.filename)).toEqual([
      "taskpane.html",
      "commands.html",
      "outcome.html",
    ]);
    // The preview's pages (docs/preview.md) run on this machine, with nothing from outside it.
    for (const page of all.filter((p) => p.filename.startsWith("preview"))) {
      expect(page.csp).toMatch(/(^|; )script-src 'self';/);
      expect(page.csp).not.toMatch(/https:|unsafe-inline|unsafe-eval/);
    }
    for (const page of pages) {
      expect(page.hostScripts[0]).toBe(
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
      );
      // The pages Office opens first tell Internet Explorer users which Excel to use.
      expect(page.hostScripts.includes("unsupported.js")).toBe(page.filename !== "outcome.html");
      expect(page.csp).toContain(
        "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com;"
      );
      expect(page.csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });

  it.each(["http://intranet.example.cn/perf-targets/", "intranet/perf-targets"])(
    "refuses ADDIN_URL=%s: Office loads add-ins over https only",
    async (url) => {
      await expect(pageOptions({ ADDIN_URL: url })).rejects.toThrow(/ADDIN_URL/);
    }
  );
});
