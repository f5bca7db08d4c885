/**
 * Queue a read for each item and sync, in one request whenever Excel can answer it in one. Excel
 * on the web refuses a response over 5 MB (docs/addin.md, "Sync budget"), and how much a sheet
 * holds is not known before it is read: when the answer is too big, the items are read again in
 * two halves, and so on, so a workbook of normal size still costs one sync. A read changes
 * nothing, so a refused one can simply be asked again. `alongside` queues what every request of
 * the read carries besides the items (a refused request loaded none of it): the last one queued
 * is the one answered.
 */
export async function readInParts<T, R>(
  context: Excel.RequestContext,
  items: T[],
  queue: (item: T) => R,
  alongside?: () => void
): Promise<R[]> {
  alongside?.();
  const pending = items.map(queue);
  try {
    await context.sync();
    return pending;
  } catch (error) {
    if (items.length < 2 || !responseTooBig(error)) throw error;
    const half = Math.ceil(items.length / 2);
    const first = await readInParts(context, items.slice(0, half), queue, alongside);
    return [...first, ...(await readInParts(context, items.slice(half), queue, alongside))];
  }
}

const responseTooBig = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
