import { checkSheet, watchChanges, type ChangeListener } from "../../src/excel";
import { OWN_EVENT_GRACE_MS } from "../../src/excel/ownWrites";
import { createEmulatedExcel } from "../../src/emulator";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost, useHost } from "./host";
import { seedGrid } from "./workbook";

// The timers' clock, not the wall's: the grace for our own writes is a time window, and a busy
// machine must not stretch it (each test installs fake timers before it builds its Excel).
const wait = (ms: number) => jest.advanceTimersByTimeAsync(ms);
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function listen() {
  const changed: string[] = [];
  const failed: string[] = [];
  const listener: ChangeListener = {
    changed: (name) => void changed.push(name),
    failed: (error) => void failed.push(error.text("en")),
  };
  return { changed, failed, listener };
}

/** Below 1.14 the event cannot say who made a change; 1.10 and 1.13 have comments as marks. */
const EVENT_HOSTS = [
  ...HOSTS,
  { name: "ExcelApi 1.10", requirementSets: { ExcelApi: "1.10" } },
] as const;

describe.each(EVENT_HOSTS)("watchChanges on $name", ({ requirementSets }) => {
  it("calls back with the changed sheet's name (not its id) until it is stopped", async () => {
    const host = installHost(requirementSets, ["表1", "表2"]);
    const { changed, failed, listener } = listen();
    const stop = await watchChanges(listener);
    expect(stop).not.toBeNull();
    await wait(OWN_EVENT_GRACE_MS + 20);
    host.workbook.typeValues("表2", "B3", [["改了"]]);
    await wait(20);
    host.workbook.sheet("表2")!.name = "改名后";
    host.workbook.typeValues("改名后", "B4", [["又改了"]]);
    await wait(20);
    expect(changed).toEqual(["表2", "改名后"]);
    await stop!();
    host.workbook.typeValues("表1", "A1", [["停了"]]);
    await wait(20);
    expect(changed).toHaveLength(2);
    expect(failed).toEqual([]);
  });

  it.each([false, true])(
    "does not hear the marks its own check writes (format change events: %s)",
    async (formatChangeEvents) => {
      const host = useHost(
        createEmulatedExcel({ sheets: ["sample"], requirementSets, formatChangeEvents })
      );
      seedGrid(host.workbook, sampleGrid());
      const { changed, listener } = listen();
      await watchChanges(listener);
      const { marked } = await checkSheet("sample");
      expect(marked).toBeGreaterThan(0);
      await wait(OWN_EVENT_GRACE_MS + 50);
      expect(changed).toEqual([]);
    }
  );

  it("hears a person's comment as a change of its sheet where the host has comments", async () => {
    const host = installHost(requirementSets, ["表1"]);
    const { changed, listener } = listen();
    await watchChanges(listener);
    await wait(OWN_EVENT_GRACE_MS + 20);
    // Another frame (a colleague's add-in, the preview's grid) is not this add-in.
    const other = createEmulatedExcel({ workbook: host.workbook, requirementSets });
    const hasComments = other.Office.context.requirements.isSetSupported("ExcelApi", "1.10");
    if (!hasComments) return;
    await other.Excel.run(async (context) => {
      context.workbook.comments.add("表1!C3", "请核对");
      await context.sync();
    });
    await wait(50);
    expect(changed).toEqual(["表1"]);
  });
});
