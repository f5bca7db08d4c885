/**
 * The floor with a conforming XML parser: a fresh process that unzips the parts a form needs
 * (bench/floor/unzipParts.ts) and runs saxes over each, counting open tags and text events.
 * What the reader cost when it was built on saxes, before anything was done with the events.
 */
import { readFileSync } from "node:fs";
import { SaxesParser } from "saxes";
import { neededParts } from "./unzipParts";

let tags = 0;
let texts = 0;
for (const file of process.argv.slice(2))
  for (const xml of neededParts(readFileSync(file))) {
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on("opentag", () => void tags++);
    parser.on("text", () => void texts++);
    parser.write(xml).close();
  }
process.stdout.write(`${tags} tags, ${texts} texts\n`);
