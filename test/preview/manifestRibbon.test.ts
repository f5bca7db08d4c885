import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { ribbonFromManifest } from "../../src/preview/ribbon/manifestRibbon";

const root = join(__dirname, "../..");
const manifest = new DOMParser().parseFromString(
  readFileSync(join(root, "manifest.xml"), "utf8"),
  "application/xml"
) as unknown as Document;

describe("the preview's ribbon, read from manifest.xml", () => {
  const ribbon = ribbonFromManifest(manifest);

  it("is the manifest's group with its four buttons, in both languages", () => {
    expect(ribbon.name.zh).toBe("项目支出绩效目标表");
    expect(ribbon.groups).toHaveLength(1);
    const [group] = ribbon.groups;
    expect(group.label).toEqual({ zh: "绩效目标表", en: "Target Forms" });
    expect(group.buttons.map((b) => [b.label.zh, b.label.en, b.action])).toEqual([
      ["插入模板", "Insert Form", { kind: "function", name: "insertTemplate" }],
      ["校验全部", "Check All", { kind: "function", name: "checkWorkbook" }],
      ["汇总", "Summary", { kind: "function", name: "mergeSummary" }],
      ["打开面板", "Open Pane", { kind: "taskpane" }],
    ]);
  });

  it("gives each button its tip and a 32 px icon the add-in ships", () => {
    for (const button of ribbon.groups[0].buttons) {
      expect(button.tip.zh.length).toBeGreaterThan(10);
      expect(button.tip.en).not.toBe(button.tip.zh);
      expect(button.icon).toMatch(/^assets\/[\w-]+-32\.png$/);
      expect(existsSync(join(root, button.icon))).toBe(true);
    }
  });
});
