import { memoize } from "../../src/form/memo";

describe("memoize: each distinct text computed once, within a bound", () => {
  let calls: string[];
  const counting = (limit?: number) =>
    memoize((text: string) => {
      calls.push(text);
      return text.length === 0 ? undefined : `<${text}>`;
    }, limit);
  beforeEach(() => {
    calls = [];
  });

  it("returns the function's value and computes a text only the first time", () => {
    const wrap = counting();
    expect([wrap("产出"), wrap("效益"), wrap("产出")]).toEqual(["<产出>", "<效益>", "<产出>"]);
    expect(calls).toEqual(["产出", "效益"]);
  });

  it("remembers an undefined result too", () => {
    const wrap = counting();
    expect([wrap(""), wrap("")]).toEqual([undefined, undefined]);
    expect(calls).toEqual([""]);
  });

  it("starts afresh when the cache is full, so odd texts cannot grow it without end", () => {
    const wrap = counting(2);
    wrap("a");
    wrap("b");
    wrap("a"); // still cached: two entries fit
    expect(calls).toEqual(["a", "b"]);
    wrap("c"); // full: cleared, then c is kept
    wrap("a");
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });

  it("holds 5,000 texts by default", () => {
    const wrap = counting();
    for (let i = 0; i < 5000; i++) wrap(`t${i}`);
    wrap("t0");
    expect(calls).toHaveLength(5000);
    wrap("one more");
    wrap("t1");
    expect(calls).toHaveLength(5002);
  });
});
