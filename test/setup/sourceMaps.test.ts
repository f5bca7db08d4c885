import { readFileSync } from "node:fs";
import { join } from "node:path";

/*
 * dist/ is copied whole to the intranet server (README, "Deploying on an intranet"): the
 * production build writes no source maps there, neither the add-in's nor the CLI's.
 */
const root = join(__dirname, "../..");

it("builds production bundles without source maps, and development ones with them", async () => {
  const config = require(join(root, "webpack.config.js"));
  const production = await config({ typecheck: "false" }, { mode: "production" });
  const development = await config({ typecheck: "false" }, { mode: "development" });
  expect(production.devtool).toBe(false);
  expect(development.devtool).toBe("source-map");
});

it("bundles the CLI into dist/ without a source map", () => {
  expect(readFileSync(join(root, "scripts/build.mjs"), "utf8")).toMatch(/sourcemap: false/);
});
