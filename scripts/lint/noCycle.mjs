/**
 * `fence/no-cycle`: no module may reach itself through its imports, type-only imports included
 * (docs/architecture.md). import-x/no-cycle skips `import type` and has no option to count it; a
 * circle through types still ties the files' design together, so this rule counts every import,
 * re-export, `import("…")` type and dynamic import between our own files.
 */
import { statSync } from "node:fs";
import ts from "typescript";

const resolution = { moduleResolution: ts.ModuleResolutionKind.Node10, allowJs: true };
/** Each file's own imports, resolved, kept while its modification time stays the same. */
const importsOf = new Map();

function resolveImport(specifier, fromFile) {
  if (!specifier.startsWith(".")) return null;
  const found = ts.resolveModuleName(specifier, fromFile, resolution, ts.sys).resolvedModule;
  return found && !found.isExternalLibraryImport ? found.resolvedFileName : null;
}

function importsOfFile(file) {
  let modified;
  try {
    modified = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const known = importsOf.get(file);
  if (known?.modified === modified) return known.targets;
  const text = ts.sys.readFile(file) ?? "";
  const targets = ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => resolveImport(imported.fileName, file))
    .filter((target) => target !== null);
  importsOf.set(file, { modified, targets });
  return targets;
}

/** The shortest chain of imports from `start` back to `file`, or null when there is none. */
function routeBack(start, file) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const next of importsOfFile(at)) {
      if (next === file) {
        const route = [];
        for (let step = at; step !== null; step = cameFrom.get(step)) route.unshift(step);
        return route;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

const rule = {
  meta: {
    type: "problem",
    docs: {
      description: "Forbid import cycles, type-only imports included (docs/architecture.md).",
    },
    schema: [],
    messages: { cycle: "Import cycle (type-only imports count): {{route}}." },
  },
  create(context) {
    const file = context.physicalFilename;
    const cwd = context.cwd;
    const short = (path) => path.replace(`${cwd}/`, "");
    function check(node, source) {
      if (typeof source?.value !== "string") return;
      const target = resolveImport(source.value, file);
      if (target === null || target === file) return;
      const route = routeBack(target, file);
      if (route)
        context.report({
          node,
          messageId: "cycle",
          data: { route: [file, ...route, file].map(short).join(" → ") },
        });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
    };
  },
};

export default { rules: { "no-cycle": rule } };
