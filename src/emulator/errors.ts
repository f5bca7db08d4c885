/** The codes Excel answers with (Excel.ErrorCodes) that the emulator uses. */
export type ExcelErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "ApiNotFound"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

/** An error as Excel returns it: the library raises it as OfficeExtension.Error with this code. */
export class ExcelError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
    readonly httpStatus = 400
  ) {
    super(message);
  }
}

export const invalidArgument = (
  message = "The argument is invalid or missing or has an incorrect format."
) => new ExcelError("InvalidArgument", message);

export const itemNotFound = () =>
  new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);

export const itemExists = () =>
  new ExcelError(
    "ItemAlreadyExists",
    "A resource with the same name or identifier already exists."
  );

export const invalidOperation = (message: string) => new ExcelError("InvalidOperation", message);

/** Something Excel has that the emulator does not: said plainly, never a silent wrong answer. */
export const notEmulated = (what: string) =>
  new ExcelError("ApiNotFound", `The emulator does not provide ${what} (docs/emulator.md).`, 404);

/** Excel's answer where it fails without saying why (office-js #6827 is one). */
export const generalException = () =>
  new ExcelError(
    "GeneralException",
    "There was an internal error while processing the request.",
    500
  );
