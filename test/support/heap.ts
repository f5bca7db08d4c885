import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/*
 * V8's gc() without starting node with --expose-gc (jest starts its own workers): the flag is
 * read when a new context is made, and that context hands out the function.
 */
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/**
 * The heap in use after collecting garbage, in bytes. A few turns of the event loop first, so
 * that what finished promises and timers still held is let go.
 */
export async function heapAfterGc(): Promise<number> {
  for (let turn = 0; turn < 3; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
  }
  return process.memoryUsage().heapUsed;
}
