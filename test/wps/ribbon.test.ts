import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { jspluginsXml, ribbonSource, ribbonXml } from "../../scripts/wps/ribbon";
import { ribbonCallbacks, type WpsRibbonDeps } from "../../src/commands/wpsRibbon";

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

describe("WPS's ribbon, made from manifest.xml", () => {
  const source = ribbonSource(manifest);

  it("has the manifest's four buttons, their Chinese and English labels, tips and icons", () => {
    expect(source.group).toEqual({ zh: "绩效目标表", en: "Target Forms" });
    expect(source.buttons.map((b) => [b.id, b.action, b.label.zh, b.label.en])).toEqual([
      ["PerfTargets.Insert", "insertTemplate", "插入模板", "Insert Form"],
      ["PerfTargets.Check", "checkWorkbook", "校验全部", "Check All"],
      ["PerfTargets.Merge", "mergeSummary", "汇总", "Summary"],
      ["PerfTargets.Pane", "pane", "打开面板", "Open Pane"],
    ]);
    for (const button of source.buttons) {
      expect(button.tip.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(button.tip.en).toMatch(/^[A-Z]/);
      expect(existsSync(join(__dirname, "../../assets", button.icon))).toBe(true);
    }
  });

  it("writes a customUI that parses, with every button wired to the ribbon object's callbacks", () => {
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => errors.push(`${level}: ${message}`),
    }).parseFromString(ribbonXml(source), "text/xml");
    expect(errors).toEqual([]);
    const buttons = Array.from({ length: doc.getElementsByTagName("button").length }, (_, i) =>
      doc.getElementsByTagName("button").item(i)!
    );
    expect(buttons.map((b) => b.getAttribute("id"))).toEqual(source.buttons.map((b) => b.id));
    for (const b of buttons) {
      expect(b.getAttribute("onAction")).toBe("ribbon.OnAction");
      expect(b.getAttribute("getImage")).toBe("ribbon.GetImage");
    }
    expect(doc.documentElement!.getAttribute("onLoad")).toBe("ribbon.OnAddinLoad");
  });

  it("escapes what it writes into attributes", () => {
    const xml = ribbonXml({ group: { zh: 'a"<&', en: "x" }, buttons: [] });
    expect(xml).toContain('label="a&quot;&lt;&amp;"');
    expect(jspluginsXml("n", "1", "file:///a&b/")).toContain('url="file:///a&amp;b/"');
  });

  it("runs the same commands as Excel's ribbon, by button, and opens the pane", async () => {
    const calls: string[] = [];
    const deps: WpsRibbonDeps = {
      locale: "en",
      insertTemplate: async () => (calls.push("insert"), { sheet: "S", cell: "B4" }),
      checkWorkbook: async () => (
        calls.push("check"),
        { report: { summary: { forms: 1, errors: 0, warnings: 0, infos: 0 } } }
      ),
      mergeIntoSummary: async () => (calls.push("merge"), { sheet: "汇总表", forms: 1 }),
      showOutcome: async (text) => void calls.push(`said:${text.slice(0, 12)}`),
      showPane: () => void calls.push("pane"),
    };
    const ribbon = ribbonCallbacks(source, deps);
    for (const b of source.buttons) await ribbon.OnAction({ Id: b.id });
    expect(calls.filter((c) => !c.startsWith("said:"))).toEqual([
      "insert",
      "check",
      "merge",
      "pane",
    ]);
    expect(calls.filter((c) => c.startsWith("said:"))).toHaveLength(3);
    expect(ribbon.OnGetLabel({ Id: "PerfTargets.Check" })).toBe("Check All");
    expect(ribbon.OnGetLabel({ Id: "PerfTargets.Tab" })).toBe("Target Forms");
    expect(ribbon.GetImage({ Id: "PerfTargets.Merge" })).toBe("images/merge-32.png");
  });

  it("loads, and a button it does not know runs nothing and has no picture", async () => {
    const calls: string[] = [];
    const ribbon = ribbonCallbacks(source, {
      locale: "zh",
      insertTemplate: async () => (calls.push("insert"), { sheet: "S", cell: "B4" }),
      checkWorkbook: async () => (
        calls.push("check"),
        { report: { summary: { forms: 0, errors: 0, warnings: 0, infos: 0 } } }
      ),
      mergeIntoSummary: async () => (calls.push("merge"), { sheet: "汇总表", forms: 0 }),
      showOutcome: async (text) => void calls.push(`said:${text}`),
      showPane: () => void calls.push("pane"),
    });
    expect(ribbon.OnAddinLoad()).toBe(true);
    await expect(ribbon.OnAction({ Id: "PerfTargets.Gone" })).resolves.toBeUndefined();
    expect(calls).toEqual([]);
    expect(ribbon.GetImage({ Id: "PerfTargets.Gone" })).toBe("images/");
  });
});
