type Callback = (result: { status: string; value?: unknown }) => void;

const succeeded = (callback: unknown, value?: unknown) => {
  if (typeof callback === "function")
    setTimeout(() => (callback as Callback)({ status: "succeeded", value }));
};

/** The callback of an Office *Async method, which may come second or third. */
const callbackOf = (...args: unknown[]) => args.find((arg) => typeof arg === "function");

/**
 * Office.context.document.settings over the host's store: values go in and come out as JSON, as
 * Office keeps them in the document, so no frame holds another's objects.
 */
export function documentSettings(store: Map<string, unknown>) {
  return {
    get: (name: string) => (store.has(name) ? JSON.parse(String(store.get(name))) : null),
    set: (name: string, value: unknown) => void store.set(name, JSON.stringify(value)),
    remove: (name: string) => void store.delete(name),
    saveAsync: (...args: unknown[]) => succeeded(callbackOf(...args)),
    refreshAsync: (...args: unknown[]) => succeeded(callbackOf(...args)),
    addHandlerAsync: (...args: unknown[]) => succeeded(callbackOf(...args.slice(2))),
    removeHandlerAsync: (...args: unknown[]) => succeeded(callbackOf(...args.slice(1))),
  };
}
