/** An error as Excel returns it: the library raises it as OfficeExtension.Error with this code. */
export class ExcelError extends Error {
  constructor(
    readonly code:
      "InvalidArgument" | "ItemNotFound" | "ItemAlreadyExists" | "ApiNotFound" | "InvalidOperation",
    message: string,
    readonly httpStatus = 400
  ) {
    super(message);
  }
}
