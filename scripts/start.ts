// `npm start`: build the preview and serve it on this machine, then say how to load the add-in
// into real Excel (docs/preview.md). `npm run sample` checks the sample with the command-line tool.
import { join } from "node:path";
import { buildPreview, PREVIEW_DIR } from "./preview/build";
import { isFresh } from "./preview/freshness";
import { servePreview } from "./preview/serve";

const PORT = Number(process.env.PORT) || 3100;

async function main(): Promise<void> {
  if (isFresh(PREVIEW_DIR, join(__dirname, ".."))) {
    console.log("预览已是最新，不再构建。 · The preview is up to date; not building it again.");
  } else {
    console.log(
      "正在构建预览（首次约需一分钟）… · Building the preview (about a minute the first time)…"
    );
    await buildPreview(PREVIEW_DIR);
  }
  const { url } = await servePreview(PREVIEW_DIR, PORT);
  console.log(`
绩效目标表预览已启动 · The preview is running:

    ${url}

在浏览器中打开上面的地址：左边是模拟的 Excel 工作簿（已打开样例的五张表），右边是加载项的任务窗格，
上方功能区「绩效目标表」组里是加载项的命令。工作簿只在浏览器内存中，刷新页面即重新开始。
Open it in a browser: an emulated Excel workbook holding the sample's five forms, the add-in's task
pane beside it, and its ribbon commands in the 绩效目标表 group. The workbook lives in the page's
memory; reloading starts again.

在真正的 Excel 中加载 · To load the add-in into real Excel (README, "Loading it into Excel"):
  - Excel 网页版 on the web: run \`npm run dev-server\` (https://localhost:3000, certificate from
    office-addin-dev-certs), then 插入 Insert → 加载项 Add-ins → 上传我的加载项 Upload My Add-in → manifest.xml.
  - Windows / Mac 桌面版: \`npx office-addin-debugging start manifest.xml desktop --app excel
    --dev-server "npm run dev-server" --dev-server-port 3000\` (needs a network to install;
    does nothing on Linux).
  - 内网部署 Intranet: \`ADDIN_URL=https://server/path/ OFFICE_JS=local npm run build\`, then publish dist/.

按 Ctrl+C 停止 · Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
