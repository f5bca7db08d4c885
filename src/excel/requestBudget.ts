import { utf8Length } from "../form/utf8";

/**
 * Excel on the web refuses a request over 5 MB (docs/addin.md, "Sync budget"). The operations
 * send their writes (and a check its loads) in one batch; a batch that could pass the limit is
 * split, and only then. What an action adds to a request is estimated from sizes measured with
 * the emulator (test/excel/requestBudget.test.ts keeps the estimates above what is really sent).
 */
export const SPLIT_AT_BYTES = 4 * 1024 * 1024;

/** Bytes a text takes in a request: UTF-8, its quotes and escapes. */
export const textBytes = (text: string) => utf8Length(JSON.stringify(text));

export class RequestBudget {
  /**
   * When a list, every budget made pushes itself onto it: the bench compares what the budgets
   * estimated with the bytes the emulator measured (bench/excel.ts, "estimate over measured").
   */
  static observed: RequestBudget[] | null = null;
  private queued = 0;
  /** Everything reserved over the budget's life: the estimate of all it sent. */
  estimatedTotal = 0;

  constructor(private readonly context: Excel.RequestContext) {
    RequestBudget.observed?.push(this);
  }

  /** Bytes reserved since the last sync: 0 when nothing waits to be sent. */
  get reserved(): number {
    return this.queued;
  }

  /** Before queueing about `bytes` more: send what is queued first if the two would pass the limit. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > SPLIT_AT_BYTES) {
      await this.context.sync();
      this.queued = 0;
    }
    this.queued += bytes;
    this.estimatedTotal += bytes;
  }
}
