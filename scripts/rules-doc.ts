// Writes docs/rules.md from the rules; a test fails when the committed page differs.
import { writeFileSync } from "node:fs";
import { catalogue } from "../src/form/catalogue";
import { rulesMarkdown } from "../src/form/rulesPage";

writeFileSync("docs/rules.md", rulesMarkdown(catalogue));
