import { readFileSync } from "node:fs";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { checkManifest, LIMITS } from "../../scripts/manifest/check";
import { filesServedFrom, OVERRIDE_LOCALES } from "../../scripts/manifest/files";
import { pngSize } from "../../scripts/manifest/png";
import {
  officeSchemasDir,
  SCHEMAS_ABSENT,
  validateAgainstSchemas,
} from "../../scripts/manifest/schemas";

const MANIFEST = readFileSync("manifest.xml", "utf8");
const DEV_URL = "https://localhost:3000/";
// In the repository only the icons are files; the pages exist once built (test/addin/build.test.ts).
const ourCheck = (xml: string) =>
  checkManifest(xml, {
    fileAt: filesServedFrom(".", DEV_URL, ["assets/"]),
    overrideLocales: OVERRIDE_LOCALES,
  });
const messages = (xml: string) => ourCheck(xml).map((p) => p.message);

/** The manifest with one change, failing the test if the text to change is not there. */
function broken(from: string | RegExp, to: string): string {
  const changed = MANIFEST.replace(from, to);
  expect(changed).not.toBe(MANIFEST);
  return changed;
}

const document = new DOMParser().parseFromString(MANIFEST, "text/xml");
const all = (name: string) => Array.from(document.getElementsByTagNameNS("*", name)) as Element[];
const text = (name: string) => all(name).map((e) => e.textContent);
function resource(id: string): { zh: string | null; en: string | undefined } {
  const element = all("String").find((e) => e.getAttribute("id") === id)!;
  const override = Array.from(element.getElementsByTagNameNS("*", "Override")).find(
    (o) => o.getAttribute("Locale") === "en-US"
  );
  return {
    zh: element.getAttribute("DefaultValue"),
    en: override?.getAttribute("Value") ?? undefined,
  };
}

describe("manifest.xml declares the add-in the issue asks for", () => {
  it("is an Excel task pane add-in needing ExcelApi 1.8 and ReadWriteDocument only, Chinese first", () => {
    expect(document.documentElement!.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual([
      "Workbook",
      "Workbook",
    ]);
    expect(all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["ExcelApi", "1.8"],
    ]);
    expect(text("Permissions")).toEqual(["ReadWriteDocument"]);
    expect(text("DefaultLocale")).toEqual(["zh-CN"]);
  });

  it("puts the 绩效目标表 group on the Home tab: three function commands and the pane", () => {
    expect(all("OfficeTab").map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const group = all("Group")[0];
    expect(resource(group.getElementsByTagNameNS("*", "Label")[0].getAttribute("resid")!).zh).toBe(
      "绩效目标表"
    );

    const controls = all("Control").map((control) => {
      const child = (name: string) => control.getElementsByTagNameNS("*", name)[0];
      const label = resource(child("Label").getAttribute("resid")!);
      const tip = resource(
        child("Supertip").getElementsByTagNameNS("*", "Description")[0].getAttribute("resid")!
      );
      expect(tip.zh && tip.en).toBeTruthy();
      expect(
        resource(child("Supertip").getElementsByTagNameNS("*", "Title")[0].getAttribute("resid")!)
          .en
      ).toBeTruthy();
      const action = child("Action");
      return [
        label.zh,
        action.getAttribute("xsi:type"),
        child("FunctionName")?.textContent ?? child("SourceLocation").getAttribute("resid"),
      ];
    });
    expect(controls).toEqual([
      ["插入模板", "ExecuteFunction", "insertTemplate"],
      ["校验全部", "ExecuteFunction", "checkWorkbook"],
      ["汇总", "ExecuteFunction", "mergeSummary"],
      ["打开面板", "ShowTaskpane", "Taskpane.Url"],
    ]);
  });

  it("loads the pages from the dev-server's address, which the build replaces", () => {
    const urls = all("Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]);
    expect(urls).toEqual(
      expect.arrayContaining([
        ["Commands.Url", `${DEV_URL}commands.html`],
        ["Taskpane.Url", `${DEV_URL}taskpane.html`],
      ])
    );
    const addresses = [...MANIFEST.matchAll(/Value="(\w+:[^"]*)"/g)].map((m) => m[1]);
    expect(addresses.length).toBeGreaterThan(15);
    expect(addresses.filter((address) => !address.startsWith(DEV_URL))).toEqual([]);
  });
});

describe("our own manifest check", () => {
  it("passes manifest.xml", () => {
    expect(ourCheck(MANIFEST)).toEqual([]);
  });

  it.each<[string, string | RegExp, string, string | RegExp]>([
    [
      "a resid that names nothing",
      'resid="Group.Label"',
      'resid="Group.Labl"',
      '<Label resid="Group.Labl"> names no resource',
    ],
    [
      "a resid of the wrong kind",
      'Description resid="Check.Tip"',
      'Description resid="Check.Label"',
      '<Description resid="Check.Label"> needs a long string (bt:LongStrings) resource, but "Check.Label" is a short string (bt:ShortStrings)',
    ],
    [
      "a resource nobody uses",
      "</bt:Urls>",
      '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/></bt:Urls>',
      'Resource "Spare.Url" is never used',
    ],
    [
      "a resource id used twice",
      "</bt:Urls>",
      '<bt:Url id="Help.Url" DefaultValue="https://localhost:3000/help.html"/></bt:Urls>',
      'Resource id "Help.Url" is used twice',
    ],
    [
      "a resource id over 32 characters",
      /Help\.Url/g,
      "Help.Url.Of.The.Performance.Targets",
      'Resource id "Help.Url.Of.The.Performance.Targets" is longer than 32 characters',
    ],
    [
      "a string without its English",
      '\n          <bt:Override Locale="en-US" Value="Check All"/>',
      "",
      'String "Check.Label" has no en-US override',
    ],
    [
      "a display name without its English",
      '\n    <Override Locale="en-US" Value="Performance Target Forms"/>',
      "",
      "DisplayName has no en-US override",
    ],
    ["an empty label", 'DefaultValue="汇总"', 'DefaultValue=" "', 'String "Merge.Label" is empty'],
    [
      "a label over 125 characters",
      'DefaultValue="汇总"',
      `DefaultValue="${"汇".repeat(126)}"`,
      'String "Merge.Label" has 126 characters; the limit is 125',
    ],
    [
      "a supertip over 250 characters",
      'Value="Opens the task pane:',
      `Value="${"x".repeat(250)}`,
      /^String "Pane.Tip" \(en-US\) has \d+ characters; the limit is 250$/,
    ],
    [
      "an http URL",
      "https://localhost:3000/assets/insert-80.png",
      "http://localhost:3000/assets/insert-80.png",
      '"http://localhost:3000/assets/insert-80.png" is not https (Office loads add-ins only over https)',
    ],
    [
      "a URL that is not absolute",
      'DefaultValue="https://localhost:3000/help.html"/>\n      </bt:Urls>',
      'DefaultValue="help.html"/>\n      </bt:Urls>',
      '"help.html" is not an absolute URL',
    ],
    [
      "an icon of the wrong size",
      "assets/check-32.png",
      "assets/check-80.png",
      '"https://localhost:3000/assets/check-80.png" is 80×80 pixels; it must be 32×32',
    ],
    [
      "a top-level icon of the wrong size",
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      '"https://localhost:3000/assets/icon-64.png" is 64×64 pixels; it must be 32×32',
    ],
    [
      "an icon file that does not exist",
      "assets/merge-16.png",
      "assets/merge-17.png",
      '"https://localhost:3000/assets/merge-17.png" points to no file',
    ],
    [
      "an icon that is not a PNG",
      "assets/merge-16.png",
      "assets/merge.svg",
      '"https://localhost:3000/assets/merge.svg" is not a PNG image',
    ],
    [
      "one image at two sizes",
      'size="32" resid="Merge.32"',
      'size="32" resid="Merge.16"',
      'Image "Merge.16" is used at sizes 16 and 32',
    ],
    [
      "a control id used twice",
      'id="PerfTargets.Merge"',
      'id="PerfTargets.Check"',
      'Control id "PerfTargets.Check" is used twice',
    ],
    ["XML that is not well-formed", "</Permissions>", "</Permission>", "Not well-formed XML"],
  ])("rejects %s", (_case, from, to, expected) => {
    const pattern = typeof expected === "string" ? new RegExp(`^${escape(expected)}`) : expected;
    expect(messages(broken(from, to))).toEqual(
      expect.arrayContaining([expect.stringMatching(pattern)])
    );
  });

  it("names the line of each problem", () => {
    const xml = broken(
      'resid="Insert.Label"/>\n                  <Supertip>',
      'resid="Insert.Labl"/>\n                  <Supertip>'
    );
    const line = xml.split("\n").findIndex((l) => l.includes("Insert.Labl")) + 1;
    expect(ourCheck(xml)).toContainEqual({
      line,
      message: '<Label resid="Insert.Labl"> names no resource',
    });
  });

  it("rejects a document that is not a manifest", () => {
    expect(messages("<html/>")).toEqual(["The root element is not an OfficeApp manifest"]);
  });

  it("keeps Office's limits", () => {
    expect(LIMITS).toEqual({ short: 125, long: 250, resid: 32, controlId: 125 });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("the icons", () => {
  it.each([
    ["icon", [16, 32, 64, 80]],
    ["insert", [16, 32, 80]],
    ["check", [16, 32, 80]],
    ["merge", [16, 32, 80]],
  ])("%s is a PNG at each size the ribbon asks for", (name, sizes) => {
    for (const size of sizes as number[]) {
      expect(pngSize(readFileSync(`assets/${name}-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("reads no size from bytes that are not a PNG", () => {
    expect(pngSize(readFileSync("assets/icon.svg"))).toBeNull();
    expect(pngSize(new Uint8Array(8))).toBeNull();
  });
});

const schemas = officeSchemasDir();
if (!schemas) console.warn(SCHEMAS_ABSENT);
const withSchemas = schemas ? describe : describe.skip;

withSchemas("Microsoft's manifest schemas (../shared/office-schemas)", () => {
  const validate = (xml: string) => validateAgainstSchemas(xml, schemas!);

  it("accept manifest.xml", async () => {
    expect(await validate(MANIFEST)).toEqual([]);
  });

  it.each<[string, string | RegExp, string, RegExp]>([
    [
      "elements out of order",
      /(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/,
      "$2$1",
      /ProviderName': This element is not expected/,
    ],
    [
      "an unknown action type",
      'xsi:type="ExecuteFunction"',
      'xsi:type="RunFunction"',
      /RunFunction/,
    ],
    [
      "a function command without its name",
      "<FunctionName>mergeSummary</FunctionName>",
      "",
      /Missing child element\(s\)\. Expected is \( FunctionName \)/,
    ],
    [
      "a permission that does not exist",
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
      /Permissions/,
    ],
    ["a label over 125 characters", 'Value="Summary"', `Value="${"S".repeat(126)}"`, /maxLength/],
  ])("reject %s", async (_case, from, to, expected) => {
    const problems = await validate(broken(from, to));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join("\n")).toMatch(expected);
    expect(problems[0].line).toBeGreaterThan(0);
  });
});
