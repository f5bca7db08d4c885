import type { Host } from "./host";

/** Each call of a method of Office.js's Excel classes while `run` runs: the class and its first argument. */
export async function callsDuring(host: Host, method: string, run: () => Promise<unknown>) {
  const calls: { type: string; first: unknown }[] = [];
  const restore: (() => void)[] = [];
  for (const [type, value] of Object.entries(host.Excel)) {
    const proto = (value as { prototype?: Record<string, unknown> } | null)?.prototype;
    if (typeof value !== "function" || !proto || !Object.hasOwn(proto, method)) continue;
    const original = proto[method] as (...args: unknown[]) => unknown;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      calls.push({ type, first: args[0] });
      return original.apply(this, args);
    };
    restore.push(() => (proto[method] = original));
  }
  try {
    await run();
  } finally {
    for (const undo of restore) undo();
  }
  return calls;
}
