import { TextDecoder, TextEncoder } from "node:util";
import { createEmulatedExcel } from "../../src/emulator";
import type { GridSnapshot } from "../../src/form/grid";
import { gridFromPlan } from "../../src/form/gridFromPlan";
import { templatePlan } from "../../src/form/templatePlan";
import { mountPane } from "../../src/taskpane/app";
import { excelActions } from "../../src/taskpane/excelActions";
import { useHost } from "../excel/host";
import { seedGrid } from "../excel/workbook";
import { environment, settle } from "./fakes";

// The pane in jsdom over the emulated Excel, as a person meets it (a test file in jsdom imports
// this). jsdom leaves out what the emulator's Node sandbox needs; Node has them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

/** The template of 2025 filled in completely and correctly, on a sheet of the given name. */
export function cleanForm(sheet: string): GridSnapshot {
  const grid = { ...gridFromPlan(templatePlan({ year: 2025 })), sheet };
  const typed: [string, string][] = [
    ["B4", "道路养护"],
    ["E4", "2025年1月至12月"],
    ["B5", "某区交通局"],
    ["E5", "某区公路站"],
    ["C6", "100"],
    ["C7", "100"],
    ["E6", "100"],
    ["E7", "100"],
    ["B10", "完成道路养护"],
    ["D10", "完成道路养护"],
    ["C12", "公路养护里程"],
    ["E12", "≥20公里"],
    ["C13", "养护桥梁数"],
    ["E13", "≥3座"],
    ["C14", "养护合格率"],
    ["E14", "≥95%"],
    ["C15", "完成时间"],
    ["E15", "≤12月"],
    ["C16", "养护成本"],
    ["E16", "≤100万元"],
    ["C17", "道路通行状况"],
    ["E17", "明显改善"],
    ["C18", "道路使用年限"],
    ["E18", "≥10年"],
    ["C19", "群众满意度"],
    ["E19", "≥90%"],
  ];
  const values = grid.values.map((row) => [...row]);
  for (const [address, text] of typed) {
    const row = Number(address.slice(1)) - 1;
    values[row][address.charCodeAt(0) - 65] = text;
  }
  return { ...grid, values };
}

/**
 * The pane opened over a workbook holding these sheets' grids (and an empty Sheet1, unless the
 * emulator's options name other sheets), the sheets live check checks listed in `checked`.
 */
export function open(
  grids: GridSnapshot[],
  excel: Parameters<typeof createEmulatedExcel>[0] = { sheets: ["Sheet1"] }
) {
  const host = useHost(createEmulatedExcel(excel));
  for (const grid of grids) seedGrid(host.workbook, grid);
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  const actions = excelActions();
  const checked: (string | undefined)[] = [];
  const checkSheet = actions.checkSheet;
  actions.checkSheet = (sheet, options) => {
    checked.push(sheet);
    return checkSheet(sheet, options);
  };
  const pane = mountPane(root, actions, environment());
  return { root, pane, host, checked };
}

export const $ = (root: HTMLElement, selector: string) =>
  root.querySelector<HTMLElement>(selector)!;
export const $$ = (root: HTMLElement, selector: string) => [
  ...root.querySelectorAll<HTMLElement>(selector),
];

/** The person presses a button (by its id) and waits until the pane is no longer busy. */
export async function press(
  root: HTMLElement,
  pane: ReturnType<typeof open>["pane"],
  button: string | HTMLElement
) {
  (typeof button === "string" ? $(root, `#${button}`) : button).click();
  do await settle();
  while (pane.state.busy);
}

export async function choose(root: HTMLElement, id: string, value: string) {
  const select = $(root, `#${id}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event("change"));
  await settle();
}
