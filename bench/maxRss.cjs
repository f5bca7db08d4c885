// Preloaded into a benchmarked process (node -r): when it exits, writes its peak resident memory
// (kB) and the CPU time it used (ms, user + system, all its threads) to the file BENCH_RSS_FILE names.
// The peak is Linux's VmHWM, this process's own high-water mark: getrusage's maxRSS keeps the
// parent's mark across fork and exec, so a child of a large bench process reported the bench's
// size (476 MB for a one-file validate that peaks at 51 MB; docs/speed.md).
const { readFileSync, writeFileSync } = require("node:fs");

function peakKb(usage) {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: getrusage's figure, which is right where the parent was small.
  }
  return usage.maxRSS;
}

process.on("exit", () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRssKb: peakKb(usage), cpuMs }));
});
