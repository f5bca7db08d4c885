import { run } from "../../src/cli/main";

/** The CLI run in-process, with what it printed; `chunks` keeps each stdout write apart. */
export async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const chunks: string[] = [];
  const code = await run(argv, {
    stdout: (t) => {
      stdout += t;
      chunks.push(t);
    },
    stderr: (t) => (stderr += t),
    isTTY: false,
  });
  return { code, stdout, stderr, chunks };
}
