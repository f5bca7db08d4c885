import { DOMParser, type Element } from "@xmldom/xmldom";
import type { RibbonButton, RibbonSource } from "../../src/commands/wpsRibbon";

export type { RibbonButton, RibbonSource };

const OFFICE = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/**
 * WPS's ribbon.xml, made from manifest.xml (docs/wps.md, "The ribbon"): the manifest is the one
 * source of the buttons — their ids, Chinese and English labels and tips, icons and actions — so
 * the two ribbons cannot drift apart.
 */
export function ribbonSource(manifestXml: string): RibbonSource {
  const doc = new DOMParser().parseFromString(manifestXml, "text/xml");
  const strings = new Map<string, { zh: string; en: string }>();
  for (const s of elements(doc.getElementsByTagNameNS(BT, "String"))) {
    const override = elements(s.getElementsByTagNameNS(BT, "Override")).find(
      (o) => o.getAttribute("Locale") === "en-US"
    );
    const zh = s.getAttribute("DefaultValue") ?? "";
    strings.set(s.getAttribute("id") ?? "", { zh, en: override?.getAttribute("Value") ?? zh });
  }
  const images = new Map<string, string>();
  for (const image of elements(doc.getElementsByTagNameNS(BT, "Image"))) {
    const url = image.getAttribute("DefaultValue");
    if (url) images.set(image.getAttribute("id") ?? "", url.slice(url.lastIndexOf("/") + 1));
  }
  const text = (resid: string | null | undefined) => {
    const found = strings.get(resid ?? "");
    if (!found) throw new Error(`manifest.xml: no string ${resid}`);
    return found;
  };
  const group = elements(doc.getElementsByTagNameNS(OFFICE, "Group"))[0];
  const residOf = (parent: Element, tag: string) =>
    elements(parent.getElementsByTagNameNS(OFFICE, tag))[0]?.getAttribute("resid");
  const buttons = elements(group.getElementsByTagNameNS(OFFICE, "Control")).map((control) => {
    const icon = elements(control.getElementsByTagNameNS(BT, "Image")).find(
      (i) => i.getAttribute("size") === "32"
    );
    const fn = elements(control.getElementsByTagNameNS(OFFICE, "FunctionName"))[0];
    return {
      id: control.getAttribute("id") ?? "",
      action: fn?.textContent?.trim() ?? "pane",
      label: text(residOf(control, "Label")),
      tip: text(residOf(control, "Description")),
      icon: images.get(icon?.getAttribute("resid") ?? "") ?? "",
    };
  });
  return { group: text(residOf(group, "Label")), buttons };
}

/**
 * The customUI (Office 2006 schema, which WPS reads) of a tab of our own holding the group: WPS
 * calls ribbon.OnAddinLoad once, ribbon.OnAction on a click, ribbon.GetImage and
 * ribbon.OnGetLabel for each button (src/commands/wpsRibbon.ts answers them).
 */
export function ribbonXml(source: RibbonSource): string {
  const buttons = source.buttons
    .map(
      (b) =>
        `          <button id="${attr(b.id)}" label="${attr(b.label.zh)}" getLabel="ribbon.OnGetLabel" ` +
        `supertip="${attr(b.tip.zh)}" onAction="ribbon.OnAction" getImage="ribbon.GetImage" size="large"/>`
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="ribbon.OnAddinLoad">
  <ribbon startFromScratch="false">
    <tabs>
      <tab id="PerfTargets.Tab" label="${attr(source.group.zh)}" getLabel="ribbon.OnGetLabel">
        <group id="PerfTargets.Group" label="${attr(source.group.zh)}" getLabel="ribbon.OnGetLabel">
${buttons}
        </group>
      </tab>
    </tabs>
  </ribbon>
</customUI>
`;
}

/** jsplugins.xml for offline deployment: one add-in of type et (WPS 表格), served from a folder. */
export function jspluginsXml(name: string, version: string, url: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${attr(name)}" type="et" url="${attr(url)}" version="${attr(version)}" enable="true"/>
</jsplugins>
`;
}

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function elements(list: { length: number; item(i: number): Element | null }): Element[] {
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}
