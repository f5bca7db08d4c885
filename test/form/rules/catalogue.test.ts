import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogue } from "../../../src/form/catalogue";
import { rulesMarkdown } from "../../../src/form/rulesPage";

/** The codes the catalogue promises (docs/rules.md): each implemented, none ever dropped. */
const DOMAIN_CODES = [
  "header.missing",
  "placeholder",
  "goal.same-multi-year",
  "period.unparseable",
  "period.reversed",
  "period.outside-year",
  "funding.not-number",
  "funding.negative",
  "funding.sum",
  "funding.annual-exceeds-period",
  "funding.single-year",
  "funding.period-missing",
  "funding.precision",
  "indicator.level1-unknown",
  "indicator.level2-unknown",
  "indicator.level2-misplaced",
  "indicator.level1-missing",
  "indicator.cost-missing",
  "indicator.name-missing",
  "indicator.value-missing",
  "indicator.empty-row",
  "indicator.duplicate",
  "value.operator-ascii",
  "value.operator-missing",
  "value.unit-missing",
  "value.percent-range",
  "value.percent-ceiling",
  "value.satisfaction",
  "value.cost-not-amount",
  "value.cost-exceeds-budget",
  "value.qualitative-output",
];

describe("the rule catalogue", () => {
  const codes = catalogue.map((meta) => meta.code);

  it("implements every promised code, each once", () => {
    for (const code of DOMAIN_CODES) expect(codes.filter((c) => c === code)).toEqual([code]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(catalogue.map((meta) => [meta.code, meta] as const))(
    "%s has zh and en text with matching placeholders",
    (_code, meta) => {
      expect(meta.description.zh && meta.description.en).toBeTruthy();
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      const names = (text: string) =>
        [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1].replace(/En$/, "")).sort();
      for (const message of Object.values(meta.messages)) {
        expect(message.zh && message.en).toBeTruthy();
        expect([...new Set(names(message.en))]).toEqual([...new Set(names(message.zh))]);
      }
      if (meta.practice) expect(meta.severity).not.toBe("error");
    }
  );

  it("matches the committed docs/rules.md (run `npm run docs` after changing a rule)", () => {
    const committed = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");
    expect(committed).toBe(rulesMarkdown(catalogue));
  });
});
