// Lints the files named on the command line through ESLint's Node API with the project's config,
// and prints each file's messages as JSON. Jest cannot load a flat config in-process (it needs a
// dynamic import), so the fence test runs this in a child process.
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });
const results = await eslint.lintFiles(process.argv.slice(2));
process.stdout.write(
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })),
    }))
  )
);
