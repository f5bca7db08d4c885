/**
 * The layers of the code and which may import which (docs/architecture.md): one table, read by
 * eslint.config.mjs to build the import fence and by test/lint/fence.test.ts to prove it. A layer
 * may import itself and the layers it lists; nothing else of ours, at any depth.
 */
import { fileURLToPath } from "node:url";

export const LAYERS = {
  core: { folder: "src/form", may: [] },
  // The .xlsx reader: bytes in, grids out, for the CLI and the task pane alike.
  xlsx: { folder: "src/xlsx", may: ["core"] },
  excel: { folder: "src/excel", may: ["core"] },
  // WPS 表格's host (docs/wps.md): the only code that touches window.Application.
  wps: { folder: "src/wps", may: ["core"] },
  // What every page shares: the safe DOM builder (text, never HTML), the Fluent CSS, the fallbacks.
  shell: { folder: "src/shell", may: [] },
  taskpane: { folder: "src/taskpane", may: ["core", "excel", "wps", "xlsx", "shell"] },
  commands: { folder: "src/commands", may: ["core", "excel", "wps", "shell"] },
  // The preview runs the emulator's browser modules and reads picked files with src/xlsx; over
  // WPS it lays the sample out with src/wps's plan applier (docs/preview.md).
  preview: { folder: "src/preview", may: ["core", "excel", "wps", "emulator", "xlsx", "shell"] },
  files: { folder: "src/files", may: ["core", "xlsx"] },
  cli: { folder: "src/cli", may: ["core", "files", "xlsx"] },
  // The fake WPS 表格 (src/emulator/wps) implements src/wps's interfaces of the object model.
  emulator: { folder: "src/emulator", may: ["core", "files", "wps"] },
};

/** Tests and tools may import any layer; no layer may import them. */
export const TOOLS = ["test", "bench", "scripts"];

/** The emulator's Node entry may use the file adapters; its browser modules may not. */
export const EMULATOR_NODE_ENTRY = ["src/emulator/index.ts", "src/emulator/xlsx.ts"];

const folders = Object.values(LAYERS).map((layer) => layer.folder);

function zoneOf(name, { folder, may }) {
  const allowed = new Set([folder, ...may.map((other) => LAYERS[other].folder)]);
  const allowedText = may.length ? may.join(", ") : "nothing of ours";
  return {
    target: folder,
    from: [...folders.filter((other) => !allowed.has(other)), ...TOOLS],
    message: `The ${name} layer (${folder}) may import ${allowedText}: see docs/architecture.md.`,
  };
}

const emulatorBrowserZone = {
  target: ["src/emulator/!(index|xlsx).ts", "src/emulator/*/**"],
  from: [LAYERS.files.folder],
  message:
    "Only the emulator's Node entry (index.ts, xlsx.ts) may use src/files: the rest runs in a browser too (docs/architecture.md).",
};

const previewBrowserZone = {
  target: LAYERS.preview.folder,
  from: EMULATOR_NODE_ENTRY,
  message:
    "The preview runs in a browser: it may use the emulator's browser modules, never its Node entry (docs/architecture.md).",
};

/** Zones for import-x/no-restricted-paths, relative to the repository's root. */
export const layerFence = [
  ...Object.entries(LAYERS).map(([name, layer]) => zoneOf(name, layer)),
  emulatorBrowserZone,
  previewBrowserZone,
];

export const fenceBasePath = fileURLToPath(new URL(".", import.meta.url));
