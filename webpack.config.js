/*
 * The add-in's one bundler (docs/addin.md). `npm run build` writes dist/: manifest.xml with its
 * URLs taken from ADDIN_URL, the task pane and commands pages with their bundles, the icons, the
 * static pages, and the emulator bundle for the preview.
 *
 *   ADDIN_URL=https://server/path/   where the add-in is served (default https://localhost:3000/)
 *   OFFICE_JS=local                  serve Office.js from dist/office-js/ instead of Microsoft's CDN
 *   --env typecheck=false            skip the type-check (tests run tsc on their own)
 *   --env entries=emulator           build only the named entries (comma-separated)
 *   --env outDir=PATH                write somewhere other than dist/
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const ForkTsCheckerWebpackPlugin = require("fork-ts-checker-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const TerserPlugin = require("terser-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN = `${OFFICE_CDN}/lib/1/hosted/office.js`;
// Office.js loads MicrosoftAjax from here when a host needs it.
const MS_AJAX_CDN = "https://ajax.aspnetcdn.com";
// Office.js on Office's CDN adds a telemetry frame from here.
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";

/*
 * Browsers the pages must run in: Excel 2019 shows add-ins in EdgeHTML 18 (the binding limit:
 * no object spread, no BigInt, no regex lookbehind), Excel for Mac in Safari's engine, Microsoft
 * 365 in WebView2, Excel on the web in current browsers.
 */
const PANE_BROWSERS = [
  "edge >= 18",
  "safari >= 13",
  "ios_saf >= 13",
  "chrome >= 80",
  "firefox >= 78",
];

/** Pages Office loads: each has its entry, its HTML shell and its place in the manifest. */
const ADDIN_PAGES = {
  // ieFallback: the page also loads the tiny ES5 script that tells Internet Explorer users which Excel to use.
  taskpane: {
    entry: "./src/taskpane/index.ts",
    template: "./src/taskpane/taskpane.html",
    ieFallback: true,
  },
  commands: {
    entry: "./src/commands/index.ts",
    template: "./src/commands/commands.html",
    ieFallback: true,
  },
  // The small dialog in which a ribbon command says what it did.
  outcome: { entry: "./src/commands/outcomePage.ts", template: "./src/commands/outcome.html" },
};

/**
 * Bundles for development only, never loaded by Office: the emulator for the preview. The
 * preview's entries and pages go here too: { entry } alone for a script (a fixed name, NAME.js);
 * { entry, template } for a page, with `chunks` when it loads other bundles too and `csp` when
 * it needs its own policy; `overEmulator` for a page that runs over Excel's library and the
 * emulator instead of the Office loader; `hostScripts` to give the scripts a page loads before
 * its bundles ([] for none) instead (a template reads htmlWebpackPlugin.options.csp and
 * .hostScripts).
 */
const TOOL_BUNDLES = {
  emulator: { entry: "./src/emulator/browser.ts" },
  // The preview (docs/preview.md): the workbook page, and the pane and commands pages it frames,
  // which load the unchanged add-in bundles over the emulator and the Office shim.
  previewOffice: { entry: "./src/preview/office/index.ts" },
  preview: {
    entry: "./src/preview/index.ts",
    template: "./src/preview/preview.html",
    overEmulator: true,
    chunks: ["emulator", "preview"],
    csp: contentSecurityPolicy(true),
  },
  // The add-in's own pages, unchanged but for what they load first.
  "preview-pane": {
    template: ADDIN_PAGES.taskpane.template,
    overEmulator: true,
    chunks: ["emulator", "previewOffice", "taskpane"],
    csp: contentSecurityPolicy(true),
  },
  "preview-commands": {
    template: ADDIN_PAGES.commands.template,
    overEmulator: true,
    chunks: ["emulator", "previewOffice", "commands"],
    csp: contentSecurityPolicy(true),
  },
  // The preview over WPS 表格 (?host=wps): the WPS build of the pane, after the shim that gives
  // its frame window.Application from the preview's fake WPS; no Office.js at all.
  previewWps: { entry: "./src/preview/wpsPane.ts" },
  wpsTaskpane: { entry: "./src/taskpane/wpsIndex.ts" },
  "preview-wps-pane": {
    template: ADDIN_PAGES.taskpane.template,
    chunks: ["previewWps", "wpsTaskpane"],
    csp: contentSecurityPolicy(true),
    hostScripts: [],
  },
};

/** Excel's Office.js library alone (no loader), which the preview's pages run over the emulator. */
const PREVIEW_EXCEL_JS = "preview/excel-web-16.00.js";

/** The address the manifest points to: an absolute https URL ending in "/". */
function addinUrl() {
  const raw = process.env.ADDIN_URL || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL must use https (Office requires it): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The Content-Security-Policy of the pages Office loads; no inline script anywhere. */
function contentSecurityPolicy(localOfficeJs) {
  const office = localOfficeJs ? [] : [OFFICE_CDN];
  return [
    "default-src 'self'",
    `script-src 'self' ${[...office, ...(localOfficeJs ? [] : [MS_AJAX_CDN])].join(" ")}`,
    `style-src 'self' ${office.join(" ")}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-src 'self' ${[...office, ...(localOfficeJs ? [] : [OFFICE_TELEMETRY])].join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .map((directive) => directive.trim())
    .join("; ");
}

/*
 * The library functions EdgeHTML 18 (Excel 2019, the oldest engine the pane runs in) lacks and
 * the pages or their libraries call, defined by src/shell/edgePolyfills.ts, which every page's
 * bundle runs first (docs/addin.md, "Bundle"). Babel lowers syntax only.
 */
const EDGE_POLYFILLS = "./src/shell/edgePolyfills.ts";
const withPolyfills = (entry) => [EDGE_POLYFILLS, entry];

/** How every page's sources are compiled: TypeScript through Babel, CSS extracted, `?raw` as text. */
function moduleRules() {
  return [
    {
      test: /\.[cm]?[jt]s$/,
      exclude: /node_modules[\\/](core-js|webpack)[\\/]/,
      use: { loader: "babel-loader", options: { ...babelOptions(), cacheDirectory: true } },
    },
    { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
    // `import text from "./file?raw"`: a file's text as a string (the preview's sample, manifest).
    { resourceQuery: /raw/, type: "asset/source" },
  ];
}

function babelOptions() {
  return {
    babelrc: false,
    configFile: false,
    // Packages in node_modules mix CommonJS and modules; let Babel tell which each file is.
    sourceType: "unambiguous",
    presets: [
      [
        "@babel/preset-env",
        {
          targets: PANE_BROWSERS,
          bugfixes: true,
        },
      ],
      ["@babel/preset-typescript", { onlyRemoveTypeImports: true }],
    ],
  };
}

/** Office.js files for OFFICE_JS=local: the loader, Excel's host files, telemetry, strings. */
function officeJsCopy() {
  return {
    from: "**/*",
    context: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
    to: "office-js/",
    info: { minimized: true },
    globOptions: {
      ignore: [
        "**/*.debug.js",
        "**/*.d.ts",
        "**/*-vsdoc.js",
        "**/{outlook,word,powerpoint,onenote,project,access,wordios,powerpointios}*",
        "**/custom-functions-runtime*",
      ],
    },
  };
}

/**
 * The dev-server's https certificate from office-addin-dev-certs, which makes one for localhost
 * and asks the system to trust its CA. Where that cannot be done (Linux without sudo, say), the
 * server still starts with the generated certificate and says how to trust it by hand.
 */
async function devCertificates() {
  const certs = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await certs.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    const { readFileSync } = require("node:fs");
    const {
      caCertificatePath,
      localhostCertificatePath,
      localhostKeyPath,
    } = require("office-addin-dev-certs/lib/defaults");
    console.warn(
      `Could not make the system trust the development certificate (${error.message.split("\n")[0]}).\n` +
        `Serving with it anyway; trust ${caCertificatePath} yourself (see README: loading the add-in into Excel).`
    );
    return {
      ca: readFileSync(caCertificatePath),
      key: readFileSync(localhostKeyPath),
      cert: readFileSync(localhostCertificatePath),
    };
  }
}

function selectedEntries(env, all) {
  if (!env.entries) return all;
  const wanted = String(env.entries).split(",");
  const unknown = wanted.filter((name) => !(name in all));
  if (unknown.length) throw new Error(`Unknown entries: ${unknown.join(", ")}`);
  return Object.fromEntries(Object.entries(all).filter(([name]) => wanted.includes(name)));
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const url = addinUrl();
  const outDir = path.resolve(env.outDir || "dist");
  const bundles = selectedEntries(env, { ...ADDIN_PAGES, ...TOOL_BUNDLES });
  const building = (name) => name in bundles;
  const anyAddinPage = Object.keys(ADDIN_PAGES).some(building);
  const csp = contentSecurityPolicy(localOfficeJs);

  const pages = Object.entries(bundles)
    .filter(([, bundle]) => bundle.template)
    .map(
      ([name, bundle]) =>
        new HtmlWebpackPlugin({
          filename: `${name}.html`,
          template: bundle.template,
          chunks: bundle.chunks ?? [name],
          chunksSortMode: bundle.chunks ? "manual" : "auto",
          scriptLoading: "defer",
          csp: bundle.csp ?? csp,
          hostScripts: bundle.hostScripts
            ? bundle.hostScripts
            : bundle.overEmulator
              ? [PREVIEW_EXCEL_JS]
              : [
                  localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN,
                  ...(bundle.ieFallback ? ["unsupported.js"] : []),
                ],
        })
    );

  const copies = anyAddinPage
    ? [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => content.toString().split(DEV_URL).join(url),
        },
        // ES5 for Internet Explorer: kept as written, out of the minifier's ES2017 hands.
        { from: "src/shell/unsupported.js", to: "unsupported.js", info: { minimized: true } },
        { from: "src/shell/*.html", to: "[name][ext]" },
        { from: "src/shell/fluent.css", to: "fluent.css" },
        ...(localOfficeJs ? [officeJsCopy()] : []),
      ]
    : [];
  if (building("preview"))
    copies.push({
      from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
      to: PREVIEW_EXCEL_JS,
      info: { minimized: true },
    });

  return {
    mode: production ? "production" : "development",
    // No source maps in a production build: dist/ is copied whole to the intranet server (README).
    devtool: production ? false : "source-map",
    target: ["web", "es2017"],
    entry: Object.fromEntries(
      Object.entries(bundles)
        .filter(([, bundle]) => bundle.entry)
        // The preview's bundles too: they run in the same frames, before the pane's.
        .map(([name, bundle]) => [name, withPolyfills(bundle.entry)])
    ),
    output: {
      path: outDir,
      // Office caches add-in files hard; a new build gets new names. Tools keep fixed names.
      filename: (data) =>
        data.chunk.name in TOOL_BUNDLES ? "[name].js" : "[name].[contenthash:8].js",
      // dist/cli.js is the command-line tool's bundle and dist/cli.cache V8's code cache for it
      // (scripts/build.mjs, docs/speed.md), not ours to remove.
      clean: env.entries ? false : { keep: /^cli\.(js(\.map|\.LEGAL\.txt)?|cache)$/ },
      // Chunks loaded on demand (the pane's .xlsx reader): hashed like the pages' own scripts.
      chunkFilename: "[name].[contenthash:8].js",
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: moduleRules() },
    plugins: [
      new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css" }),
      ...pages,
      ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : []),
      ...(env.typecheck === "false"
        ? []
        : [
            new ForkTsCheckerWebpackPlugin({
              async: !production,
              typescript: { configFile: "tsconfig.office.json" },
            }),
          ]),
    ],
    optimization: {
      minimizer: [new TerserPlugin({ terserOptions: { ecma: 2017 } })],
    },
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      host: "localhost",
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      // office-addin-dev-certs makes and trusts a localhost certificate on first use.
      server: { type: "https", options: env.WEBPACK_SERVE ? await devCertificates() : undefined },
      static: false,
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.moduleRules = moduleRules;
module.exports.withPolyfills = withPolyfills;
