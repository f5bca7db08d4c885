/**
 * @jest-environment jsdom
 */
import { AUTO_SHOW_TASKPANE, tagAndSave } from "../../src/excel/documentTag";
import { officeEnvironment } from "../../src/taskpane/officeEnvironment";

/** Office's document settings as a map, counting saves (each one clears Excel's undo stack). */
function fakeDocumentSettings(office: Record<string, unknown> = {}) {
  const values = new Map<string, unknown>();
  const saved: Record<string, unknown>[] = [];
  const settings = {
    get: (key: string) => values.get(key) ?? null,
    set: (key: string, value: unknown) => void values.set(key, value),
    saveAsync: (callback?: () => void) => {
      saved.push(Object.fromEntries(values));
      callback?.();
    },
  };
  Object.assign(globalThis, {
    Office: { context: { displayLanguage: "zh-CN", document: { settings }, ...office } },
  });
  return { settings: settings as unknown as Office.Settings, saved };
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the pane's document settings", () => {
  it("saves the year and the unit of one insert once, and asks Office to reopen the pane", async () => {
    const { saved } = fakeDocumentSettings();
    const settings = officeEnvironment().settings;
    settings.set("year", "2027");
    settings.set("unit", "市教育局");
    await nextTurn();
    expect(saved).toEqual([
      {
        "perfTargets.year": "2027",
        "perfTargets.unit": "市教育局",
        [AUTO_SHOW_TASKPANE]: true,
      },
    ]);
    expect(settings.get("unit")).toBe("市教育局");
  });

  it("keeps the language out of the document and saves nothing for it", async () => {
    const { saved } = fakeDocumentSettings();
    officeEnvironment().settings.set("locale", "en");
    await nextTurn();
    expect(saved).toEqual([]);
  });
});

describe("the ribbon's insert tags the document", () => {
  it("once: a document already tagged is not saved again", () => {
    const { settings, saved } = fakeDocumentSettings();
    tagAndSave(settings);
    tagAndSave(settings);
    expect(saved).toEqual([{ [AUTO_SHOW_TASKPANE]: true }]);
  });
});

describe("the pane's own settings and language", () => {
  beforeEach(() => window.localStorage.clear());

  it("speaks Office's display language: English in an English Office, else Chinese", () => {
    fakeDocumentSettings({ displayLanguage: "en-US" });
    expect(officeEnvironment().locale).toBe("en");
    fakeDocumentSettings({ displayLanguage: "zh-CN" });
    expect(officeEnvironment().locale).toBe("zh");
  });

  it("remembers the person's language in the browser, for the next pane", () => {
    fakeDocumentSettings();
    officeEnvironment().settings.set("locale", "en");
    expect(officeEnvironment().settings.get("locale")).toBe("en");
    expect(officeEnvironment().settings.get("firstRunDone")).toBeUndefined();
  });

  it("keeps year and unit in the browser where Office has no document settings", () => {
    Object.assign(globalThis, { Office: { context: { displayLanguage: "zh-CN" } } });
    const settings = officeEnvironment().settings;
    settings.set("year", "2027");
    expect(officeEnvironment().settings.get("year")).toBe("2027");
  });

  it("saves again for values set in a later turn", async () => {
    const { saved } = fakeDocumentSettings();
    const settings = officeEnvironment().settings;
    settings.set("year", "2027");
    await nextTurn();
    settings.set("year", "2028");
    await nextTurn();
    expect(saved.map((values) => values["perfTargets.year"])).toEqual(["2027", "2028"]);
    expect(settings.get("year")).toBe("2028");
    expect(settings.get("unit")).toBeUndefined();
  });

  it("works where the browser refuses its storage, remembering nothing", () => {
    fakeDocumentSettings();
    const storage = jest.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    try {
      const settings = officeEnvironment().settings;
      settings.set("locale", "en");
      expect(settings.get("locale")).toBeUndefined();
    } finally {
      storage.mockRestore();
    }
  });

  it("follows Office's theme where this Office has one", () => {
    const theme = { bodyBackgroundColor: "#262626", isDarkTheme: true };
    fakeDocumentSettings({ officeTheme: theme });
    expect(officeEnvironment().theme).toEqual(theme);
    fakeDocumentSettings();
    expect(officeEnvironment().theme).toBeNull();
  });
});

describe("the pane's downloads", () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it("offers the file by a link with its name, then lets the link and its address go", async () => {
    fakeDocumentSettings();
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    const revoked: string[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:report"),
      revokeObjectURL: (url: string) => void revoked.push(url),
    });
    const clicked: { href: string; download: string; inPage: boolean }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({ href: this.href, download: this.download, inPage: this.isConnected });
    });
    officeEnvironment().download("检查结果.csv", "text/csv", "表,单元格");
    expect(clicked).toEqual([{ href: "blob:report", download: "检查结果.csv", inPage: true }]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
    expect(blobs[0].type).toBe("text/csv");
    expect(blobs[0].size).toBe(Buffer.byteLength("表,单元格"));
    expect(revoked).toEqual([]);
    jest.advanceTimersByTime(10_000);
    expect(revoked).toEqual(["blob:report"]);
  });

  it("hands the file to EdgeHTML's own save where that is the way", () => {
    fakeDocumentSettings();
    const saved: [Blob, string][] = [];
    Object.assign(navigator, {
      msSaveOrOpenBlob: (blob: Blob, name: string) => saved.push([blob, name]),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click");
    try {
      officeEnvironment().download("检查结果.json", "application/json", "{}");
      expect(saved.map(([blob, name]) => [blob.type, name])).toEqual([
        ["application/json", "检查结果.json"],
      ]);
      expect(click).not.toHaveBeenCalled();
    } finally {
      delete (navigator as { msSaveOrOpenBlob?: unknown }).msSaveOrOpenBlob;
    }
  });
});
