import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// The core must stay pure: no Office.js, no DOM, no Node APIs, no file libraries.
const coreRestrictions = {
  files: ["src/form/**/*.ts"],
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
      {
        patterns: [
          "node:*",
          "fs",
          "path",
          "os",
          "exceljs",
          "commander",
          "../files/*",
          "../cli/*",
          "../emulator/*",
        ],
      },
    ],
  },
};

export default [
  { ignores: ["dist/", "out/", "coverage/", "node_modules/"] },
  ...officeAddins.configs.recommended,
  {
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      globals: { ...globals.node, ...globals.jest },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The compiler checks these for TypeScript; zod schemas share their name with their inferred type.
    files: ["**/*.ts"],
    rules: { "no-redeclare": "off", "no-undef": "off" },
  },
  coreRestrictions,
];
