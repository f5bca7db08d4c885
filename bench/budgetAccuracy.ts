/**
 * How close src/excel/requestBudget.ts's estimates come to the bytes really sent: every request
 * the emulator receives is paired with what the operation's budgets reserved since the request
 * before it (a budget's reservations go out in the next request). Requests no budget sized (the
 * sheet list, the reads) are left out.
 */
import { RequestBudget } from "../src/excel/requestBudget";

export interface BudgetPair {
  estimated: number;
  measured: number;
}

/** Watch the budgets made while `run` runs; `onRequest` must be the emulator's (EmulatorOptions). */
export function budgetWatch() {
  const pairs: BudgetPair[] = [];
  let seen = new Map<RequestBudget, number>();
  const onRequest = (bytes: number) => {
    let estimated = 0;
    for (const budget of RequestBudget.observed ?? []) {
      estimated += budget.estimatedTotal - (seen.get(budget) ?? 0);
      seen.set(budget, budget.estimatedTotal);
    }
    if (estimated > 0) pairs.push({ estimated, measured: bytes });
  };
  async function during<T>(run: () => Promise<T>): Promise<{ result: T; pairs: BudgetPair[] }> {
    RequestBudget.observed = [];
    seen = new Map();
    pairs.length = 0;
    try {
      const result = await run();
      return { result, pairs: [...pairs] };
    } finally {
      RequestBudget.observed = null;
    }
  }
  return { onRequest, during };
}

/** The largest request's estimate over its bytes: the one that decides a split. */
export function estimateOverMeasured(pairs: BudgetPair[]): number | undefined {
  const largest = pairs.reduce<BudgetPair | undefined>(
    (best, pair) => (best && best.measured >= pair.measured ? best : pair),
    undefined
  );
  return largest && Number((largest.estimated / largest.measured).toFixed(2));
}
