// Rewrites a bundle's JavaScript so that it is all ASCII, meaning the same: esbuild escapes the
// non-ASCII characters of strings and names but leaves regular expression literals, comments and
// String.raw templates as written, so Node decoded dist/cli.js into a two-byte string at every
// start (docs/speed.md, "Starting").
import { parse, type Comment, type Node } from "acorn";

const hex = (code: number) => code.toString(16).toUpperCase();
const unitEscape = (code: number) => `\\u${hex(code).padStart(4, "0")}`;

/**
 * One character (a code point) as escapes: `\u{…}` where the text takes code point escapes (a
 * regular expression with the u or v flag), else its UTF-16 units, each `\uXXXX` (what a string,
 * a template, a name, a comment and a regular expression without those flags read as the same).
 */
function escapeChar(char: string, codePoints: boolean): string {
  const code = char.codePointAt(0)!;
  if (code > 0xffff && codePoints) return `\\u{${hex(code)}}`;
  let out = "";
  for (let i = 0; i < char.length; i++) out += unitEscape(char.charCodeAt(i));
  return out;
}

/**
 * Source text with every non-ASCII character escaped. A backslash before one (an identity escape:
 * `\年` reads as 年 in a string, a template and a regular expression without the u flag) is
 * dropped, as the escape stands for the character itself.
 */
export function escapeNonAscii(text: string, codePoints = false): string {
  let out = "";
  let backslashes = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) {
      backslashes = char === "\\" ? backslashes + 1 : 0;
      out += char;
      continue;
    }
    if (backslashes % 2 === 1) out = out.slice(0, -1);
    backslashes = 0;
    out += escapeChar(char, codePoints);
  }
  return out;
}

/**
 * A String.raw template's raw text as an ordinary template's source whose value is that raw text:
 * backslashes doubled, a backtick and a `${` escaped, non-ASCII escaped.
 */
export function rawAsCooked(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === "\\") out += "\\\\";
    else if (char === "`") out += "\\`";
    else if (char === "$" && raw[i + 1] === "{") out += "\\$";
    else if (char.charCodeAt(0) >= 0x80) out += unitEscape(char.charCodeAt(0));
    else out += char;
  }
  return out;
}

const nonAscii = (text: string) => /[\u0080-\uffff]/.test(text);

/** An ESTree node as walked here: its type, range and whatever else it holds. */
type AnyNode = Node & Record<string, any>;

const isStringRaw = (tag: AnyNode) =>
  tag.type === "MemberExpression" &&
  !tag.computed &&
  tag.object.type === "Identifier" &&
  tag.object.name === "String" &&
  tag.property.name === "raw";

/** Every node of an ESTree tree, with its parent. */
function* nodes(
  node: AnyNode,
  parent: AnyNode | null = null
): Generator<[AnyNode, AnyNode | null]> {
  yield [node, parent];
  for (const key of Object.keys(node)) {
    const value: unknown = node[key];
    if (Array.isArray(value)) {
      for (const child of value as AnyNode[])
        if (child && typeof child.type === "string") yield* nodes(child, node);
    } else if (value && typeof (value as AnyNode).type === "string")
      yield* nodes(value as AnyNode, node);
  }
}

/** The edits that make each non-ASCII piece of `code` ASCII: [start, end, replacement]. */
function edits(code: string): [number, number, string][] {
  const found: [number, number, string][] = [];
  const comments: Comment[] = [];
  const tree = parse(code, { ecmaVersion: "latest", sourceType: "script", onComment: comments });
  for (const comment of comments)
    if (nonAscii(code.slice(comment.start, comment.end)))
      found.push([
        comment.start,
        comment.end,
        escapeNonAscii(code.slice(comment.start, comment.end)),
      ]);
  const rawTemplates = new Set<AnyNode>();
  const taggedBy = new WeakMap<AnyNode, AnyNode>();
  for (const [node, parent] of nodes(tree as AnyNode)) {
    const text = () => code.slice(node.start, node.end);
    if (node.type === "TaggedTemplateExpression" && isStringRaw(node.tag)) {
      if (!node.quasi.quasis.some((q: AnyNode) => nonAscii(q.value.raw as string))) continue;
      rawTemplates.add(node.quasi);
      found.push([node.tag.start, node.quasi.start, ""]);
      for (const quasi of node.quasi.quasis as AnyNode[])
        found.push([quasi.start, quasi.end, rawAsCooked(quasi.value.raw as string)]);
    } else if (node.type === "TemplateElement") {
      // A template of another tag gets its raw text: escaping would change what the tag sees.
      // A TemplateElement's parent is always its TemplateLiteral.
      const template = parent as AnyNode;
      if (nonAscii(text()) && !rawTemplates.has(template) && !taggedBy.has(template))
        found.push([node.start, node.end, escapeNonAscii(text())]);
    } else if (node.type === "Literal" && node.regex && nonAscii(text())) {
      const flags: string = node.regex.flags;
      const codePoints = flags.includes("u") || flags.includes("v");
      const body = text().slice(0, text().length - flags.length);
      found.push([node.start, node.end, escapeNonAscii(body, codePoints) + flags]);
    } else if ((node.type === "Literal" || node.type === "Identifier") && nonAscii(text()))
      found.push([node.start, node.end, escapeNonAscii(text())]);
    if (node.type === "TaggedTemplateExpression") taggedBy.set(node.quasi, node.tag);
  }
  return found;
}

/**
 * `code` with every regular expression literal, comment, string, name and String.raw template
 * holding a non-ASCII character rewritten in escapes. What stays non-ASCII (a template of another
 * tag) is returned as `left`, counted in characters.
 */
export function asciiSource(code: string): { code: string; left: number } {
  // A shorthand property's name is its key and its value: one range, edited once.
  const byStart = new Map(edits(code).map((edit) => [edit[0], edit]));
  const changes = [...byStart.values()].sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end, replacement] of changes) {
    out += code.slice(at, start) + replacement;
    at = end;
  }
  out += code.slice(at);
  const left = out.match(/[\u0080-\uffff]/g)?.length ?? 0;
  return { code: out, left };
}
