import { invalidArgument, itemNotFound } from "../errors";
import type { EmulatedXmlPart } from "../model/workbook";
import type { Host, HostObject, HostType, ObjectOf } from "./objects";

type Parts = ObjectOf<"customXmlParts">;

/**
 * The root element's namespace of a well-formed-looking document; a document that is not XML is
 * InvalidArgument. (The emulator checks the shape, not every rule of XML.)
 */
export function rootNamespace(xml: string): string {
  const body = xml
    .trim()
    .replace(/^<\?xml[^?]*\?>\s*/, "")
    .replace(/^(<!--[\s\S]*?-->\s*)*/, "");
  const root =
    /^<([\w.-]+)(?::([\w.-]+))?((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(body);
  if (!root) throw invalidArgument("The XML is not valid.");
  const [, first, local, attributes, selfClosing] = root;
  const name = local ? `${first}:${local}` : first;
  if (!selfClosing && !new RegExp(`</${name.replace(/[.]/g, "\\.")}\\s*>$`).test(body))
    throw invalidArgument("The XML is not valid.");
  const prefix = local ? `:${first}` : "";
  const ns = new RegExp(`xmlns${prefix}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return ns ? (ns[1] ?? ns[2]) : "";
}

const partObject = (part: EmulatedXmlPart): HostObject => ({ kind: "customXmlPart", part });
const inScope = (host: Host, c: Parts) =>
  host.workbook.customXmlParts.filter(
    (p) => c.namespaceUri === undefined || p.namespaceUri === c.namespaceUri
  );
const byId = (host: Host, c: Parts, id: unknown) =>
  inScope(host, c).find((p) => p.id.toLowerCase() === String(id).toLowerCase());

function onlyItem(host: Host, c: Parts): HostObject | null {
  const parts = inScope(host, c);
  if (parts.length > 1) throw invalidArgument("More than one part has this namespace.");
  return parts.length === 1 ? partObject(parts[0]) : null;
}

/** Workbook.customXmlParts (ExcelApi 1.5): XML documents kept inside the workbook file. */
export const customXmlTypes = {
  customXmlParts: {
    className: "CustomXmlPartCollection",
    items: (c, host) => inScope(host, c).map(partObject),
    methods: {
      add: (c, [xml], host) => {
        const part = {
          id: host.workbook.newId(),
          namespaceUri: rootNamespace(String(xml ?? "")),
          xml: String(xml),
        };
        host.workbook.customXmlParts.push(part);
        return partObject(part);
      },
      getItem: (c, [id], host) => {
        const part = byId(host, c, id);
        if (!part) throw itemNotFound();
        return partObject(part);
      },
      getItemOrNullObject: (c, [id], host) => {
        const part = byId(host, c, id);
        return part ? partObject(part) : null;
      },
      getByNamespace: (_c, [namespaceUri]) => ({
        kind: "customXmlParts",
        namespaceUri: String(namespaceUri),
      }),
      getCount: (c, _a, host) => inScope(host, c).length,
      getOnlyItem: (c, _a, host) => {
        const only = onlyItem(host, c);
        if (!only) throw itemNotFound();
        return only;
      },
      getOnlyItemOrNullObject: (c, _a, host) => onlyItem(host, c),
    },
  } satisfies HostType<Parts>,

  customXmlPart: {
    className: "CustomXmlPart",
    id: (p) => p.part.id,
    get: { id: (p) => p.part.id, namespaceUri: (p) => p.part.namespaceUri },
    methods: {
      getXml: (p) => p.part.xml,
      setXml: (p, [xml]) => {
        p.part.namespaceUri = rootNamespace(String(xml ?? ""));
        p.part.xml = String(xml);
      },
      delete: (p, _a, host) => {
        const parts = host.workbook.customXmlParts;
        if (parts.includes(p.part)) parts.splice(parts.indexOf(p.part), 1);
      },
    },
  } satisfies HostType<ObjectOf<"customXmlPart">>,
};
