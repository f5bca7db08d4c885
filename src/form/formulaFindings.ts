import { sortFindings, toFinding, type FileReport, type Finding } from "./finding";
import type { RuleMeta } from "./message";

/** A formula met in a submitted workbook, and the value it showed when last calculated. */
export interface SubmittedFormula {
  sheet: string;
  cell: string;
  /** The formula's text without the leading "=". */
  formula: string;
  /** What the copy holds instead: the cached result as text, "" when there was none. */
  value: string;
}

/** Copies (annotated workbooks, the summary's form sheets) hold a submitted formula's value only. */
export const formulaAsValue: RuleMeta<"asValue"> = {
  code: "copy.formula-as-value",
  severity: "info",
  description: {
    zh: "提交的工作簿中的公式在副本和汇总表中只保留其值。",
    en: "A formula in a submitted workbook is kept as its value in copies and summaries.",
  },
  messages: {
    asValue: {
      zh: "单元格含公式 ={{formula}}，副本中只保留其值“{{value}}”。",
      en: 'The cell holds the formula ={{formula}}; the copy keeps only its value "{{value}}".',
    },
  },
};

/** The same, for formulas that reach outside the workbook: programs, links, other files. */
export const formulaOutside: RuleMeta<"outside"> = {
  code: "copy.formula-outside",
  severity: "warning",
  description: {
    zh: "公式调用外部程序、网址或其他文件；副本和汇总表中只保留其值。",
    en: "A formula calls a program, a web address or another file; copies keep only its value.",
  },
  messages: {
    outside: {
      zh: "单元格含调用外部内容的公式 ={{formula}}，副本中只保留其值“{{value}}”；请核实原表。",
      en: 'The cell holds a formula that reaches outside the workbook, ={{formula}}; the copy keeps only its value "{{value}}". Check the original.',
    },
  },
};

export const formulaCodes: readonly RuleMeta[] = [formulaAsValue, formulaOutside];

/** DDE (cmd|'…'), links, web calls, other workbooks ([1]Sheet!A1), macros. */
const OUTSIDE =
  /\||\[|\b(HYPERLINK|WEBSERVICE|FILTERXML|CALL|REGISTER(\.ID)?|EXEC|RTD|IMPORTXML|IMAGE)\s*\(/i;

const MAX_SHOWN = 80;
const shorten = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** One finding for each formula a copy turned into its value. */
export function formulaFindings(formulas: readonly SubmittedFormula[]): Finding[] {
  return formulas.map(({ sheet, cell, formula, value }) => {
    const data = { formula: shorten(formula), value: shorten(value) };
    return OUTSIDE.test(formula)
      ? toFinding(formulaOutside, sheet, { cell, messageId: "outside", data })
      : toFinding(formulaAsValue, sheet, { cell, messageId: "asValue", data });
  });
}

/** A file's report with more findings: each goes to the form whose area holds its cell, else to the file. */
export function withFindings(report: FileReport, findings: readonly Finding[]): FileReport {
  const forms = report.forms.map((form) => ({ ...form, findings: [...form.findings] }));
  const loose = [...report.findings];
  for (const finding of findings) {
    const form = forms.find(
      ({ sheet, area }) =>
        sheet === finding.sheet &&
        finding.row >= area.top &&
        finding.row <= area.bottom &&
        finding.col >= area.left &&
        finding.col <= area.right
    );
    (form ? form.findings : loose).push(finding);
  }
  return {
    ...report,
    forms: forms.map((form) => ({ ...form, findings: sortFindings(form.findings) })),
    findings: sortFindings(loose),
  };
}
