import type { RuleMeta } from "./message";
import { SEVERITY_LABEL, type Severity } from "./severity";

const severity = (s: Severity) => `${SEVERITY_LABEL[s].zh} ${SEVERITY_LABEL[s].en}`;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The rules page (docs/rules.md), made from the rules themselves so it cannot drift from them. */
export function rulesMarkdown(rules: readonly RuleMeta[]): string {
  const lines = [
    "# 规则目录 · Rule catalogue",
    "",
    "Generated from the rules by `npm run docs`; do not edit by hand. Codes are stable: a code never",
    "changes meaning. 本页由规则自动生成，请勿手工修改。",
    "",
    "| code | severity | fix | 说明 | description |",
    "|---|---|---|---|---|",
    ...rules.map(
      (r) =>
        `| [\`${r.code}\`](#${r.code.replace(/\./g, "")}) | ${severity(r.severity)} | ${r.fixable ? "yes" : ""} | ${cell(r.description.zh)} | ${cell(r.description.en)} |`
    ),
  ];
  for (const r of rules) {
    lines.push(
      "",
      `## ${r.code}`,
      "",
      `${severity(r.severity)}${r.practice ? " · 地方惯例 local practice" : ""}${r.fixable ? " · 可自动修正 fixable" : ""}`,
      ""
    );
    lines.push(`${r.description.zh}  `, r.description.en, "");
    if (r.yieldsTo?.length) {
      const codes = r.yieldsTo.map((code) => `\`${code}\``).join(", ");
      lines.push(
        `同一单元格另有 ${codes} 时不再报告。 Not reported on a cell where ${codes} reports.`,
        ""
      );
    }
    lines.push("| message | 中文 | English |", "|---|---|---|");
    for (const [id, message] of Object.entries(r.messages))
      lines.push(`| ${id} | ${cell(message.zh)} | ${cell(message.en)} |`);
  }
  return lines.join("\n") + "\n";
}
