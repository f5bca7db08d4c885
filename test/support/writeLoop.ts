import { writeFileAtomic } from "../../src/files/safeWrite";
import { removeTemporariesOnSignals } from "../../src/files/temporaries";

/*
 * Run as a child process by the temporary-files test: writes the target named on the command line
 * over and over, atomically, with the CLI's own signal handling, until it is signalled. Each write
 * is large enough that a signal most often lands while a temporary file exists.
 */
removeTemporariesOnSignals();
const target = process.argv[2];
const bytes = new Uint8Array(Number(process.argv[3] ?? 16 * 1024 * 1024)).fill(0x61);

async function loop(): Promise<void> {
  process.stdout.write("writing\n");
  for (;;) await writeFileAtomic(target, bytes, { overwrite: true });
}
void loop();
