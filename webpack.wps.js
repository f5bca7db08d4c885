/*
 * The WPS 表格 add-in (docs/wps.md): `npm run build:wps` writes dist/wps/, the add-in's folder —
 * main.js for the ribbon (WPS makes the index.html that loads it and asks add-ins to ship none),
 * ribbon.xml made from manifest.xml, the task pane and the outcome dialog, the icons — and
 * jsplugins.xml for offline deployment. The same sources as the Office add-in; only the entries
 * differ: no Office.js, the WPS host instead of src/excel.
 */
const path = require("node:path");
const { readFileSync } = require("node:fs");
const { DefinePlugin } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const { moduleRules, withPolyfills } = require("./webpack.config.js");
require("tsx/cjs");
const { ribbonSource, ribbonXml, jspluginsXml } = require("./scripts/wps/ribbon.ts");

const { name, version } = require("./package.json");
const FOLDER = `${name}_${version}`;

/** WPS shows pages in its own Chromium from local files: scripts and styles of our own only. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const page = (filename, template, chunks) =>
  new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    scriptLoading: "defer",
    csp: CSP,
    hostScripts: [],
  });

module.exports = (env = {}) => {
  const out = path.resolve(env.outDir || "dist/wps");
  const source = ribbonSource(readFileSync("manifest.xml", "utf8"));
  return {
    mode: "production",
    target: ["web", "es2017"],
    entry: {
      main: withPolyfills("./src/commands/wpsMain.ts"),
      taskpane: withPolyfills("./src/taskpane/wpsIndex.ts"),
      outcome: withPolyfills("./src/commands/wpsOutcome.ts"),
    },
    output: { path: path.join(out, FOLDER), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: moduleRules() },
    plugins: [
      new DefinePlugin({ RIBBON_SOURCE: JSON.stringify(source) }),
      new MiniCssExtractPlugin({ filename: "[name].css" }),
      page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("outcome.html", "./src/commands/outcome.html", ["outcome"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "images/[name][ext]" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/shell/fluent.css", to: "fluent.css" },
          { from: "manifest.xml", to: "ribbon.xml", transform: () => ribbonXml(source) },
          {
            from: "manifest.xml",
            to: path.join(out, "jsplugins.xml"),
            transform: () => jspluginsXml(name, version, `${env.url ?? "file:///"}${FOLDER}`),
          },
        ],
      }),
    ],
    optimization: { minimizer: [new TerserPlugin({ terserOptions: { ecma: 2017 } })] },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
