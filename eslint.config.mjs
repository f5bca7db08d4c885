import importX, { createNodeResolver } from "eslint-plugin-import-x";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";
import { fenceBasePath, layerFence } from "./eslint.layers.mjs";
import noCycle from "./scripts/lint/noCycle.mjs";

// The core must stay pure: no Office.js, no DOM, no Node APIs, no file libraries (docs/architecture.md).
// The .xlsx reader likewise: bytes in, grids out, in Node and in the task pane alike.
const coreRestrictions = {
  files: ["src/form/**/*.ts", "src/xlsx/**/*.ts"],
  rules: {
    "no-restricted-globals": [
      "error",
      "Excel",
      "Office",
      "OfficeExtension",
      "document",
      "window",
      "process",
      "Buffer",
    ],
    "no-restricted-imports": [
      "error",
      { patterns: ["node:*", "fs", "path", "os", "exceljs", "commander"] },
    ],
  },
};

// The add-in's pages run in a browser: no Node modules. The pane and the ribbon commands reach
// Excel only through src/excel, never through Excel objects of their own.
const browserRestrictions = [
  {
    files: ["src/{excel,taskpane,commands,preview}/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "os", "exceljs", "commander"] },
      ],
    },
  },
  {
    files: ["src/{taskpane,commands,preview}/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "Excel"] },
  },
];

// What Excel 2019's EdgeHTML cannot run, in every layer the pane bundles: its parser rejects a
// regex lookbehind and a BigInt literal, and it has no BigInt at all (docs/addin.md).
const edgeHtmlSelectors = [
  {
    selector: "Literal[regex.pattern=/\\(\\?<[=!]/]",
    message: "No regex lookbehind: Excel 2019's EdgeHTML cannot parse it.",
  },
  {
    selector: "Literal[value=/\\(\\?<[=!]/], TemplateElement[value.raw=/\\(\\?<[=!]/]",
    message: "No regex lookbehind (in a RegExp source): Excel 2019's EdgeHTML cannot parse it.",
  },
  {
    selector: "Literal[bigint], CallExpression[callee.name='BigInt']",
    message:
      "No BigInt: Excel 2019's EdgeHTML lacks it; src/form/decimal.ts does exact arithmetic.",
  },
];

// Only src/excel sees Excel's objects, as values (no-restricted-globals above) and as types:
// `Excel.Range` in the pane would tie it to Office.js where PaneActions is the seam.
const excelTypeSelectors = [
  {
    selector:
      "TSQualifiedName > Identifier.left[name='Excel'], TSTypeQuery > Identifier.exprName[name='Excel']",
    message:
      "No Excel types outside src/excel: the pane and the ribbon reach Excel through src/excel's functions (docs/architecture.md).",
  },
];

const edgeHtmlSyntax = [
  {
    files: ["src/{form,excel,xlsx}/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...edgeHtmlSelectors] },
  },
  {
    // WPS's host code has its own object model (docs/wps.md), never Excel's.
    files: ["src/{wps,taskpane,commands,preview}/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...edgeHtmlSelectors, ...excelTypeSelectors] },
  },
];

export default [
  { ignores: ["dist/", "out/", "coverage/", "node_modules/", ".stryker-tmp/"] },
  ...officeAddins.configs.recommended,
  {
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.jest },
    },
    plugins: { "import-x": importX, fence: noCycle },
    settings: {
      // Resolve TypeScript modules so that the layer fence sees where each import leads.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] }),
      ],
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // No module may reach itself through its imports, types included: import-x/no-cycle skips
      // type-only imports, so our own rule (scripts/lint/noCycle.mjs) counts them.
      "fence/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones: layerFence, basePath: fenceBasePath }],
    },
  },
  {
    // The compiler checks these for TypeScript; zod schemas share their name with their inferred type.
    files: ["**/*.ts"],
    rules: { "no-redeclare": "off", "no-undef": "off" },
  },
  coreRestrictions,
  ...browserRestrictions,
  {
    // Internet Explorer's fallback runs where nothing newer than ES5 parses (docs/addin.md).
    files: ["src/shell/**/*.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: globals.browser },
  },
  ...edgeHtmlSyntax,
  {
    // A function should fit on one screen (docs/architecture.md).
    files: ["src/**/*.ts"],
    rules: {
      "max-lines-per-function": [
        "error",
        { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
];
