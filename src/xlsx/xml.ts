import { SaxesParser, type SaxesTagPlain } from "saxes";
import { corrupt, WorkbookError } from "./errors";

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  /** An element opens: its local name (any prefix dropped: some writers use x:sheet) and attributes. */
  open?: (name: string, attributes: Attributes) => void;
  close?: (name: string) => void;
  /** Character data, entity references resolved. */
  text?: (text: string) => void;
}

/** "x:sheet" → "sheet". */
export const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by local name ("r:id", "ns2:id" and "id" are all "id"), or undefined. */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}

/**
 * Run a SAX parse of one part. saxes checks well-formedness and expands only XML's own entities,
 * so a document type cannot define entities that multiply (the "billion laughs").
 */
export function parseXml(part: string, xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  const { open, close, text } = handlers;
  if (open) parser.on("opentag", (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  if (close) parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw corrupt(
      `${part} 不是有效的 XML`,
      `${part} is not well-formed XML (${String((error as Error).message ?? error).split("\n")[0]})`
    );
  }
}
