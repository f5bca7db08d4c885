import type { Attributes } from "../xlsx/xml";

export const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

/** A name the output may carry: the scanner lets a quote into an attribute's name. */
const PLAIN_NAME = /^[A-Za-z_][\w.-]*$/;

export const escapeAttribute = (text: string) =>
  text.replace(/[&<"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&quot;"));

/**
 * XML written back from the scanner's events (src/xlsx/xml.ts): elements by local name, in the
 * output part's default namespace. Prefixed attributes are left out (they belong to namespaces the
 * output does not declare, or to relationships it does not carry), except xml:space, which keeps a
 * text's spaces; so are names no writer makes. An element closed at once is written empty (`<b/>`).
 */
export class XmlOut {
  private out: string[] = [];
  private pending = false;

  open(name: string, attributes: Attributes, skip?: (key: string) => boolean): void {
    this.settle();
    let tag = `<${name}`;
    for (const key in attributes) {
      if (key !== "xml:space" && (!PLAIN_NAME.test(key) || skip?.(key))) continue;
      tag += ` ${key}="${escapeAttribute(attributes[key])}"`;
    }
    this.out.push(tag);
    this.pending = true;
  }

  text(text: string): void {
    this.settle();
    this.out.push(escapeText(text));
  }

  close(name: string): void {
    if (this.pending) {
      this.out.push("/>");
      this.pending = false;
    } else this.out.push(`</${name}>`);
  }

  /** XML written as it is (already escaped). */
  raw(xml: string): void {
    this.settle();
    this.out.push(xml);
  }

  /** What was written since the last take, and a fresh start. */
  take(): string {
    this.settle();
    const xml = this.out.join("");
    this.out = [];
    return xml;
  }

  private settle(): void {
    if (!this.pending) return;
    this.out.push(">");
    this.pending = false;
  }
}
