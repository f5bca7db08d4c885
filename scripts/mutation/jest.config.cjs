// The jest configuration of `npm run mutate` (stryker.config.mjs): the core's own tests and the
// readable report's, pure and fast, no files, no Excel. The published forms run as text only; as .xlsx
// they write and read through ExcelJS, seconds a mutant (npm test runs them).
/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/test/form/**/*.test.ts", "**/test/cli/output.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "publishedFormsXlsx\\.test\\.ts$"],
  // Babel only strips the types: faster than ts-jest here, and npm test type-checks anyway.
  transform: {
    "^.+\\.ts$": [
      "babel-jest",
      {
        babelrc: false,
        configFile: false,
        presets: [
          ["@babel/preset-env", { targets: { node: "current" } }],
          "@babel/preset-typescript",
        ],
      },
    ],
  },
  testSequencer: "<rootDir>/scripts/mutation/testSequencer.cjs",
  // The core's own imports of its label cache get a cache-free memoize (scripts/mutation/noMemo.ts
  // says why); tests that import src/form/memo.ts by its full path still test the real one.
  moduleNameMapper: { "^\\.\\.?/memo$": "<rootDir>/scripts/mutation/noMemo.ts" },
};
