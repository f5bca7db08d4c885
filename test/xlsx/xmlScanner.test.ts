import fc from "fast-check";
import { SaxesParser } from "saxes";
import {
  attributeShape,
  emptyChildren,
  parseXml,
  wholeElement,
  type AttributeShape,
  type Attributes,
  type XmlHandlers,
} from "../../src/xlsx/xml";

/*
 * The scanner reads the usual attributes by a quicker path than the rest, and checks the ones
 * nobody reads by another (src/xlsx/xml.ts, docs/speed.md): whatever a tag holds, every way must
 * see the same elements open and close, refuse the same tags with the same reason, and read what a
 * conforming parser reads wherever both accept.
 */

const shown = (attributes: Attributes) =>
  Object.keys(attributes).length === 0 ? "" : JSON.stringify(attributes);

type ScanOptions = Omit<XmlHandlers, "open" | "close" | "text">;

/** Scan `xml`, each open (with its attributes), text and close written to `seen`, or the refusal. */
function recorded(xml: string, options: ScanOptions, seen: string[] = []): string[] {
  try {
    parseXml("part.xml", xml, {
      ...options,
      open: (name, attributes) => seen.push(`<${name}${shown(attributes)}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (text) => seen.push(`text ${text}`),
    });
  } catch (error) {
    seen.push(`refused: ${(error as Error).message}`);
  }
  return seen;
}

/** What scanning `xml` gives: each open (with its attributes) and close, or the refusal. */
function events(
  xml: string,
  readsAttributes: boolean,
  passesOver?: ReadonlyMap<string, RegExp>,
  readsOnly?: string | AttributeShape
): string[] {
  return recorded(xml, {
    readsAttributes: (name) => readsAttributes && (name !== "e" || (readsOnly ?? true)),
    passesOver,
  });
}

/** A conforming parser's start tags and their attributes, or null where it refuses. */
function conforming(xml: string): string[] | null {
  const seen: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => seen.push(`<${tag.name}${shown(tag.attributes as Attributes)}>`));
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  return seen;
}

/** Of an event `events` gave, the attribute `name` only. */
function onlyNamed(event: string, name: string): string {
  const found = /^<([^{>]+)(\{.*\})>$/.exec(event);
  if (!found) return event;
  const value = (JSON.parse(found[2]) as Attributes)[name];
  return `<${found[1]}${value === undefined ? "" : shown({ [name]: value })}>`;
}

/** Whole attributes and the pieces of broken ones. */
const pieces = [
  ...[' a="1"', " b:c='2'", ' d = "x"', ' e="<"', " f='&amp;'", ' g="&x;"', ' h=">/"'],
  ...[' i="a\tb"', " j='&#x4E2D;\n'", ' k=""', ' l=" a=1"', ' x:a="2"', " a='3'"],
  ...[" ", "\t", "\n", "a", "=", '"', "'", "<", ">", "/", "&", "&x;", "é"],
];

describe("the XML scanner's attributes", () => {
  it("are refused or accepted, and read, alike by every way, whatever the tag holds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (inside) => {
        const xml = `<r><e${inside.join("")}>t</e><f/></r>`;
        const read = events(xml, true);
        const unread = read.map((event) => event.replace(/^<([^{>]+)\{.*\}>$/, "<$1>"));
        expect(events(xml, false)).toEqual(unread);
        // A tag of the usual shape reads in one match what reading attribute by attribute reads.
        expect(events(xml, true, undefined, attributeShape(["a", "k", "i"]))).toEqual(read);
        // Reading one attribute only reads it as reading them all does.
        const one = events(xml, true, undefined, "a");
        expect(one.map((event) => onlyNamed(event, "a"))).toEqual(
          read.map((event) => onlyNamed(event, "a"))
        );
        const saxes = conforming(xml);
        if (saxes !== null && !read.some((event) => event.startsWith("refused")))
          expect(read.filter((event) => /^<[^/]/.test(event))).toEqual(saxes);
      }),
      { numRuns: 5_000 }
    );
  });

  it.each([
    ["<r><e a=\"1\" b='2'/></r>", ["<r>", "<e>", "</e>", "</r>"]],
    [
      '<r><e\n a = "x>y" \t/><e c="/">t</e></r>',
      ["<r>", "<e>", "</e>", "<e>", "text t", "</e>", "</r>"],
    ],
    ['<r><e a="&amp;"/></r>', ["<r>", "<e>", "</e>", "</r>"]],
  ])("reads %s", (xml, expected) => {
    expect(events(xml, false)).toEqual(expected);
  });

  it("reads values with references, tabs and line breaks the long way", () => {
    expect(events('<r a="x&amp;&#x4E2D;" b="1\t2\r\n3" c=\'"\'/>', true)[0]).toBe(
      `<r${JSON.stringify({ a: "x&中", b: "1 2 3", c: '"' })}>`
    );
  });

  it("takes a tag of many attributes, or of many spaces and no end, in linear time", () => {
    const many = `<r><e${' a="1"'.repeat(20_000)}${" ".repeat(20_000)}x</r>`;
    const start = performance.now();
    expect(events(many, false).at(-1)).toMatch(/refused/);
    expect(events(many, true).at(-1)).toMatch(/refused/);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe("the XML scanner passing over an element's empty children", () => {
  const passesOver = new Map([["p", emptyChildren(["sz", "b"])]]);
  /** Children, text, comments and broken tags, well-formed or not. */
  const children = [
    ...['<sz val="11"/>', "<b/>", "<x:b />", "<b\tval='1'/>", '<sz val="&amp;"/>', "<t/>", "<bb/>"],
    ...['<sz val="&x;"/>', "<sz val='<'/>", "<sz a/>", "<b>", "</b>", "</p>", "<p>", "x", " "],
    ...["<!-- c -->", "<?pi?>", "<b/ >", "<:b/>", "<a:b:sz/>", '<sz val="1"', "<"],
  ];
  const withoutPassed = (seen: string[]) => seen.filter((event) => !/^<\/?(sz|b)[{>]/.test(event));

  it("reports the same, but for the children passed over, and refuses the same", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...children), { maxLength: 12 }), (inside) => {
        const xml = `<r><p>${inside.join("")}</p><q/><p><b/></p></r>`;
        for (const reads of [true, false])
          expect(withoutPassed(events(xml, reads, passesOver))).toEqual(
            withoutPassed(events(xml, reads))
          );
      }),
      { numRuns: 5_000 }
    );
  });

  it("passes over the usual run of empty children, and reads the rest", () => {
    const xml = '<r><p><sz val="11"/><x:b/></p><q><b/></q><p><b/><t/></p></r>';
    expect(events(xml, true, passesOver)).toEqual([
      ...["<r>", "<p>", "</p>", "<q>", "<b>", "</b>", "</q>"],
      ...["<p>", "<b>", "</b>", "<t>", "</t>", "</p>", "</r>"],
    ]);
  });

  it("passes over many children, or refuses many without an end, in linear time", () => {
    const start = performance.now();
    const many = '<sz val="1"/>'.repeat(20_000);
    expect(events(`<r><p>${many}</p></r>`, false, passesOver)).toHaveLength(4);
    expect(events(`<r><p>${many}<b `, false, passesOver).at(-1)).toMatch(/refused/);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe("the XML scanner reading children whole", () => {
  /** Events as `events` gives them, the children of <p> read whole by `pattern` when given. */
  function wholeEvents(xml: string, reads: boolean, pattern?: RegExp): string[] {
    const seen: string[] = [];
    /** What the usual way reports for a child the pattern read: its open, text and close. */
    const read = (found: RegExpExecArray) => {
      const attributes: Attributes = {};
      ["a", "k"].forEach((name, i) => {
        if (found[i + 1] !== undefined) attributes[name] = found[i + 1];
      });
      seen.push(`<c${reads ? shown(attributes) : ""}>`);
      if (found[3] !== undefined)
        seen.push("<v>", ...(found[3] === "" ? [] : [`text ${found[3]}`]), "</v>");
      seen.push("</c>");
    };
    const options: ScanOptions = {
      // The child's attributes are not read: a match does not say whether it had the one allowed.
      readsAttributes: (name) => reads && name !== "v",
      readsWhole: pattern && new Map([["p", { pattern, read }]]),
    };
    return recorded(xml, options, seen);
  }
  const pattern = wholeElement("c", ["a", "k"], "v", 'x:s="p"');
  /** Children of the usual shape, of others, broken ones, and pieces of them. */
  const children = [
    ...['<c a="1" k="2"><v>3</v></c>', '<c a="A1"/>', "<c/>", "<c></c>", '<c k=""><v></v></c>'],
    ...['<c\ta="1"\n/>', '<c a="1" ><v>x</v></c>', "<c a='1'/>", '<c k="1" a="2"/>', "<cc/>"],
    ...['<c a="1" a="2"/>', '<c a="&amp;"/>', '<c a="<"/>', '<c a="1"/ >', '<x:c a="1"/>'],
    ...['<c><v x:s="p">1</v></c>', '<c><v x:s="q">1</v></c>', "<c><v>a&amp;b</v></c>"],
    ...["<c><v>1\r\n2</v></c>", "<c><v>1</v ></c>", "<c><f>x</f><v>2</v></c>", "<c><v/></c>"],
    ...["<c><v>1</v><v>2</v></c>", "<c><v>1</v>x</c>", "<c><v>&x;</v></c>", "<c><v>></v></c>"],
    ...["<c>", "</c>", "<v>", "</v>", "</p>", "<p>", "x", " ", "<!-- c -->", "<?pi?>", "<"],
  ];

  it("reports what the usual way reports, and refuses the same", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...children), { maxLength: 12 }), (inside) => {
        const xml = `<r><p>${inside.join("")}</p><c a="1"/><p><c/></p></r>`;
        for (const reads of [true, false])
          expect(wholeEvents(xml, reads, pattern)).toEqual(wholeEvents(xml, reads));
      }),
      { numRuns: 5_000 }
    );
  });

  it("reads the usual children whole, only inside the element named, and the rest as usual", () => {
    const found: string[] = [];
    parseXml("part.xml", '<r><p><c a="1"><v>2</v></c><c k="3"/><d/></p><c a="4"/></r>', {
      readsWhole: new Map([["p", { pattern, read: (match) => found.push(match[0]) }]]),
      open: (name) => found.push(`<${name}>`),
    });
    expect(found).toEqual(["<r>", "<p>", '<c a="1"><v>2</v></c>', '<c k="3"/>', "<d>", "<c>"]);
  });

  it("reads many children, or refuses many without an end, in linear time", () => {
    const start = performance.now();
    const many = '<c a="A1" k="2"><v>3</v></c>'.repeat(20_000);
    expect(wholeEvents(`<r><p>${many}</p></r>`, false, pattern)).toHaveLength(100_004);
    expect(wholeEvents(`<r><p>${many}<c a="1" k="2"><v>3`, false, pattern).at(-1)).toMatch(
      /refused/
    );
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
