import { join } from "node:path";
import { checkSheet } from "../../../src/form";
import { loadGrids } from "../../../src/files/load";
import type { FormFixture } from "../../support/formFixtures";
import { describePublishedForms } from "../../support/publishedFormsSuite";

/*
 * Published forms as LibreOffice saves them (test/fixtures/xlsx/libreoffice-published, made by
 * test/fixtures/xlsx/make.ts): its own styles, shared strings and merges, read through the file
 * adapter against the same expectations as pasted text. Every fixture must have its copy.
 */

const PUBLISHED = join(__dirname, "../../fixtures/xlsx/libreoffice-published");

describePublishedForms("as .xlsx saved by LibreOffice", async (fixture: FormFixture) => {
  const [grid] = await loadGrids(join(PUBLISHED, `${fixture.id}.xlsx`));
  return checkSheet(grid);
});
