/*
 * What EdgeHTML 18 (Excel 2019's pane, the oldest engine the pages run in) lacks of what the pages
 * and their libraries call: the list Babel's "usage" mode found in the bundles (docs/addin.md,
 * "Bundle"). Each page's bundle runs this first. Written here rather than taken from core-js:
 * core-js's shared machinery made these few functions 10.4 KB of the pane's 97.6 KB gzipped;
 * these are under 1 KB. Each is defined only where the engine has none, as the standard says it
 * behaves for the calls the code makes; test/shell/edgePolyfills.test.ts compares them with the
 * engine's own.
 */

/** Define missing methods as the built-ins are: writable, configurable, not enumerable. */
function fill(target: object, methods: Record<string, unknown>): void {
  for (const name of Object.keys(methods))
    if (!(name in target))
      Object.defineProperty(target, name, {
        value: methods[name],
        writable: true,
        configurable: true,
      });
}

/** Array.prototype.at and its kin: a negative index counts from the end. */
function at(this: ArrayLike<unknown>, index: number): unknown {
  const whole = Math.trunc(index) || 0;
  const at = whole < 0 ? this.length + whole : whole;
  return at < 0 || at >= this.length ? undefined : this[at];
}

function flatten(into: unknown[], items: ArrayLike<unknown>, depth: number): unknown[] {
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue;
    const item = items[i];
    if (depth > 0 && Array.isArray(item)) flatten(into, item, depth - 1);
    else into.push(item);
  }
  return into;
}

function* matchAll(this: string, pattern: RegExp | string): Generator<RegExpExecArray> {
  if (pattern instanceof RegExp && !pattern.flags.includes("g"))
    throw new TypeError("String.prototype.matchAll needs a global RegExp");
  const expression =
    pattern instanceof RegExp
      ? new RegExp(pattern.source, pattern.flags)
      : new RegExp(pattern, "g");
  if (pattern instanceof RegExp) expression.lastIndex = pattern.lastIndex;
  const text = String(this);
  for (let match = expression.exec(text); match; match = expression.exec(text)) {
    yield match;
    // An empty match moves on by one character (a whole code point with the u flag).
    if (match[0] === "") {
      const next = expression.lastIndex;
      const wide = expression.unicode && (text.codePointAt(next) ?? 0) > 0xffff;
      expression.lastIndex = next + (wide ? 2 : 1);
    }
  }
}

function fillGlobals(scope: Record<string, unknown>): void {
  if (!("globalThis" in scope))
    Object.defineProperty(scope, "globalThis", {
      value: scope,
      writable: true,
      configurable: true,
    });
  fill(scope, {
    queueMicrotask(callback: () => void) {
      // An error thrown by the callback is reported as an uncaught one, not a rejected promise.
      Promise.resolve()
        .then(callback)
        .catch((error) =>
          setTimeout(() => {
            throw error;
          })
        );
    },
  });
}

// Pages have self (window); Node, where the tests run, has only globalThis.
fillGlobals(
  (typeof self === "undefined" ? globalThis : self) as unknown as Record<string, unknown>
);
fill(Object, {
  fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
    const object: Record<PropertyKey, unknown> = {};
    for (const [key, value] of entries)
      Object.defineProperty(object, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    return object;
  },
});
fill(Array.prototype, {
  at,
  flat(this: unknown[], depth = 1) {
    return flatten([], this, Number(depth) || 0);
  },
  flatMap(
    this: unknown[],
    map: (item: unknown, index: number, all: unknown[]) => unknown,
    that?: unknown
  ) {
    return flatten([], this.map(map, that), 1);
  },
});
fill(Object.getPrototypeOf(Int8Array.prototype) as object, { at });
fill(String.prototype, {
  at,
  matchAll,
  trimStart(this: string) {
    return String(this).replace(/^\s+/, "");
  },
  trimEnd(this: string) {
    return String(this).replace(/\s+$/, "");
  },
});
