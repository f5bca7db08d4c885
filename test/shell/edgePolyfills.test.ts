import fc from "fast-check";

/*
 * The pages' own polyfills (src/shell/edgePolyfills.ts) against the engine's built-ins: with the
 * built-ins EdgeHTML 18 lacks deleted, the module defines them, and they give what the originals
 * give on random input.
 */
type Owner = Record<string, unknown>;
const TYPED = Object.getPrototypeOf(Int8Array.prototype) as Owner;
const LACKING: [Owner, string][] = [
  [Object as unknown as Owner, "fromEntries"],
  [Array.prototype as unknown as Owner, "at"],
  [Array.prototype as unknown as Owner, "flat"],
  [Array.prototype as unknown as Owner, "flatMap"],
  [TYPED, "at"],
  [String.prototype as unknown as Owner, "at"],
  [String.prototype as unknown as Owner, "matchAll"],
  [String.prototype as unknown as Owner, "trimStart"],
  [String.prototype as unknown as Owner, "trimEnd"],
  [globalThis as unknown as Owner, "queueMicrotask"],
];

const natives = LACKING.map(([owner, name]) => owner[name]);
const native = (i: number) => natives[i] as (...args: unknown[]) => unknown;
const filled = new Map<number, unknown>();

beforeAll(() => {
  LACKING.forEach(([owner, name]) => delete owner[name]);
  jest.isolateModules(() => require("../../src/shell/edgePolyfills"));
  LACKING.forEach(([owner, name], i) => filled.set(i, owner[name]));
});

afterAll(() => {
  LACKING.forEach(([owner, name], i) =>
    Object.defineProperty(owner, name, { value: native(i), writable: true, configurable: true })
  );
});

const ours = (i: number) => filled.get(i) as (...args: unknown[]) => unknown;
const same = (i: number, self: unknown, ...args: unknown[]) =>
  expect(ours(i).apply(self, args)).toEqual(native(i).apply(self, args));

describe("the pages' polyfills for EdgeHTML 18", () => {
  it("define every one, non-enumerable, where the engine has none", () => {
    LACKING.forEach(([owner, name], i) => {
      expect({ name, type: typeof filled.get(i) }).toEqual({ name, type: "function" });
      expect(filled.get(i)).not.toBe(native(i));
      expect(Object.getOwnPropertyDescriptor(owner, name)!.enumerable).toBe(false);
    });
  });

  it("give what the built-ins give", () => {
    const nested = fc.array(
      fc.oneof(fc.integer(), fc.array(fc.oneof(fc.integer(), fc.array(fc.integer()))))
    );
    fc.assert(
      fc.property(
        nested,
        fc.integer({ min: -12, max: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (items, index, depth) => {
          same(1, items, index);
          same(2, items, depth);
          same(2, items);
          same(3, items, (x: unknown, i: number) => (i % 2 ? [x, i] : x));
          same(4, Int16Array.from(items.flat(2) as number[]), index);
          same(5, JSON.stringify(items), index);
          same(
            0,
            null,
            items.map((x, i) => [String(i % 3), x])
          );
        }
      )
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const padded = ` \t\u3000${text}\u00a0\n `;
        same(7, padded);
        same(8, padded);
        for (const re of [/\d+/g, /(.)(.)?/gu, /x*/g, /[一-龥]+/g])
          expect(
            [...(ours(6).call(text, re) as Iterable<RegExpExecArray>)].map((m) => [...m, m.index])
          ).toEqual(
            [...(native(6).call(text, re) as Iterable<RegExpExecArray>)].map((m) => [...m, m.index])
          );
      })
    );
    expect(() => [...(ours(6).call("a", /a/) as Iterable<unknown>)]).toThrow(TypeError);
    expect((ours(0) as (e: unknown) => object)([["__proto__", 1]])).toHaveProperty("__proto__", 1);
  });

  it("run a microtask before any task, in order", async () => {
    const seen: string[] = [];
    setTimeout(() => seen.push("task"));
    ours(9)(() => seen.push("one"));
    ours(9)(() => seen.push("two"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual(["one", "two", "task"]);
  });
});
