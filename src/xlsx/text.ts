/**
 * Text runs as a person sees them. OOXML writes characters XML cannot carry as _xHHHH_ (a
 * carriage return as _x000D_), and a literal "_x" that would look like one as _x005F_x.
 */
export function unescapeText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/**
 * Collects the visible text of a string item (a shared string's <si>, an inline <is>): its <t>
 * elements, directly or in rich-text runs, but not the phonetic guide (<rPh>) above the text.
 */
export class StringItem {
  private inItem = false;
  private inPhonetic = false;
  private inText = false;
  private buffer = "";

  /** Call for every element opened; true when the element belongs to the item. */
  open(name: string, item: string): boolean {
    if (name === item) {
      this.inItem = true;
      this.buffer = "";
    } else if (!this.inItem) return false;
    else if (name === "rPh") this.inPhonetic = true;
    else if (name === "t" && !this.inPhonetic) this.inText = true;
    return true;
  }

  text(text: string): void {
    if (this.inText) this.buffer += text;
  }

  /** Call for every element closed; the item's text when the item itself closes. */
  close(name: string, item: string): string | undefined {
    if (!this.inItem) return undefined;
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === item) {
      this.inItem = false;
      return unescapeText(this.buffer);
    }
    return undefined;
  }

  get active(): boolean {
    return this.inItem;
  }
}
