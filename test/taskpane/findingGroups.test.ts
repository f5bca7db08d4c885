import type { CellValue, GridSnapshot } from "../../src/form/grid";
import { gridFromPlan } from "../../src/form/gridFromPlan";
import { buildReport, checkFile } from "../../src/form/report";
import { templatePlan } from "../../src/form/templatePlan";
import { findingGroups } from "../../src/taskpane/findingGroups";

/** A template with one value typed in, so it is no blank form but still has no 项目名称. */
function namelessForm(): GridSnapshot {
  const grid = gridFromPlan(templatePlan({ year: 2025 }));
  (grid.values as CellValue[][])[11][2] = "养护里程";
  return grid;
}

describe("the findings list's groups", () => {
  it.each([
    ["zh", "（未填项目名称）"],
    ["en", "(no project name yet)"],
  ] as const)(
    "name a form found without its 项目名称 as such, not as no form (%s)",
    (locale, name) => {
      const report = buildReport([checkFile("单位.xlsx", [namelessForm()])]);
      const [group] = findingGroups(report, locale);
      expect(report.files[0].forms).toHaveLength(1);
      expect(group.title).toContain(name);
      expect(group.findings.some((f) => f.cell === "B4")).toBe(true);
    }
  );
});
