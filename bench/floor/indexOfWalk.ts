/**
 * The floor with nothing above it: a fresh process that unzips the parts a form needs
 * (bench/floor/unzipParts.ts) and finds every tag with indexOf, reading only each tag's first
 * letter. No reader could do less and still look at every element; stdout gets the tag count.
 */
import { readFileSync } from "node:fs";
import { neededParts } from "./unzipParts";

let tags = 0;
let letters = 0;
for (const file of process.argv.slice(2))
  for (const xml of neededParts(readFileSync(file))) {
    for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
      letters += xml.charCodeAt(at + 1);
      at = xml.indexOf(">", at + 1);
      if (at < 0) break;
      tags++;
    }
  }
process.stdout.write(`${tags} tags (${letters})\n`);
