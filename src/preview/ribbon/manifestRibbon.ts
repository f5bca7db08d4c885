import type { Bilingual } from "../../form/locale";

export type RibbonAction = { kind: "function"; name: string } | { kind: "taskpane" };

export interface RibbonButton {
  id: string;
  label: Bilingual;
  tip: Bilingual;
  /** The button's 32 px icon, relative to the add-in's folder ("assets/check-32.png"). */
  icon: string;
  action: RibbonAction;
}

export interface RibbonGroup {
  id: string;
  label: Bilingual;
  buttons: RibbonButton[];
}

export interface AddinRibbon {
  name: Bilingual;
  groups: RibbonGroup[];
}

const EN = "en-US";

const children = (node: Element, name: string) =>
  [...node.getElementsByTagNameNS("*", name)] as Element[];
const child = (node: Element, name: string) => children(node, name)[0] as Element | undefined;

/** A string in both languages: its default (Chinese) and its en-US override. */
function bilingual(node: Element | undefined): Bilingual {
  const zh = node?.getAttribute("DefaultValue") ?? "";
  const override = node
    ? children(node, "Override").find((o) => o.getAttribute("Locale") === EN)
    : undefined;
  return { zh, en: override?.getAttribute("Value") ?? zh };
}

/**
 * The ribbon the manifest asks Excel for (docs/preview.md): its groups, their buttons with
 * labels, tips and icons in both languages, and what each button does, so the preview's ribbon
 * is the manifest's own and cannot drift from it.
 */
export function ribbonFromManifest(manifest: Document): AddinRibbon {
  const root = manifest.documentElement;
  const resources = new Map<string, Element>();
  for (const name of ["String", "Image", "Url"])
    for (const node of children(root, name)) {
      const id = node.getAttribute("id");
      if (id) resources.set(id, node);
    }
  const resource = (node: Element | undefined) => resources.get(node?.getAttribute("resid") ?? "");
  const iconPath = (icon: Element | undefined) => {
    const image = icon && children(icon, "Image").find((i) => i.getAttribute("size") === "32");
    const url = resource(image)?.getAttribute("DefaultValue");
    return url ? new URL(url).pathname.replace(/^\//, "") : "";
  };
  const groups = children(root, "Group").map((group) => ({
    id: group.getAttribute("id") ?? "",
    label: bilingual(resource(child(group, "Label"))),
    buttons: children(group, "Control").map((control): RibbonButton => {
      const action = child(control, "Action");
      const type = action?.getAttribute("xsi:type") ?? "";
      return {
        id: control.getAttribute("id") ?? "",
        label: bilingual(resource(child(control, "Label"))),
        tip: bilingual(resource(child(child(control, "Supertip") ?? control, "Description"))),
        icon: iconPath(child(control, "Icon")),
        action:
          type === "ExecuteFunction"
            ? { kind: "function", name: child(action!, "FunctionName")?.textContent?.trim() ?? "" }
            : { kind: "taskpane" },
      };
    }),
  }));
  return { name: bilingual(child(root, "DisplayName")), groups };
}
