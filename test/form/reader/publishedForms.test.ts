import { checkSheet } from "../../../src/form";
import { loadGrids } from "../../../src/files/load";
import { writeWorkbook } from "../../../src/files/xlsxWrite";
import {
  fixtureGrid,
  fixturePlan,
  loadFixtures,
  scoreFixture,
  type FormFixture,
  type Score,
} from "../../support/formFixtures";
import { tempDir } from "../../support/tmp";

/*
 * Published forms (and marked reconstructions) as text and as .xlsx: every expectation a fixture
 * states is one check; the reader must meet at least 95% of them and raise no error on a form
 * expected to be clean. docs/layouts.md describes the layouts.
 */

const fixtures = loadFixtures();
const tmp = tempDir();

const total = (scores: Score[]) =>
  scores.reduce((sum, s) => ({ met: sum.met + s.met, total: sum.total + s.total }), {
    met: 0,
    total: 0,
  });

async function readAsXlsx(fixture: FormFixture) {
  const path = tmp.path(`${fixture.id}.xlsx`);
  await writeWorkbook(path, [fixturePlan(fixture)]);
  const [grid] = await loadGrids(path);
  return checkSheet(grid);
}

describe("the fixtures themselves", () => {
  it("include at least ten real published forms, each with its source address", () => {
    const real = fixtures.filter((f) => f.kind === "real");
    expect(real.length).toBeGreaterThanOrEqual(10);
    for (const fixture of real) expect(fixture.source).toMatch(/^https?:\/\//);
    for (const fixture of fixtures.filter((f) => f.kind !== "real"))
      expect(fixture.source).toBeNull();
  });
});

describe.each([
  ["as pasted text", async (fixture: FormFixture) => checkSheet(fixtureGrid(fixture))],
  ["as .xlsx", readAsXlsx],
])("published forms read %s", (_how, read) => {
  const scores = new Map<string, Score>();

  it.each(fixtures.map((f) => [f.id, f] as const))("%s", async (_id, fixture) => {
    const result = await read(fixture);
    const score = scoreFixture(fixture, result);
    scores.set(fixture.id, score);
    expect(score.misses).toEqual([]);
  });

  it("meets at least 95% of the expectations, with no error on a form expected clean", () => {
    const all = total([...scores.values()]);
    expect(scores.size).toBe(fixtures.length);
    expect(all.met / all.total).toBeGreaterThanOrEqual(0.95);
    const falseErrors = [...scores.entries()].filter(([id, score]) => {
      const fixture = fixtures.find((f) => f.id === id)!;
      return fixture.expect.forms.some(
        (form, index) =>
          form.errors.length === 0 &&
          score.misses.some((m) => m.startsWith(`form ${index + 1} no other error`))
      );
    });
    expect(falseErrors.map(([id]) => id)).toEqual([]);
  });
});
