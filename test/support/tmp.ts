import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temporary directory for one test file, removed after it. */
export function tempDir(): { path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), "perf-targets-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { path: (name) => join(dir, name) };
}
