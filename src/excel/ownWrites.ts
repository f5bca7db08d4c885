/**
 * Which worksheet changes the add-in made itself, where Excel cannot say (docs/addin.md, "Live
 * check"). From ExcelApi 1.14 a change event carries `triggerSource`; before it, a change that
 * arrives while one of our operations runs, or within a short grace after it (Excel raises the
 * event after the batch that made the change), is taken as ours. The grace is a guess no
 * reference documents; a person's edit inside it is seen at their next edit.
 */
export const OWN_EVENT_GRACE_MS = 250;

/** One counter per page: Excel.run and the events it raises are the page's too. */
const writes = { running: 0, lastEnded: Number.NEGATIVE_INFINITY };

/** Run an operation of ours, so the changes it makes are known as ours. */
export async function asOwnWrite<T>(operation: () => Promise<T>): Promise<T> {
  writes.running++;
  try {
    return await operation();
  } finally {
    writes.running--;
    writes.lastEnded = Date.now();
  }
}

/** Whether a change arriving now comes from our own operation (for hosts below ExcelApi 1.14). */
export const duringOwnWrite = (now = Date.now()) =>
  writes.running > 0 || now - writes.lastEnded < OWN_EVENT_GRACE_MS;
