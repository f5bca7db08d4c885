// Preloaded (node -r) into a command the tests run: when it exits, writes to the file
// LOADED_PACKAGES_FILE names the packages (not files, not node: modules) it required, and to
// LOADED_BUILTINS_FILE (when set) the built-in modules Node loaded for it.
const Module = require("node:module");
const { writeFileSync } = require("node:fs");
const loaded = new Set();
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!request.startsWith(".") && !request.startsWith("/") && !request.startsWith("node:"))
    loaded.add(request.split("/")[0]);
  return load.call(this, request, ...rest);
};
const before = new Set(process.moduleLoadList);
process.on("exit", () => {
  writeFileSync(process.env.LOADED_PACKAGES_FILE, JSON.stringify([...loaded]));
  if (process.env.LOADED_BUILTINS_FILE) {
    const builtins = process.moduleLoadList
      .filter((entry) => !before.has(entry) && entry.startsWith("NativeModule "))
      .map((entry) => entry.slice("NativeModule ".length));
    writeFileSync(process.env.LOADED_BUILTINS_FILE, JSON.stringify(builtins));
  }
});
