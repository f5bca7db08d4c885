import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli } from "../support/cli";
import { tempDir } from "../support/tmp";

/*
 * Real child processes writing with the CLI's atomic write and its signal handling, signalled
 * while a temporary file exists: SIGTERM and SIGINT leave none behind, SIGKILL does (nothing can
 * run), and the next run that writes into the folder removes it.
 */
const tmp = tempDir();
const SIZE = 16 * 1024 * 1024;
const SCRIPT = join(__dirname, "../support/writeLoop.ts");

const temporaries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith(".tmp"));

function startWriter(folder: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", SCRIPT, join(folder, "out.xlsx"), `${SIZE}`], {
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Resolves once a temporary file of the writer's exists (polled: the moment is what matters). */
async function whileWriting(folder: string): Promise<void> {
  for (let i = 0; i < 20_000; i++) {
    if (temporaries(folder).length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error("the writer never wrote");
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal }))
  );

/** The target is never a part: absent, or the whole of one write. */
function expectIntact(folder: string): void {
  const target = join(folder, "out.xlsx");
  if (existsSync(target)) expect(statSync(target).size).toBe(SIZE);
}

describe("temporary files of interrupted writes", () => {
  jest.setTimeout(120_000);

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)(
    "%s while writing leaves no temporary file, three times out of three",
    async (signal, code) => {
      for (let round = 0; round < 3; round++) {
        const folder = tmp.path(`${signal}-${round}`);
        mkdirSync(folder);
        const child = startWriter(folder);
        const end = exited(child);
        await whileWriting(folder);
        child.kill(signal);
        expect((await end).code).toBe(code);
        expect(temporaries(folder)).toEqual([]);
        expectIntact(folder);
      }
    }
  );

  it("a temporary file left by a killed run is removed by the next run writing there, not one of a live run", async () => {
    const folder = tmp.path("killed");
    mkdirSync(folder);
    const child = startWriter(folder);
    const end = exited(child);
    await whileWriting(folder);
    child.kill("SIGKILL");
    expect((await end).signal).toBe("SIGKILL");
    const left = temporaries(folder);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(
      new RegExp(`^\\.out\\.xlsx\\.perf-targets-${child.pid}-[0-9a-f]{12}\\.tmp$`)
    );
    // A live run's temporary (this process's parent, surely running) and a stranger's file stay.
    const live = `.other.xlsx.perf-targets-${process.ppid}-0123456789ab.tmp`;
    writeFileSync(join(folder, live), "");
    writeFileSync(join(folder, ".mine.tmp"), "");
    const { code } = await cli("template", "-o", join(folder, "blank.xlsx"));
    expect(code).toBe(0);
    expect(temporaries(folder).sort()).toEqual([".mine.tmp", live].sort());
  });
});
