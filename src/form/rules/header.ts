import { cellA1 } from "../address";
import { cellAt } from "../grid";
import { periodSpansYears } from "../period";
import { cellText } from "../text";
import { FIELDS, type FieldPath, type FieldSpec } from "../template";
import { createRule, fieldCell, type FormContext, type Rule } from "./rule";

/**
 * The fields a form must fill, each with how to tell it is filled. A project of a list-style
 * table (a budget-system export) has no 主管部门, 实施单位 or 项目实施期 of its own to fill.
 * Those three describe the project rather than state its targets, and some provinces' layouts
 * have no place for them (the Hunan 申报表 has no 项目实施期, docs/layouts.md): where the form
 * has no label for one at all, it is not missing but absent by design (header.not-in-layout).
 */
interface Required {
  field: FieldSpec<FieldPath>;
  present: (form: FormContext) => boolean;
  inList?: false;
  layoutMayLack?: true;
}

const REQUIRED: readonly Required[] = [
  { field: FIELDS.name, present: ({ record }) => Boolean(record.name) },
  {
    field: FIELDS.department,
    present: ({ record }) => Boolean(record.department),
    inList: false,
    layoutMayLack: true,
  },
  {
    field: FIELDS.implementer,
    present: ({ record }) => Boolean(record.implementer),
    inList: false,
    layoutMayLack: true,
  },
  {
    field: FIELDS.period,
    present: ({ record }) => Boolean(record.period?.raw),
    inList: false,
    layoutMayLack: true,
  },
  {
    field: FIELDS.annualTotal,
    // A form with only one total column (实施期 only) counts that total.
    present: ({ record }) => Boolean((record.funding.annual ?? record.funding.period)?.raw.total),
  },
  { field: FIELDS.annualGoal, present: ({ record }) => Boolean(record.goals.annual) },
];

const headerMissing = createRule({
  meta: {
    code: "header.missing",
    severity: "error",
    description: {
      zh: "必填项（项目名称、主管部门、实施单位、项目实施期、年度金额、年度目标）缺失或为空。",
      en: "A required field is missing or blank.",
    },
    messages: {
      missing: { zh: "“{{label}}”未填写。", en: "The {{labelEn}} ({{label}}) is missing." },
    },
  },
  check(form, report) {
    const list = form.record.layout?.kind === "list";
    for (const required of REQUIRED) {
      const { field, present, inList } = required;
      if (list && inList === false) continue;
      if (!present(form) && !absentByDesign(form, required)) {
        report({
          cell: fieldCell(form, field.path),
          messageId: "missing",
          data: { label: field.label, labelEn: field.en },
        });
      }
    }
  },
});

/** A field the form has no label for, where a layout may leave it out (the record read no cell for it). */
function absentByDesign(form: FormContext, { field, layoutMayLack }: Required): boolean {
  return (
    layoutMayLack === true &&
    form.record.layout !== undefined &&
    form.record.cells[field.path] === undefined
  );
}

const notInLayout = createRule({
  meta: {
    code: "header.not-in-layout",
    severity: "info",
    description: {
      zh: "表式中没有主管部门、实施单位或项目实施期栏目，未检查这些项。",
      en: "The form's layout has no 主管部门, 实施单位 or 项目实施期 field, so they were not checked.",
    },
    messages: {
      absent: {
        zh: "此表式没有“{{labels}}”栏目，未检查是否填写。",
        en: "This layout has no {{labelsEn}} field ({{labels}}), so it was not checked.",
      },
    },
  },
  check(form, report) {
    if (form.record.layout?.kind !== "form") return;
    const absent = REQUIRED.filter((required) => absentByDesign(form, required)).map(
      ({ field }) => field
    );
    if (absent.length === 0) return;
    report({
      cell: cellA1(form.area.top, form.area.left),
      messageId: "absent",
      data: {
        labels: absent.map((field) => field.label).join("、"),
        labelsEn: absent.map((field) => field.en).join(", "),
      },
    });
  },
});

/** Template placeholders: ** , XX on its own (not inside a word like XXL), ××, …… . */
// No lookbehind: Excel 2019's EdgeHTML cannot parse it (docs/addin.md, "Which browsers, and what they need").
const PLACEHOLDER = /\*\*|(?:^|[^A-Za-z])[Xx]{2,}(?![A-Za-z])|××|……/;
/** Digits masked with asterisks by whoever published the form (139****8136): not a placeholder. */
const MASKED_DIGITS = /(\d)\*+(?=\d)/g;

const placeholder = createRule({
  meta: {
    code: "placeholder",
    severity: "error",
    description: {
      zh: "单元格中留有模板占位符（**、XX、××、……）。",
      en: "A template placeholder (**, XX, ××, ……) was left in a cell.",
    },
    messages: {
      placeholder: {
        zh: "单元格内容“{{text}}”含有未替换的模板占位符。",
        en: 'The cell "{{text}}" still holds a template placeholder.',
      },
    },
  },
  check(form, report) {
    const { area, grid } = form;
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        // Only text holds a placeholder (a number's or a boolean's text has none), and what the
        // pattern finds once masked digits are joined and the ends trimmed it finds in the cell
        // as it is: most cells are passed over after one test (docs/speed.md).
        const value = cellAt(grid, row, col);
        if (typeof value !== "string" || !PLACEHOLDER.test(value)) continue;
        const text = cellText(value);
        if (!PLACEHOLDER.test(text.replace(MASKED_DIGITS, "$1"))) continue;
        report({ cell: cellA1(row, col), messageId: "placeholder", data: { text } });
      }
    }
  },
});

const squash = (text: string) => text.replace(/\s/g, "");

const goalSameMultiYear = createRule({
  meta: {
    code: "goal.same-multi-year",
    severity: "warning",
    description: {
      zh: "跨年度项目的实施期目标与年度目标完全相同。",
      en: "A multi-year project's period goal equals its annual goal.",
    },
    messages: {
      same: {
        zh: "项目实施期跨年度（{{period}}），但年度目标与实施期目标相同：年度目标应写本年度要完成的部分。",
        en: "The project spans several years ({{period}}) but its annual goal repeats the period goal: state this year's part.",
      },
    },
  },
  check(form, report) {
    const { period, goals } = form.record;
    if (!period || !periodSpansYears(period) || !goals.period || !goals.annual) return;
    if (squash(goals.period) !== squash(goals.annual)) return;
    report({
      cell: fieldCell(form, "goals.annual"),
      messageId: "same",
      data: { period: period.raw },
    });
  },
});

export const headerRules: readonly Rule[] = [
  headerMissing,
  notInLayout,
  placeholder,
  goalSameMultiYear,
];
