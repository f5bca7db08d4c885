/**
 * What a WPS operation throws when the person must act (a sheet gone, fixes out of date): its
 * reason in both languages, as the .xlsx reader's WorkbookError carries it, so the pane and the
 * ribbon show it in the person's language (src/excel/errors.ts, errorText).
 */
export class WpsError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(zh);
    this.name = "WpsError";
  }
}
