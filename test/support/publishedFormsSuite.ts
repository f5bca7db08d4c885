import type { checkSheet } from "../../src/form";
import { loadFixtures, scoreFixture, type FormFixture, type Score } from "./formFixtures";

/*
 * The published-forms suite, one per way of reading them (as pasted text, as .xlsx): every
 * expectation a fixture states is one check; the reader must meet at least 95% of them and raise
 * no error on a form expected to be clean. docs/layouts.md describes the layouts.
 */

type SheetResult = ReturnType<typeof checkSheet>;

const total = (scores: Score[]) =>
  scores.reduce((sum, s) => ({ met: sum.met + s.met, total: sum.total + s.total }), {
    met: 0,
    total: 0,
  });

export function describePublishedForms(
  how: string,
  read: (fixture: FormFixture) => SheetResult | Promise<SheetResult>
): void {
  const fixtures = loadFixtures();

  describe(`published forms read ${how}`, () => {
    const scores = new Map<string, Score>();

    it.each(fixtures.map((f) => [f.id, f] as const))("%s", async (_id, fixture) => {
      const score = scoreFixture(fixture, await read(fixture));
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
}
