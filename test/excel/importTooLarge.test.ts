import { importWorkbooks, MAX_IMPORT_BYTES } from "../../src/excel";
import { installHost } from "./host";
import { workbookState } from "./state";

// A file too big for Excel on the web's request (docs/addin.md, "Import") is refused before it is
// read, with its size and the limit in both languages, and the workbook is left as it was.

it("refuses a 4 MB workbook by its size and the 3.5 MB limit, reading nothing and inserting nothing", async () => {
  const host = installHost(undefined, ["项目表"]);
  const before = JSON.stringify(workbookState(host.workbook));
  const big = { name: "全市汇总.xlsx", bytes: new Uint8Array(4 * 1024 * 1024) };
  const read: string[] = [];
  const [outcome] = await importWorkbooks([big], {
    readGrids: (_bytes, name) => {
      read.push(name);
      return [];
    },
  });
  expect(outcome).toEqual({
    file: "全市汇总.xlsx",
    inserted: false,
    sheets: [],
    reason: {
      zh: "“全市汇总.xlsx”有 4.0 MB，超过 3.5 MB 的导入上限。",
      en: '"全市汇总.xlsx" is 4.0 MB, over the 3.5 MB import limit.',
    },
  });
  expect(read).toEqual([]);
  expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  // A file of exactly the limit is read.
  await importWorkbooks([{ name: "刚好.xlsx", bytes: new Uint8Array(MAX_IMPORT_BYTES) }], {
    readGrids: (_bytes, name) => {
      read.push(name);
      return [];
    },
  });
  expect(read).toEqual(["刚好.xlsx"]);
});
