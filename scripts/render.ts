// `npm run render`: write the sample's unit summary and an annotated form, and render both to PNG
// with LibreOffice headless (apt-get install -y libreoffice-calc-nogui poppler-utils), to look at
// them as a user would. `npm run render -- --docs` also refreshes the pictures in docs/.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/cli/main";
import { formPlan, readSheet } from "../src/form";
import { readTextGrid } from "../src/files/text";
import { writeWorkbook } from "../src/files/xlsxWrite";

const SAMPLE = "examples/2023-unit-performance-targets.txt";
const OUT = "out/render";
const io = { stdout: () => {}, stderr: (t: string) => process.stderr.write(t), isTTY: false };

function tool(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (result.error || result.status !== 0) {
    console.error(
      `render: ${command} failed; install it with apt-get install -y libreoffice-calc-nogui poppler-utils`
    );
    process.exit(2);
  }
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // Form 5 of the sample has errors and warnings: the annotated copy shows both colours.
  const [, , , , form5] = readSheet(await readTextGrid(SAMPLE)).forms;
  await writeWorkbook(join(OUT, "form5.xlsx"), [formPlan(form5.record, { sheet: "绩效目标表" })]);
  await run(["validate", join(OUT, "form5.xlsx"), "--annotate", join(OUT, "annotated.xlsx")], io);
  await run(["merge", SAMPLE, "-o", join(OUT, "summary.xlsx")], io);
  for (const name of ["summary", "annotated"]) {
    tool("soffice", [
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      OUT,
      join(OUT, `${name}.xlsx`),
    ]);
    tool("pdftoppm", ["-png", "-r", "90", join(OUT, `${name}.pdf`), join(OUT, name)]);
  }
  const pictures = readdirSync(OUT)
    .filter((f) => f.endsWith(".png"))
    .sort();
  console.log(pictures.map((f) => join(OUT, f)).join("\n"));
  if (process.argv.includes("--docs")) {
    copyFileSync(
      join(
        OUT,
        pictures.find((f) => f.startsWith("summary-"))!
      ),
      "docs/summary.png"
    );
    copyFileSync(
      join(
        OUT,
        pictures.find((f) => f.startsWith("annotated-"))!
      ),
      "docs/annotated.png"
    );
    console.log("docs/summary.png\ndocs/annotated.png");
  }
}

void main();
