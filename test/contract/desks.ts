import type { PaneActions } from "../../src/taskpane/actions";
import { excelActions } from "../../src/taskpane/excelActions";
import { wpsActions } from "../../src/taskpane/wpsActions";
import { wpsHost } from "../../src/wps/operations";
import { FakeEt } from "../../src/emulator/wps/fakeEt";
import { installHost } from "../excel/host";

/*
 * The two hosts of the contract suite (docs/wps.md, "Tests"): the pane's seam (PaneActions) over
 * Excel (the genuine Office.js library on the emulator) and over WPS 表格 (the fake object model),
 * with what a person does outside the add-in. A contract test runs the same steps on both.
 */
export interface Desk {
  actions: PaneActions;
  /** A person typing into a cell, outside the add-in. */
  type(sheet: string, cell: string, value: string): void;
  /** The workbook's sheets a person sees, in order. */
  sheetNames(): string[];
  /** The pane loaded again over the same workbook (a reload, a reopen): a fresh seam. */
  reload(): PaneActions;
}

export const HOSTS: Record<"Excel" | "WPS", () => Desk> = {
  Excel: () => {
    const host = installHost(undefined, ["Sheet1"]);
    return {
      actions: excelActions(),
      type: (sheet, cell, value) => host.workbook.typeValues(sheet, cell, [[value]]),
      sheetNames: () =>
        host.workbook.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name),
      reload: () => excelActions(),
    };
  },
  WPS: () => {
    const et = new FakeEt();
    return {
      actions: wpsActions(wpsHost(et.application)),
      type: (sheet, cell, value) => et.type(sheet, cell, value),
      sheetNames: () => et.sheets.filter((s) => s.visible !== 2).map((s) => s.name),
      reload: () => wpsActions(wpsHost(et.application)),
    };
  },
};
