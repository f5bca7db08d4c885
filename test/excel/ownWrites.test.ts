import { asOwnWrite, duringOwnWrite, OWN_EVENT_GRACE_MS } from "../../src/excel/ownWrites";

/*
 * Below ExcelApi 1.14 a change event is the add-in's own while one of its operations runs and for
 * the grace after the last one ends (src/excel/ownWrites.ts), to the millisecond.
 */
// The timers' clock, so that no millisecond passes between an operation's end and the reading.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it("counts a change as ours while an operation runs, and for the grace after the last one ends", async () => {
  const order: boolean[] = [];
  let release!: () => void;
  const held = asOwnWrite(() => new Promise<void>((resolve) => (release = resolve)));
  // Long after the last end, but an operation is still running.
  order.push(duringOwnWrite(Date.now() + 10 * OWN_EVENT_GRACE_MS));
  const inner = await asOwnWrite(async () => "done");
  expect(inner).toBe("done");
  // One of two operations ended; the other still runs.
  order.push(duringOwnWrite(Date.now() + 10 * OWN_EVENT_GRACE_MS));
  release();
  await held;
  const ended = Date.now();
  order.push(
    duringOwnWrite(ended + OWN_EVENT_GRACE_MS - 1),
    duringOwnWrite(ended + OWN_EVENT_GRACE_MS)
  );
  expect(order).toEqual([true, true, true, false]);
});

it("ends an operation that fails as well, passing its error on", async () => {
  await expect(
    asOwnWrite(async () => {
      throw new Error("Excel refused");
    })
  ).rejects.toThrow("Excel refused");
  const ended = Date.now();
  expect(duringOwnWrite(ended + OWN_EVENT_GRACE_MS + 1)).toBe(false);
  expect(duringOwnWrite(ended)).toBe(true);
});
