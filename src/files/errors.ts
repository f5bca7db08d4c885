/** A file that cannot be opened, read or written: shown as one line, never as a stack trace. */
export class InputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "InputError";
  }
}
