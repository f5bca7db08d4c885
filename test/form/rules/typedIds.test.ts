import { FIELD_PATHS } from "../../../src/form/template";
import { createRule, fieldCell } from "../../../src/form/rules/rule";
import { formContext, sampleRecord } from "../../support/forms";
import { runRule } from "../../support/rules";

/*
 * Message ids and field paths are types: the lines marked @ts-expect-error must not compile
 * (npm test type-checks this file; an unused @ts-expect-error is itself an error).
 */

const meta = {
  code: "test.typed",
  severity: "warning" as const,
  description: { zh: "测试", en: "test" },
  messages: { found: { zh: "在 {{cell}}", en: "at {{cell}}" } },
};

describe("typed message ids", () => {
  it("accept the ids the meta defines, and only those", () => {
    const rule = createRule({
      meta,
      check(form, report) {
        report({ cell: "B4", messageId: "found", data: { cell: "B4" } });
        if (form.record.name === "never")
          // @ts-expect-error: "fonud" is not one of the rule's message ids
          report({ cell: "B4", messageId: "fonud" });
      },
    });
    const [finding] = runRule(rule, formContext(sampleRecord()));
    expect(finding).toMatchObject({ messageId: "found", message: "在 B4", messageEn: "at B4" });
  });
});

describe("field paths", () => {
  it("come from the template's description, so a misspelt path does not compile", () => {
    const form = formContext(sampleRecord());
    expect(fieldCell(form, "funding.annual.total")).toBe("E6");
    // @ts-expect-error: there is no field "funding.anual.total"
    expect(fieldCell(form, "funding.anual.total")).toBe("A1");
    expect(FIELD_PATHS).toEqual(expect.arrayContaining(Object.keys(sampleRecord().cells)));
    expect(FIELD_PATHS).toHaveLength(new Set(FIELD_PATHS).size);
  });
});
