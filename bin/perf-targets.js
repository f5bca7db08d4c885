#!/usr/bin/env node
"use strict";
// The CLI is bundled by `npm run build` (also run by `npm ci` through "prepare").
try {
  require("../dist/cli.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
    console.error(
      "perf-targets: the tool is not built yet; run `npm run build` (or `npm ci`) first."
    );
    process.exit(2);
  }
  throw error;
}
