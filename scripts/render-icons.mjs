// `npm run icons`: renders the add-in's icons from their SVG sources in assets/ into the PNGs the
// manifest names. Each icon has its own drawing on the 16-pixel grid (NAME-16.svg), so that its
// lines stay sharp at the ribbon's smallest size; the larger sizes scale NAME.svg.
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const ICONS = {
  icon: [16, 32, 64, 80], // the add-in, its ribbon group and 打开面板
  insert: [16, 32, 80], // 插入模板
  check: [16, 32, 80], // 校验全部
  merge: [16, 32, 80], // 汇总
};

for (const [name, sizes] of Object.entries(ICONS)) {
  for (const size of sizes) {
    const source = `assets/${name}${size === 16 ? "-16" : ""}.svg`;
    const svg = readFileSync(source, "utf8");
    const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
    writeFileSync(`assets/${name}-${size}.png`, png);
    console.log(`assets/${name}-${size}.png from ${source} (${png.length} bytes)`);
  }
}
