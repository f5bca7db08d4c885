import { checkSheet } from "../../../src/form";
import { loadGrids } from "../../../src/files/load";
import { writeWorkbook } from "../../../src/files/xlsxWrite";
import { fixturePlan, type FormFixture } from "../../support/formFixtures";
import { describePublishedForms } from "../../support/publishedFormsSuite";
import { tempDir } from "../../support/tmp";

/*
 * Published forms written as the template's .xlsx and read back through the file adapter: the same
 * expectations as pasted text (publishedForms.test.ts). Left out of the mutation run, being seconds.
 */

const tmp = tempDir();

describePublishedForms("as .xlsx", async (fixture: FormFixture) => {
  const path = tmp.path(`${fixture.id}.xlsx`);
  await writeWorkbook(path, [fixturePlan(fixture)]);
  const [grid] = await loadGrids(path);
  return checkSheet(grid);
});
