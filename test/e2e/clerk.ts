import type { Page } from "playwright-core";
import { typeInto } from "../../scripts/preview/browser";

/**
 * A clerk fills a freshly inserted template of the year, cell by cell as a person types: one
 * project with its money, goals and one indicator whose value lacks its operator's form (>=).
 */
export async function fillTrainingForm(page: Page, year: number): Promise<void> {
  const typed: [string, string][] = [
    ["B4", "职工培训经费"],
    ["E4", `${year}年1月至12月`],
    ["B5", "测试局"],
    ["E5", "测试中心"],
    ["C6", "10"],
    ["E6", "10"],
    ["C7", "10"],
    ["E7", "10"],
    ["B10", "完成全年培训"],
    ["D10", "完成全年培训"],
    ["C12", "培训次数"],
    ["E12", ">=5次"],
  ];
  for (const [address, text] of typed) await typeInto(page, address, text);
}
