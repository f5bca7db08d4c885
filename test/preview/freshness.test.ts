import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isFresh, markBuilt } from "../../scripts/preview/freshness";
import { tempDir } from "../support/tmp";

/*
 * A second `npm start` serves the preview it built before when nothing it is built from has
 * changed since (README, "Set-up"), and builds again after any change.
 */
const tmp = tempDir();

function project() {
  const root = tmp.path(`project-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(root, "src/taskpane"), { recursive: true });
  writeFileSync(join(root, "src/taskpane/app.ts"), "export {};\n");
  writeFileSync(join(root, "manifest.xml"), "<x/>\n");
  const out = join(root, "out/preview");
  mkdirSync(out, { recursive: true });
  return { root, out };
}

const past = (seconds: number) => new Date(Date.now() - seconds * 1000);

it("is not fresh before any build, fresh after one, and stale after a source file changes", () => {
  const { root, out } = project();
  const inputs = ["src", "manifest.xml", "package-lock.json"];
  expect(isFresh(out, root, inputs)).toBe(false);
  utimesSync(join(root, "src/taskpane/app.ts"), past(60), past(60));
  utimesSync(join(root, "manifest.xml"), past(60), past(60));
  markBuilt(out);
  expect(isFresh(out, root, inputs)).toBe(true);
  writeFileSync(join(root, "src/taskpane/app.ts"), "export const changed = 1;\n");
  expect(isFresh(out, root, inputs)).toBe(false);
  utimesSync(join(root, "src/taskpane/app.ts"), past(30), past(30));
  markBuilt(out);
  expect(isFresh(out, root, inputs)).toBe(true);
  // A new file deep in a folder counts as well.
  mkdirSync(join(root, "src/excel"));
  writeFileSync(join(root, "src/excel/new.ts"), "export {};\n");
  expect(isFresh(out, root, inputs)).toBe(false);
});
