/** The browser globals the library touches while it loads, and no more. */
export function browserGlobals(): Record<string, unknown> {
  const storage = { getItem: () => null, setItem() {}, removeItem() {} };
  const globals: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    TextEncoder,
    navigator: { userAgent: "perf-targets-emulator" },
    document: {
      getElementById: () => null,
      getElementsByTagName: () => [],
      addEventListener() {},
      readyState: "complete",
      cookie: "",
    },
    location: {
      href: "https://emulator.local/",
      search: "",
      hash: "",
      protocol: "https:",
      host: "emulator.local",
      hostname: "emulator.local",
    },
    addEventListener() {},
    removeEventListener() {},
    localStorage: storage,
    sessionStorage: storage,
  };
  globals.window = globals;
  globals.self = globals;
  return globals;
}
