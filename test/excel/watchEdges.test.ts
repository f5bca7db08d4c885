import { checkSheet, watchChanges, type ChangeListener } from "../../src/excel";
import { OWN_EVENT_GRACE_MS } from "../../src/excel/ownWrites";
import { ExcelError } from "../../src/emulator/errors";
import { sampleGrid } from "../support/sampleGrid";
import { installHost } from "./host";
import { seedGrid } from "./workbook";

/*
 * Live check's edges (docs/addin.md, "Live check"): a host without change events, a person typing
 * right after the add-in's own check, a sheet deleted before its name is read, and Excel failing
 * to say which sheet changed.
 */
const wait = (ms: number) => jest.advanceTimersByTimeAsync(ms);
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function listen() {
  const changed: string[] = [];
  const failed: { zh: string; en: string }[] = [];
  const listener: ChangeListener = {
    changed: (name) => void changed.push(name),
    failed: (error) => void failed.push({ zh: error.text("zh"), en: error.text("en") }),
  };
  return { changed, failed, listener };
}

it("offers nothing to watch where Excel has no change events (ExcelApi 1.6)", async () => {
  const host = installHost({ ExcelApi: "1.6" }, ["表1"]);
  const { changed, listener } = listen();
  const syncs = host.stats.syncs;
  expect(await watchChanges(listener)).toBeNull();
  expect(host.stats.syncs).toBe(syncs);
  host.workbook.typeValues("表1", "A1", [["改了"]]);
  await wait(OWN_EVENT_GRACE_MS + 20);
  expect(changed).toEqual([]);
});

describe.each([
  { name: "the newest Excel, whose events name their source", sets: undefined, heard: ["sample"] },
  { name: "ExcelApi 1.13, which goes by the time", sets: { ExcelApi: "1.13" }, heard: [] },
])("a person typing just after the add-in's own check, on $name", ({ sets, heard }) => {
  it("is heard only where Excel can tell the two apart", async () => {
    const host = installHost(sets, ["sample"]);
    seedGrid(host.workbook, sampleGrid());
    const { changed, failed, listener } = listen();
    await watchChanges(listener);
    await checkSheet("sample");
    host.workbook.typeValues("sample", "B4", [["改名的项目"]]);
    await wait(OWN_EVENT_GRACE_MS + 50);
    expect(changed).toEqual(heard);
    expect(failed).toEqual([]);
  });
});

describe("a change whose sheet cannot be named", () => {
  it("says nothing of a sheet deleted before its name was read", async () => {
    const host = installHost(undefined, ["表1", "表2"]);
    const { changed, failed, listener } = listen();
    await watchChanges(listener);
    await wait(OWN_EVENT_GRACE_MS + 20);
    host.workbook.typeValues("表2", "A1", [["改了"]]);
    host.workbook.removeSheet(host.workbook.sheet("表2")!);
    await wait(50);
    expect(changed).toEqual([]);
    expect(failed).toEqual([]);
  });

  it("tells the pane live check failed, in both languages, when Excel cannot answer", async () => {
    const host = installHost({ ExcelApi: "1.13" }, ["表1"]);
    const { changed, failed, listener } = listen();
    await watchChanges(listener);
    await wait(OWN_EVENT_GRACE_MS + 20);
    host.workbook.sheetById = () => {
      throw new ExcelError("GeneralException", "Excel is busy");
    };
    host.workbook.typeValues("表1", "A1", [["改了"]]);
    await wait(50);
    expect(changed).toEqual([]);
    expect(failed).toHaveLength(1);
    expect(failed[0].zh).toMatch(/^校验失败：/);
    expect(failed[0].en).toMatch(/^Checking failed: /);
  });
});
