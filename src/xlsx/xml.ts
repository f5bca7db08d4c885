import { corrupt } from "./errors";

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  /** An element opens: its local name (any prefix dropped: some writers use x:sheet) and attributes. */
  open?: (name: string, attributes: Attributes) => void;
  close?: (name: string) => void;
  /** Character data, entity references resolved. */
  text?: (text: string) => void;
  /**
   * The elements whose attributes `open` reads, by local name: true, or the name of the one
   * attribute it reads (then, when the tag starts with it, the others are not cut out), or the
   * usual shape of its tag (`attributeShape`), read in one match when the tag has it. The other
   * elements' attributes are checked as strictly but not built: `open` gets no attributes for
   * them (docs/speed.md). Absent: all.
   */
  readsAttributes?: (name: string) => boolean | string | AttributeShape;
  /**
   * Elements (by local name) whose children the handler ignores, each with `emptyChildren`'s
   * pattern of the children it may pass over unreported (docs/speed.md).
   */
  passesOver?: ReadonlyMap<string, RegExp>;
  /**
   * Elements (by local name) whose children of the usual shape are read whole by one match
   * (`wholeElement`): `read` gets the match instead of the child's open, text and close.
   */
  readsWhole?: ReadonlyMap<string, WholeChild>;
}

/** Children read whole: what matches them (`wholeElement`), and what reads a match. */
export interface WholeChild {
  readonly pattern: RegExp;
  readonly read: (found: RegExpExecArray) => void;
}

/** What `open` gets for an element whose attributes its handler does not read. */
const UNREAD: Attributes = Object.freeze({});

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

/** XML's five predefined entities: the only ones a part may use (no document type defines more). */
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;

/**
 * Attributes as writers write them, to the tag's end: each after white space, a name, "=", a value
 * in quotes without "<"; what `attributes` accepts, and less (sticky: matched at lastIndex only).
 */
const PLAIN_ATTRIBUTES =
  /(?:[ \t\n\r]+[^ \t\n\r=<>/]+[ \t\n\r]*=[ \t\n\r]*(?:"[^"<]*"|'[^'<]*'))*[ \t\n\r]*\/?>/y;

/** One such attribute, its name and its value (in double or single quotes) captured. */
const PLAIN_ATTRIBUTE =
  /[ \t\n\r]+([^ \t\n\r=<>/]+)[ \t\n\r]*=[ \t\n\r]*(?:"([^"<&\t\n\r]*)"|'([^'<&\t\n\r]*)')/y;

/**
 * A run of empty elements named `names` (any prefix), attributes as PLAIN_ATTRIBUTES takes them,
 * with nothing between them, up to an end tag: what the scanner passes over in one match inside
 * an element of `XmlHandlers.passesOver`. Anything else in the element is read as usual.
 */
export function emptyChildren(names: readonly string[]): RegExp {
  const attributes = PLAIN_ATTRIBUTES.source.replace(/\\\/\?>$/, "\\/>");
  const name = `(?:[^ \\t\\n\\r>/<="':!?][^ \\t\\n\\r>/<="':]*:)?(?:${names.join("|")})`;
  return new RegExp(`(?:<${name}${attributes})*(?=<\\/)`, "y");
}

/**
 * The source of a pattern of one empty element named `names` (any prefix), its attributes as
 * PLAIN_ATTRIBUTES takes them but without "&" (nothing to check): to build patterns of children
 * read whole (`XmlHandlers.readsWhole`) that hold such elements unread.
 */
export function plainEmptyElement(names: readonly string[]): string {
  const attributes = PLAIN_ATTRIBUTES.source
    .replace(/\\\/\?>$/, "\\/>")
    .replace(/\[\^"<\]/, '[^"<&]')
    .replace(/\[\^'<\]/, "[^'<&]");
  return `<(?:[^ \\t\\n\\r>/<="':!?][^ \\t\\n\\r>/<="':]*:)?(?:${names.join("|")})${attributes}`;
}

/** The usual attributes of a tag, in the order writers write them (see `attributeShape`). */
export interface AttributeShape {
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/**
 * A tag of at most the attributes `names`, each once, in this order, in double quotes, their
 * values holding nothing to check, resolve or normalise (as `<c r="A1" s="3" t="s">`): read by
 * one match, which captures each value and the "/" of an empty element.
 */
export function attributeShape(names: readonly string[]): AttributeShape {
  const each = names.map((name) => `(?:[ \\t\\n\\r]+${name}="([^"<&\\t\\n\\r]*)")?`);
  return { pattern: new RegExp(`${each.join("")}[ \\t\\n\\r]*(\\/?)>`, "y"), names };
}

/**
 * An element `name` of at most the attributes `names`, as `attributeShape` takes them, empty or
 * holding one `child` element of plain text (no "<", "&" or carriage return: nothing to check,
 * resolve or normalise), its tags written without spaces, the child's start tag bare or with the
 * one attribute `childAttribute` as written: `<c r="A1" s="3" t="s"><v>7</v></c>`. Matched whole
 * at the element's "<"; captures each attribute's value, then the child's text (undefined when
 * the element is empty). Anything else fails the match and is read the usual way, so what is
 * read and refused is the same (docs/speed.md).
 */
export function wholeElement(
  name: string,
  names: readonly string[],
  child: string,
  childAttribute = ""
): RegExp {
  const each = names.map((attr) => `(?:[ \\t\\n\\r]+${attr}="([^"<&\\t\\n\\r]*)")?`);
  const attribute =
    childAttribute && `(?: ${childAttribute.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})?`;
  const content = `(?:<${child}${attribute}>([^<&\\r]*)<\\/${child}>)?`;
  return new RegExp(`<${name}${each.join("")}[ \\t\\n\\r]*(?:\\/>|>${content}<\\/${name}>)`, "y");
}

/** A tag's first attribute, in double quotes, its value holding nothing to check or resolve. */
const FIRST_ATTRIBUTE = /[ \t\n\r]+([^ \t\n\r=<>/]+)="([^"<&\t\n\r]*)"/y;

/** For each attribute name, what finds it again in a tag (XML allows none twice). */
const againPatterns = new Map<string, RegExp>();
function againPattern(name: string): RegExp {
  let pattern = againPatterns.get(name);
  if (!pattern) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    againPatterns.set(name, (pattern = new RegExp(`[ \\t\\n\\r]${escaped}[ \\t\\n\\r]*=`, "g")));
  }
  return pattern;
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

/** A character reference's code point, when it names a character XML may carry. */
function referencedChar(reference: string): string | null {
  const hex = reference[1] === "x";
  const digits = reference.slice(hex ? 2 : 1);
  if (digits === "" || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
  const code = parseInt(digits, hex ? 16 : 10);
  const allowed =
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : null;
}

/**
 * A hand-written scanner for the parts of an .xlsx (docs/xlsx-reader.md, "The XML scanner"): the
 * well-formed XML that spreadsheet writers produce, element by element, at a few times the cost of
 * finding each tag. It refuses what such parts never hold and a conforming parser would have to
 * honour: a document type (so no entity can be defined, and none can multiply: the "billion
 * laughs"), and any entity reference beyond XML's five.
 */
class Scanner {
  private at = 0;
  private readonly open: string[] = [];
  /** The first "<" after the start of the tag being read (a value holding one is refused), or -1. */
  private tagLt = -1;
  /** See nextAmp: -2 before the first search, -1 when the part holds no more. */
  private ampAt = -2;
  /** The children read whole inside the innermost open element, and those of the ones around it. */
  private whole: WholeChild | undefined = undefined;
  private readonly wholes: (WholeChild | undefined)[] = [];

  constructor(
    private readonly part: string,
    private readonly xml: string,
    private readonly handlers: XmlHandlers
  ) {}

  run(): void {
    const { xml } = this;
    let rooted = false;
    if (xml.charCodeAt(0) === 0xfeff) this.at = 1;
    while (this.at < xml.length) {
      // The first "<" after the last start tag's name, when it lies ahead: the next tag's.
      const lt = this.tagLt >= this.at ? this.tagLt : xml.indexOf("<", this.at);
      const end = lt < 0 ? xml.length : lt;
      if (end > this.at) this.characters(this.at, end);
      if (lt < 0) break;
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) this.closeTag(lt);
      else if (next === QUESTION) this.skipPast(lt, "?>");
      else if (next === BANG) this.declaration(lt);
      else {
        if (rooted && this.open.length === 0) throw this.bad("a second root element");
        rooted = true;
        if (this.whole === undefined || !this.readWhole(lt)) this.openTag(lt);
      }
    }
    if (!rooted) throw this.bad("no root element");
    if (this.open.length > 0) throw this.bad(`<${this.open[this.open.length - 1]}> is not closed`);
  }

  /** A child of the usual shape read in one match (`wholeElement`); false for any other. */
  private readWhole(lt: number): boolean {
    const { pattern, read } = this.whole as WholeChild;
    pattern.lastIndex = lt;
    const found = pattern.exec(this.xml);
    if (found === null) return false;
    this.at = pattern.lastIndex;
    read(found);
    return true;
  }

  private characters(start: number, end: number): void {
    // Text is cut out only when someone reads it: a handler, or the check outside the root.
    if (this.open.length > 0 && !this.handlers.text) return;
    const raw = this.xml.slice(start, end);
    if (this.open.length === 0) {
      if (raw.trim() !== "") throw this.bad("text outside the root element");
      return;
    }
    this.handlers.text?.(this.decode(raw.includes("\r") ? lines(raw) : raw));
  }

  private skipPast(start: number, terminator: string): number {
    const end = this.xml.indexOf(terminator, start);
    if (end < 0) throw this.bad(`an unterminated ${this.xml.slice(start, start + 4)}`);
    this.at = end + terminator.length;
    return end;
  }

  /** Comments and CDATA sections; anything else after "<!" is a document type or worse: refused. */
  private declaration(lt: number): void {
    const { xml } = this;
    if (xml.startsWith("<!--", lt)) this.skipPast(lt + 4, "-->");
    else if (xml.startsWith("<![CDATA[", lt)) {
      if (this.open.length === 0) throw this.bad("CDATA outside the root element");
      const end = this.skipPast(lt + 9, "]]>");
      this.handlers.text?.(xml.slice(lt + 9, end));
    } else
      throw this.bad(
        xml.startsWith("<!DOCTYPE", lt)
          ? "a document type declaration (DOCTYPE), which no spreadsheet part has"
          : "a markup declaration outside a document type"
      );
  }

  private closeTag(lt: number): void {
    const { xml } = this;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw this.bad("an unterminated end tag");
    const expected = this.open.pop();
    if (expected === undefined)
      throw this.bad(`</${xml.slice(lt + 2, gt).trimEnd()}> closes nothing`);
    // The usual end tag, </name>, is compared in place; anything else is cut out and trimmed.
    const exact = gt - lt - 2 === expected.length && xml.startsWith(expected, lt + 2);
    if (!exact) {
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (name !== expected) throw this.bad(`</${name}> closes <${expected}>`);
    }
    this.at = gt + 1;
    if (this.handlers.readsWhole) this.whole = this.wholes.pop();
    this.handlers.close?.(localName(expected));
  }

  private openTag(lt: number): void {
    const { xml } = this;
    let at = lt + 1;
    while (at < xml.length) {
      const code = xml.charCodeAt(at);
      if (code === GT || code === SLASH || isSpace(code)) break;
      if (code === LT || code === EQUALS || code === QUOTE || code === APOSTROPHE)
        throw this.bad("a bad element name");
      at++;
    }
    if (at === lt + 1) throw this.bad("a tag without a name");
    const name = xml.slice(lt + 1, at);
    this.tagLt = xml.indexOf("<", at);
    const local = localName(name);
    const { readsAttributes } = this.handlers;
    const reads = !readsAttributes || readsAttributes(local);
    const attributes: Attributes | null = reads === false ? null : {};
    const selfClosing =
      attributes === null
        ? this.unreadAttributes(at)
        : typeof reads === "string"
          ? this.onlyAttribute(at, attributes, reads)
          : typeof reads === "object"
            ? this.shapedAttributes(at, attributes, reads)
            : this.attributes(at, attributes);
    this.handlers.open?.(local, attributes ?? UNREAD);
    if (selfClosing) this.handlers.close?.(local);
    else {
      this.open.push(name);
      const { readsWhole } = this.handlers;
      if (readsWhole) {
        this.wholes.push(this.whole);
        this.whole = readsWhole.get(local);
      }
      const children = this.handlers.passesOver?.get(local);
      if (children) this.passOver(children);
    }
  }

  /**
   * Passes over the empty children `children` matches, at the start of an element whose children
   * the handler ignores: checked as strictly as one by one (a value with "&" goes the long way).
   */
  private passOver(children: RegExp): void {
    children.lastIndex = this.at;
    if (!children.test(this.xml)) return;
    const end = children.lastIndex;
    const amp = this.nextAmp(this.at);
    if (amp < 0 || amp >= end) this.at = end;
  }

  /**
   * Checks the attributes nobody reads, from `at` to the tag's end; true for an empty element. The
   * usual tag (spaced name="value" pairs, no "<" or "&") is matched by one regular expression and
   * nothing is cut out; anything else is read as `attributes` reads it, which says what is wrong.
   */
  private unreadAttributes(at: number): boolean {
    PLAIN_ATTRIBUTES.lastIndex = at;
    if (PLAIN_ATTRIBUTES.test(this.xml)) {
      const end = PLAIN_ATTRIBUTES.lastIndex;
      const amp = this.nextAmp(at);
      if (amp < 0 || amp >= end) {
        this.at = end;
        // The "/" of "/>" is the only one a matched tag can end with.
        return this.xml.charCodeAt(end - 2) === SLASH;
      }
    }
    return this.attributes(at, null);
  }

  /** Reads a tag of the usual shape in one match, any other the usual way; true for an empty element. */
  private shapedAttributes(at: number, into: Attributes, shape: AttributeShape): boolean {
    const { pattern, names } = shape;
    pattern.lastIndex = at;
    const found = pattern.exec(this.xml);
    if (found === null) return this.attributes(at, into);
    for (let i = 0; i < names.length; i++) {
      const value = found[i + 1];
      if (value !== undefined) into[names[i]] = value;
    }
    this.at = pattern.lastIndex;
    return found[names.length + 1] === "/";
  }

  /**
   * Reads the one attribute `name` into `into` when the usual tag starts with it (as writers
   * write a row's r): the rest is checked as `unreadAttributes` checks it, and looked through
   * once for the name again. Anything else is read as `attributes` reads it. True for an empty
   * element.
   */
  private onlyAttribute(at: number, into: Attributes, name: string): boolean {
    const { xml } = this;
    FIRST_ATTRIBUTE.lastIndex = at;
    const first = FIRST_ATTRIBUTE.exec(xml);
    if (first === null || first[1] !== name) return this.attributes(at, into);
    const rest = FIRST_ATTRIBUTE.lastIndex;
    PLAIN_ATTRIBUTES.lastIndex = rest;
    if (!PLAIN_ATTRIBUTES.test(xml)) return this.attributes(at, into);
    const end = PLAIN_ATTRIBUTES.lastIndex;
    const amp = this.nextAmp(rest);
    if (amp >= 0 && amp < end) return this.attributes(at, into);
    const again = againPattern(name);
    again.lastIndex = rest;
    const found = again.exec(xml);
    if (found !== null && found.index < end) return this.attributes(at, into);
    into[name] = first[2];
    this.at = end;
    return xml.charCodeAt(end - 2) === SLASH;
  }

  /**
   * Reads attributes from `at` to the tag's end into `into` (null: checks them only); true for an
   * empty element (`/>`).
   */
  private attributes(start: number, into: Attributes | null): boolean {
    const { xml } = this;
    let at = into === null ? start : this.plainAttributes(start, into);
    for (;;) {
      const spaced = isSpace(xml.charCodeAt(at));
      while (isSpace(xml.charCodeAt(at))) at++;
      const code = xml.charCodeAt(at);
      if (code === GT) {
        this.at = at + 1;
        return false;
      }
      if (code === SLASH && xml.charCodeAt(at + 1) === GT) {
        this.at = at + 2;
        return true;
      }
      if (!spaced) throw this.bad("attributes not separated by a space");
      at = this.attribute(at, into);
    }
  }

  /**
   * The usual attributes from `start`, each read by one sticky regular expression: spaced
   * name="value" whose value holds no "<", "&", tab or line break (nothing to check, resolve or
   * normalise). Where the first other one, or the tag's end, starts.
   */
  private plainAttributes(start: number, into: Attributes): number {
    let at = start;
    for (;;) {
      PLAIN_ATTRIBUTE.lastIndex = at;
      const found = PLAIN_ATTRIBUTE.exec(this.xml);
      if (found === null) return at;
      into[found[1]] = found[2] ?? found[3];
      at = PLAIN_ATTRIBUTE.lastIndex;
    }
  }

  /** One name="value" from `start`, kept in `into` unless it is null; where it ends. */
  private attribute(start: number, into: Attributes | null): number {
    const { xml } = this;
    let at = start;
    for (let code = xml.charCodeAt(at); code !== EQUALS && !isSpace(code);) {
      if (code === GT || code === SLASH || code === LT || at >= xml.length)
        throw this.bad("an attribute without a value");
      code = xml.charCodeAt(++at);
    }
    const nameEnd = at;
    while (isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== EQUALS)
      throw this.bad(`attribute ${xml.slice(start, nameEnd)} has no value`);
    at++;
    while (isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== QUOTE && quote !== APOSTROPHE)
      throw this.bad(`attribute ${xml.slice(start, nameEnd)} is not quoted`);
    const close = xml.indexOf(quote === QUOTE ? '"' : "'", at + 1);
    if (close < 0) throw this.bad(`attribute ${xml.slice(start, nameEnd)} is not closed`);
    if (this.tagLt >= 0 && this.tagLt < close)
      throw this.bad(`attribute ${xml.slice(start, nameEnd)} holds "<"`);
    if (into === null) {
      // Not kept, but its references are checked as if it were.
      const amp = this.nextAmp(at + 1);
      if (amp >= 0 && amp < close) this.decode(xml.slice(amp, close));
      return close + 1;
    }
    let raw = xml.slice(at + 1, close);
    // Attribute-value normalisation: literal line breaks and tabs read as spaces.
    if (raw.includes("\n") || raw.includes("\t") || raw.includes("\r"))
      raw = raw.replace(/\r\n|[\t\n\r]/g, " ");
    into[xml.slice(start, nameEnd)] = this.decode(raw);
    return close + 1;
  }

  /**
   * The next "&" at or after `from`, or -1: remembered, so that checking the values nobody reads
   * stays one pass over the part however few references it holds.
   */
  private nextAmp(from: number): number {
    if (this.ampAt !== -1 && this.ampAt < from) this.ampAt = this.xml.indexOf("&", from);
    return this.ampAt;
  }

  /** Entity and character references resolved; an unknown entity is refused, never looked up. */
  private decode(raw: string): string {
    let amp = raw.indexOf("&");
    if (amp < 0) return raw;
    let out = "";
    let from = 0;
    for (; amp >= 0; amp = raw.indexOf("&", from)) {
      const semicolon = raw.indexOf(";", amp);
      if (semicolon < 0) throw this.bad("an unterminated entity reference");
      const reference = raw.slice(amp + 1, semicolon);
      const char = reference[0] === "#" ? referencedChar(reference) : ENTITIES[reference];
      if (char === null || char === undefined)
        throw this.bad(`the entity &${reference.slice(0, 20)}; (only XML's five are allowed)`);
      out += raw.slice(from, amp) + char;
      from = semicolon + 1;
    }
    return out + raw.slice(from);
  }

  private bad(why: string) {
    return corrupt(`${this.part} 不是有效的 XML`, `${this.part} is not well-formed XML (${why})`);
  }
}

/** XML's end-of-line handling: CR LF and a lone CR read as LF. */
const lines = (text: string) => text.replace(/\r\n?/g, "\n");

/** Scan one part, calling the handlers element by element; anything not well-formed is refused. */
export function parseXml(part: string, xml: string, handlers: XmlHandlers): void {
  new Scanner(part, xml, handlers).run();
}
