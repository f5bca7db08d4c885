import { join } from "node:path";
import { checkWorkbook, clearMarks, mergeIntoSummary } from "../../src/excel";
import { seedFromXlsx } from "../../src/emulator";
import { HOSTS, installHost } from "./host";
import { workbookState } from "./state";
import { marksOn } from "./workbook";

/**
 * Workbooks the add-in did not make: the sample's forms saved by LibreOffice (their own styles,
 * shared strings and number formats; see test/fixtures/xlsx/README.md), checked, cleared and
 * merged as well as the add-in's own.
 */
const FIXTURES = join(__dirname, "../fixtures/xlsx");

describe.each(HOSTS)("a LibreOffice-made workbook on $name", ({ requirementSets }) => {
  it.each(["libreoffice-forms.xlsx", "libreoffice-sample-text.xlsx"])(
    "%s goes through check, clear and merge",
    async (file) => {
      const host = installHost(requirementSets, []);
      await seedFromXlsx(host.workbook, join(FIXTURES, file));
      const before = JSON.stringify(workbookState(host.workbook));
      const { report, marked } = await checkWorkbook();
      expect(report.summary.forms).toBe(5);
      const totals = report.files[0].forms.map((f) => f.record.funding.annual?.total);
      expect(totals).toEqual(["11.46", "216.1", "6.8", "393.2", "400"]);
      expect(marked).toBeGreaterThan(0);
      const marks = host.workbook.sheets.flatMap((s) => marksOn(host.workbook, s.name));
      expect(marks).toHaveLength(marked);
      await clearMarks();
      expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
      const merged = await mergeIntoSummary();
      expect(merged.forms).toBe(5);
    }
  );
});
