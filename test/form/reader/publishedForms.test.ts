import { checkSheet } from "../../../src/form";
import { fixtureGrid, loadFixtures } from "../../support/formFixtures";
import { describePublishedForms } from "../../support/publishedFormsSuite";

/*
 * Published forms (and marked reconstructions) read as pasted text: pure, so the mutation run
 * (npm run mutate) holds the reader to them too. publishedFormsXlsx.test.ts reads them as .xlsx.
 */

describe("the fixtures themselves", () => {
  it("include at least ten real published forms, each with its source address", () => {
    const fixtures = loadFixtures();
    const real = fixtures.filter((f) => f.kind === "real");
    expect(real.length).toBeGreaterThanOrEqual(10);
    for (const fixture of real) expect(fixture.source).toMatch(/^https?:\/\//);
    for (const fixture of fixtures.filter((f) => f.kind !== "real"))
      expect(fixture.source).toBeNull();
  });
});

describePublishedForms("as pasted text", (fixture) => checkSheet(fixtureGrid(fixture)));
