/**
 * @jest-environment jsdom
 */
import { TextDecoder, TextEncoder } from "node:util";
import { AddinError } from "../../src/excel/errors";
import type { ChangeListener, CheckResult } from "../../src/excel";
import { OWN_EVENT_GRACE_MS } from "../../src/excel/ownWrites";
import { mountPane } from "../../src/taskpane/app";
import { startLiveCheck, stopLiveCheck } from "../../src/taskpane/liveCheck";
import { sampleGrid } from "../support/sampleGrid";
import { marksOn } from "../excel/workbook";
import { checkOutcome } from "../../src/excel/messages";
import { open } from "./emulatedPane";
import { checkResultOf, environment, fakeActions } from "./fakes";

// jsdom leaves out what the emulator's Node sandbox needs; Node has them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function mountWith(actions: ReturnType<typeof fakeActions>["actions"]) {
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  return mountPane(root, actions, environment());
}

/** Fake actions whose checks wait until the test lets them finish, and whose watcher it drives. */
function heldChecks() {
  const fakes = fakeActions();
  const listener: { current?: ChangeListener } = {};
  const releases: (() => void)[] = [];
  fakes.actions.watchChanges = async (l) => {
    listener.current = l;
    return async () => undefined;
  };
  const locales: (string | undefined)[] = [];
  fakes.actions.checkSheet = (sheet, options) => {
    fakes.calls.push({ name: "checkSheet", args: [sheet] });
    locales.push(options?.locale);
    return new Promise<CheckResult>((resolve) => releases.push(() => resolve(checkResultOf())));
  };
  const checks = () => fakes.calls.filter((c) => c.name === "checkSheet").map((c) => c.args[0]);
  return { ...fakes, listener, releases, checks, locales };
}

describe.each([
  { name: "Excel 2019 (1.8), format changes heard", sets: { ExcelApi: "1.8" }, formats: true },
  {
    name: "ExcelApi 1.10 (comments, no triggerSource)",
    sets: { ExcelApi: "1.10" },
    formats: false,
  },
  { name: "ExcelApi 1.13, format changes heard", sets: { ExcelApi: "1.13" }, formats: true },
  { name: "the newest Excel, format changes heard", sets: undefined, formats: true },
])("live check in the pane on $name", ({ sets, formats }) => {
  // On the clock of the timers (fake ones), not the wall's: what is measured is what the live
  // check waits for, not how busy a shared machine is.
  afterEach(() => jest.useRealTimers());

  it("marks within 0.5 s of the person's Enter, and its own marks start no further check", async () => {
    jest.useFakeTimers();
    const tick = (ms: number) => jest.advanceTimersByTimeAsync(ms);
    const { pane, host, checked } = open([sampleGrid()], {
      sheets: ["sample"],
      requirementSets: sets,
      formatChangeEvents: formats,
    });
    await startLiveCheck(pane);
    expect(pane.state.live).toBe(true);
    await tick(OWN_EVENT_GRACE_MS + 20);
    const enter = Date.now();
    host.workbook.typeValues("sample", "H2", [["备注"]]);
    while (marksOn(host.workbook, "sample").length === 0 && Date.now() - enter < 2_000)
      await tick(10);
    expect(Date.now() - enter).toBeLessThan(500);
    await tick(1_000);
    expect(checked).toEqual(["sample"]);
    expect(pane.state.status?.error).toBe(false);
    await stopLiveCheck(pane);
  });
});

describe("live check's timing", () => {
  it("folds the changes that arrive while a check runs into one more check", async () => {
    const held = heldChecks();
    const pane = mountWith(held.actions);
    await startLiveCheck(pane);
    held.listener.current!.changed("表1");
    await wait(0);
    expect(held.checks()).toEqual(["表1"]);
    for (let i = 0; i < 3; i++) held.listener.current!.changed("表1");
    held.listener.current!.changed("表2");
    await wait(0);
    // Never two checks at once: the changes wait for the one running.
    expect(held.checks()).toEqual(["表1"]);
    held.releases[0]();
    await wait(0);
    held.releases[1]?.();
    await wait(0);
    held.releases[2]?.();
    await wait(0);
    expect(held.checks()).toEqual(["表1", "表1", "表2"]);
  });

  it("checks a change that arrives during another operation once that operation ends", async () => {
    const held = heldChecks();
    const pane = mountWith(held.actions);
    await startLiveCheck(pane);
    let finishMerge = () => undefined as void;
    const merging = pane.run(
      () => new Promise<void>((resolve) => (finishMerge = resolve)),
      () => "汇总完成"
    );
    held.listener.current!.changed("表1");
    await wait(50);
    expect(held.checks()).toEqual([]);
    finishMerge();
    await merging;
    await wait(150);
    expect(held.checks()).toEqual(["表1"]);
  });

  it("says why watching could not start or a change could not be read, instead of staying silent", async () => {
    const fakes = fakeActions();
    fakes.actions.watchChanges = async () => {
      throw new AddinError("excelFailed", {
        operation: "校验",
        operationEn: "Checking",
        where: "",
        whereEn: "",
        reason: "Excel 忙",
        reasonEn: "Excel is busy",
      });
    };
    const pane = mountWith(fakes.actions);
    await startLiveCheck(pane);
    expect(pane.state.live).toBe(false);
    expect(pane.state.status).toEqual({ text: expect.stringContaining("Excel 忙"), error: true });

    const held = heldChecks();
    const other = mountWith(held.actions);
    await startLiveCheck(other);
    held.listener.current!.failed(new AddinError("sheetNotFound", { sheet: "表9" }));
    expect(other.state.status?.error).toBe(true);
    expect(other.state.status?.text).toContain("表9");
  });

  it("checks no more once stopped, even the changes waiting behind a check still running", async () => {
    const held = heldChecks();
    const pane = mountWith(held.actions);
    await startLiveCheck(pane);
    held.listener.current!.changed("表1");
    await wait(0);
    held.listener.current!.changed("表2");
    await stopLiveCheck(pane);
    held.releases[0]();
    await wait(0);
    await wait(0);
    expect(held.checks()).toEqual(["表1"]);
    expect(pane.state.live).toBe(false);
  });

  it("stops quietly where it never started, or where Excel could not watch", async () => {
    const never = mountWith(fakeActions().actions);
    await stopLiveCheck(never);
    expect(never.state.status).toBeNull();
    const unsupported = mountWith(fakeActions().actions); // watchChanges answers null
    await startLiveCheck(unsupported);
    await stopLiveCheck(unsupported);
    expect(unsupported.state.status).toBeNull();
    expect(unsupported.state.live).toBe(false);
  });

  it("checks a later change too, once the first check has ended, and says its outcome in the pane's language", async () => {
    const held = heldChecks();
    const pane = mountWith(held.actions);
    pane.state.locale = "en";
    await startLiveCheck(pane);
    held.listener.current!.changed("表1");
    await wait(0);
    held.releases[0]();
    await wait(0);
    expect(pane.state.status).toEqual({ text: checkOutcome(checkResultOf(), "en"), error: false });
    held.listener.current!.changed("表2");
    await wait(0);
    expect(held.checks()).toEqual(["表1", "表2"]);
    expect(held.locales).toEqual(["en", "en"]);
  });

  it("says an unexpected failure to watch as any operation's, in the pane's language", async () => {
    const fakes = fakeActions();
    fakes.actions.watchChanges = async () => {
      throw new Error("连接断开");
    };
    const pane = mountWith(fakes.actions);
    await startLiveCheck(pane);
    expect(pane.state.status).toEqual({ text: "操作失败：Error: 连接断开", error: true });
  });

  it("keeps each pane's watching its own: stopping one leaves the other checking", async () => {
    const first = heldChecks();
    const second = heldChecks();
    const one = mountWith(first.actions);
    const two = mountWith(second.actions);
    await startLiveCheck(one);
    await startLiveCheck(two);
    await stopLiveCheck(one);
    first.listener.current!.changed("表1");
    second.listener.current!.changed("表2");
    await wait(0);
    expect(first.checks()).toEqual([]);
    expect(second.checks()).toEqual(["表2"]);
  });
});
