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

describe("a published form whose halves name no period", () => {
  it("reads 东莞's indicators from the 年度 half on the right (二级, 三级 and 计划指标值 in F:H)", () => {
    const fixture = loadFixtures().find((f) => f.id === "dongguan-2019-road-approval")!;
    const [form] = checkSheet(fixtureGrid(fixture)).forms;
    expect(
      form.record.indicators.map(({ cells }) => [cells.level2, cells.name, cells.value])
    ).toEqual([8, 9, 10, 11, 12].map((row) => [`F${row}`, `G${row}`, `H${row}`]));
  });
});
