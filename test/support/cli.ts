import { run } from "../../src/cli/main";

/** The CLI run in-process, with what it printed; `chunks` keeps each stdout write apart. */
export function cli(...argv: string[]) {
  return cliOn({ isTTY: false }, ...argv);
}

/** The same, as if stderr were a terminal of this width or not. */
export async function cliOn(
  terminal: { isTTY: boolean; columns?: number; colour?: boolean },
  ...argv: string[]
) {
  let stdout = "";
  let stderr = "";
  const chunks: string[] = [];
  const code = await run(argv, {
    stdout: (t) => {
      stdout += t;
      chunks.push(t);
    },
    stderr: (t) => (stderr += t),
    ...terminal,
  });
  return { code, stdout, stderr, chunks };
}
