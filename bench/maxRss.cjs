// Preloaded into a benchmarked process (node -r): when it exits, writes its peak resident memory
// (kB) and the CPU time it used (ms, user + system, all its threads) to the file BENCH_RSS_FILE names.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
});
