import { DOMParser, type Element } from "@xmldom/xmldom";
import { pngSize } from "./png";

/**
 * Our own check of the add-in's XML manifest, which needs no schema and no network: what the
 * schemas cannot see (every resid resolves to a resource of the right kind, each string has its
 * translations, each icon file exists at its size) and what they see only when present (https,
 * length limits). See docs/addin.md.
 */

export interface ManifestProblem {
  line?: number;
  message: string;
}

export interface CheckOptions {
  /**
   * The bytes a URL in the manifest points to: undefined when that file should exist and does
   * not, null when the URL is not one this check can look at (it is then only checked for https).
   */
  fileAt(url: string): Uint8Array | undefined | null;
  /** Locales that every string must have an override for, besides the default. */
  overrideLocales: readonly string[];
}

const OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BASIC_TYPES = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

type Kind = "image" | "url" | "short" | "long";

const RESOURCE_LISTS: Record<string, Kind> = {
  Images: "image",
  Urls: "url",
  ShortStrings: "short",
  LongStrings: "long",
};

/** Which kind of resource each element with a resid names (the add-in-only manifest reference). */
const REFERENCE_KIND: Record<string, Kind> = {
  Image: "image",
  Label: "short",
  Title: "short",
  Description: "long",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
};

/** Character limits of the manifest's string types (ShortString, LongString, ReferenceId). */
export const LIMITS = { short: 125, long: 250, resid: 32, controlId: 125 } as const;

/** Pixel sizes of the top-level icons. */
const TOP_LEVEL_ICONS: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

interface Text {
  element: Element;
  locale?: string;
  value: string;
}

interface Resource {
  id: string;
  kind: Kind;
  element: Element;
  values: Text[];
}

const lineOf = (element: Element) => element.lineNumber ?? undefined;
const length = (text: string) => [...text].length;

function elements(root: Element, namespace: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, name));
}

function childElements(parent: Element, namespace?: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (namespace === undefined || (node as Element).namespaceURI === namespace)
  );
}

/** The default value and each locale's override of a setting or resource. */
function localized(element: Element, namespace: string): Text[] {
  const values: Text[] = [{ element, value: element.getAttribute("DefaultValue") ?? "" }];
  for (const override of childElements(element, namespace).filter(
    (e) => e.localName === "Override"
  )) {
    values.push({
      element: override,
      locale: override.getAttribute("Locale") ?? "",
      value: override.getAttribute("Value") ?? "",
    });
  }
  return values;
}

function parse(xml: string): { root?: Element; problems: ManifestProblem[] } {
  const problems: ManifestProblem[] = [];
  const report = (_level: string, message: string, context?: unknown) => {
    const locator = (context as { locator?: { lineNumber?: number } } | undefined)?.locator;
    problems.push({ line: locator?.lineNumber, message: `Not well-formed XML: ${message}` });
  };
  try {
    const document = new DOMParser({ onError: report }).parseFromString(xml, "text/xml");
    if (problems.length === 0) return { root: document.documentElement ?? undefined, problems };
  } catch (error) {
    if (problems.length === 0) problems.push({ message: `Not well-formed XML: ${String(error)}` });
  }
  return { problems };
}

function readResources(root: Element, problems: ManifestProblem[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  for (const [list, kind] of Object.entries(RESOURCE_LISTS)) {
    for (const container of elements(root, BASIC_TYPES, list)) {
      for (const element of childElements(container, BASIC_TYPES)) {
        const id = element.getAttribute("id") ?? "";
        if (resources.has(id)) {
          problems.push({ line: lineOf(element), message: `Resource id "${id}" is used twice` });
          continue;
        }
        if (length(id) > LIMITS.resid)
          problems.push({
            line: lineOf(element),
            message: `Resource id "${id}" is longer than ${LIMITS.resid} characters`,
          });
        resources.set(id, { id, kind, element, values: localized(element, BASIC_TYPES) });
      }
    }
  }
  return resources;
}

/** Every resid names a resource of the kind its element needs; every resource is named. */
function checkReferences(
  root: Element,
  resources: Map<string, Resource>,
  problems: ManifestProblem[]
): { resource: Resource; size?: number }[] {
  const used = new Set<string>();
  const images: { resource: Resource; size?: number }[] = [];
  for (const element of Array.from(root.getElementsByTagName("*"))) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    const resource = resources.get(resid);
    const where = `<${element.localName} resid="${resid}">`;
    if (!resource) {
      problems.push({ line: lineOf(element), message: `${where} names no resource` });
      continue;
    }
    used.add(resid);
    const expected = REFERENCE_KIND[element.localName ?? ""];
    if (expected && resource.kind !== expected) {
      problems.push({
        line: lineOf(element),
        message: `${where} needs ${kindName(expected)} resource, but "${resid}" is ${kindName(resource.kind)}`,
      });
    }
    if (resource.kind === "image") {
      const size = Number(element.getAttribute("size"));
      images.push({ resource, size: Number.isFinite(size) && size > 0 ? size : undefined });
    }
  }
  for (const resource of resources.values()) {
    if (!used.has(resource.id))
      problems.push({
        line: lineOf(resource.element),
        message: `Resource "${resource.id}" is never used`,
      });
  }
  return images;
}

function kindName(kind: Kind): string {
  return {
    image: "an image (bt:Images)",
    url: "a URL (bt:Urls)",
    short: "a short string (bt:ShortStrings)",
    long: "a long string (bt:LongStrings)",
  }[kind];
}

/** Strings fit their limits and have every required translation. */
function checkStrings(
  strings: { name: string; values: Text[]; limit: number }[],
  options: CheckOptions,
  problems: ManifestProblem[]
) {
  for (const { name, values, limit } of strings) {
    for (const text of values) {
      if (text.value.trim() === "")
        problems.push({
          line: lineOf(text.element),
          message: `${name}${text.locale ? ` (${text.locale})` : ""} is empty`,
        });
      if (length(text.value) > limit)
        problems.push({
          line: lineOf(text.element),
          message: `${name}${text.locale ? ` (${text.locale})` : ""} has ${length(text.value)} characters; the limit is ${limit}`,
        });
    }
    const locales = new Set(values.map((text) => text.locale?.toLowerCase()));
    for (const locale of options.overrideLocales) {
      if (!locales.has(locale.toLowerCase()))
        problems.push({
          line: lineOf(values[0].element),
          message: `${name} has no ${locale} override`,
        });
    }
  }
}

function checkUrl(url: string, element: Element, problems: ManifestProblem[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push({ line: lineOf(element), message: `"${url}" is not an absolute URL` });
    return false;
  }
  if (parsed.protocol !== "https:") {
    problems.push({
      line: lineOf(element),
      message: `"${url}" is not https (Office loads add-ins only over https)`,
    });
    return false;
  }
  return true;
}

function checkFile(
  url: string,
  element: Element,
  options: CheckOptions,
  problems: ManifestProblem[],
  size?: number
) {
  const bytes = options.fileAt(url);
  if (bytes === null) return;
  if (bytes === undefined) {
    problems.push({ line: lineOf(element), message: `"${url}" points to no file` });
    return;
  }
  if (size === undefined) return;
  const actual = pngSize(bytes);
  if (!actual) problems.push({ line: lineOf(element), message: `"${url}" is not a PNG image` });
  else if (actual.width !== size || actual.height !== size)
    problems.push({
      line: lineOf(element),
      message: `"${url}" is ${actual.width}×${actual.height} pixels; it must be ${size}×${size}`,
    });
}

function checkControlIds(root: Element, problems: ManifestProblem[]) {
  const seen = new Set<string>();
  for (const name of ["Group", "Control"]) {
    for (const element of Array.from(root.getElementsByTagNameNS("*", name))) {
      const id = element.getAttribute("id");
      if (!id) continue;
      if (seen.has(id))
        problems.push({ line: lineOf(element), message: `${name} id "${id}" is used twice` });
      if (length(id) > LIMITS.controlId)
        problems.push({
          line: lineOf(element),
          message: `${name} id "${id}" is longer than ${LIMITS.controlId} characters`,
        });
      seen.add(id);
    }
  }
}

export function checkManifest(xml: string, options: CheckOptions): ManifestProblem[] {
  const { root, problems } = parse(xml);
  if (!root) return problems;
  if (root.namespaceURI !== OFFICE_APP || root.localName !== "OfficeApp") {
    return [{ line: lineOf(root), message: "The root element is not an OfficeApp manifest" }];
  }

  const resources = readResources(root, problems);
  const images = checkReferences(root, resources, problems);

  const topLevel = (name: string) =>
    childElements(root, OFFICE_APP).find((e) => e.localName === name);
  const displayName = topLevel("DisplayName");
  const description = topLevel("Description");
  checkStrings(
    [
      ...(displayName
        ? [{ name: "DisplayName", values: localized(displayName, OFFICE_APP), limit: LIMITS.short }]
        : []),
      ...(description
        ? [{ name: "Description", values: localized(description, OFFICE_APP), limit: LIMITS.long }]
        : []),
      ...[...resources.values()]
        .filter((r) => r.kind === "short" || r.kind === "long")
        .map((r) => ({
          name: `String "${r.id}"`,
          values: r.values,
          limit: LIMITS[r.kind as "short" | "long"],
        })),
    ],
    options,
    problems
  );

  // Every URL is https; the files it names exist, and icons have their size.
  const sizes = new Map<Resource, Set<number>>();
  for (const { resource, size } of images) {
    if (size !== undefined) sizes.set(resource, (sizes.get(resource) ?? new Set()).add(size));
  }
  for (const resource of resources.values()) {
    if (resource.kind !== "image" && resource.kind !== "url") continue;
    for (const { value, element } of resource.values) {
      if (!checkUrl(value, element, problems)) continue;
      const wanted = sizes.get(resource);
      if (wanted && wanted.size > 1)
        problems.push({
          line: lineOf(element),
          message: `Image "${resource.id}" is used at sizes ${[...wanted].join(" and ")}`,
        });
      checkFile(
        value,
        element,
        options,
        problems,
        wanted && wanted.size === 1 ? [...wanted][0] : undefined
      );
    }
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const element = topLevel(name);
    if (!element) continue;
    for (const { value, element: where } of localized(element, OFFICE_APP)) {
      if (checkUrl(value, where, problems))
        checkFile(value, where, options, problems, TOP_LEVEL_ICONS[name]);
    }
  }
  for (const element of elements(root, OFFICE_APP, "SourceLocation")) {
    for (const { value, element: where } of localized(element, OFFICE_APP)) {
      if (checkUrl(value, where, problems)) checkFile(value, where, options, problems);
    }
  }
  for (const element of elements(root, OFFICE_APP, "AppDomain"))
    checkUrl(element.textContent ?? "", element, problems);

  checkControlIds(root, problems);
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
