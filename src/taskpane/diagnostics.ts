import type { Pane } from "./pane";
import type { SelfTestResult } from "../excel";
import { el } from "../shell/dom";
import { button } from "./controls";

/** Each pane's last self-test, kept beside the pane rather than in its rendering state. */
const lastResults = new WeakMap<Pane, SelfTestResult>();

const TEXT = {
  heading: { zh: "诊断", en: "Diagnostics" },
  run: { zh: "自检", en: "Self-test" },
  copy: { zh: "复制结果", en: "Copy result" },
  copied: { zh: "已复制。", en: "Copied." },
  passed: { zh: "全部通过", en: "All passed" },
  failed: { zh: "项未通过", en: "failed" },
} as const;

/**
 * 诊断 (docs/field-test.md): the 自检 button runs the self-test and lists one line per behaviour;
 * 复制结果 copies the whole result as text for an email or an issue. Everything shown is text.
 */
export function diagnosticsSection(pane: Pane): HTMLElement {
  const { state, actions } = pane;
  const locale = state.locale;
  const last = lastResults.get(pane);
  const run = () =>
    pane.run(
      async () => {
        const result = await actions.selfTest();
        lastResults.set(pane, result);
        return result;
      },
      (result) => {
        const failed = result.results.filter((r) => !r.ok).length;
        return failed === 0 ? TEXT.passed[locale] : `${failed} ${TEXT.failed[locale]}`;
      }
    );
  return el(
    "details",
    { id: "diagnostics", open: last !== undefined },
    el("summary", {}, TEXT.heading[locale]),
    button("self-test", TEXT.run[locale], state.busy, run),
    ...(last ? resultView(pane, last) : [])
  );
}

function resultView(pane: Pane, result: SelfTestResult): HTMLElement[] {
  const locale = pane.state.locale;
  const env = result.environment;
  const copy = async () => {
    const text = pane.actions.selfTestText(result);
    try {
      await navigator.clipboard.writeText(text);
      pane.state.status = { text: TEXT.copied[locale], error: false };
    } catch {
      // Some hosts' panes refuse the clipboard: select the text for the person to copy.
      // Stryker disable next-line OptionalChaining: the text is drawn beside the copy button pressed
      document.getElementById("self-test-text")?.focus();
    }
    pane.render();
  };
  return [
    el(
      "p",
      { className: "secondary" },
      `${env.platform} ${env.version} · ExcelApi ${env.excelApi} · ${env.language}`
    ),
    el(
      "ul",
      { id: "self-test-results" },
      ...result.results.map((r) =>
        el(
          "li",
          { className: r.ok ? "ok" : "error" },
          `${r.ok ? "OK" : "FAIL"} ${r.id}: ${r.actual}`
        )
      )
    ),
    button("self-test-copy", TEXT.copy[locale], false, copy),
    el(
      "textarea",
      { id: "self-test-text", readOnly: true, rows: 4 },
      pane.actions.selfTestText(result)
    ),
  ];
}
