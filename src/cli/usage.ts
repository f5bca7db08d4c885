/**
 * A mistake in how the command was called, found before any work (an output that is an input,
 * exists without --force, or is no .xlsx name): shown as one line, exit 2. Commander reports the
 * mistakes it finds itself (unknown options, missing arguments).
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
