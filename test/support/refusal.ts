import { WorkbookError } from "../../src/xlsx";

/** The reader's refusal of an input: the WorkbookError it throws, or a failure if it reads it. */
export function refusal(read: () => unknown): WorkbookError {
  try {
    read();
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error("read without complaint");
}
