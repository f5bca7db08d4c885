import type { SelfTestResult } from "./selfTest";

/** The whole result as plain text, to paste into an email or an issue. */
export function selfTestText(result: SelfTestResult): string {
  const env = result.environment;
  const failed = result.results.filter((r) => !r.ok).length;
  return [
    `perf-targets 自检 / self-test: ${failed === 0 ? "全部通过 / all passed" : `${failed} 项未通过 / failed`}`,
    `platform ${env.platform}, version ${env.version}, ExcelApi ${env.excelApi}, language ${env.language}`,
    ...result.results.map(
      (r) => `${r.ok ? "OK  " : "FAIL"} ${r.id}: expected ${r.expected}; got ${r.actual}`
    ),
  ].join("\n");
}
