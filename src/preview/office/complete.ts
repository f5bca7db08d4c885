import type { ActionEvent, PreviewHost } from "../host";
import { displayDialogAsync } from "./dialog";
import { documentSettings } from "./settings";

/** The parts of the Office loader's object Excel's library leaves out, as the loader defines them. */
const HOST_TYPE = {
  Excel: "Excel",
  Word: "Word",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};
const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

interface OfficeGlobal {
  HostType?: unknown;
  PlatformType?: unknown;
  onReady?: unknown;
  initialize?: unknown;
  actions: Record<string, unknown>;
}

interface AppFactory {
  getContext(): { requirements: unknown };
}

/**
 * Give this frame's Office what the loader (office.js) would, over the preview's host: the
 * loader cannot share a page with Excel's library (docs/preview.md). Office.context's requirement
 * check is the emulator's, which it set while attaching; this keeps it and adds the rest.
 */
export function completeOffice(host: PreviewHost): void {
  const page = window as unknown as {
    Office: OfficeGlobal;
    OSF: { _OfficeAppFactory: AppFactory };
  };
  const office = page.Office;
  const { requirements } = page.OSF._OfficeAppFactory.getContext();
  const context = {
    host: HOST_TYPE.Excel,
    platform: PLATFORM_TYPE.OfficeOnline,
    diagnostics: { host: HOST_TYPE.Excel, platform: PLATFORM_TYPE.OfficeOnline, version: "16.0" },
    displayLanguage: host.displayLanguage,
    contentLanguage: host.displayLanguage,
    officeTheme: host.theme,
    requirements,
    document: { settings: documentSettings(host.settings), mode: "readWrite", url: "" },
    ui: { displayDialogAsync: displayDialogAsync(host), messageParent() {} },
  };
  page.OSF._OfficeAppFactory = {
    getContext: () => context,
    getHostInfo: () => ({
      hostType: "excel",
      hostPlatform: "web",
      hostSpecificFileVersion: "16.00",
      hostLocale: host.displayLanguage,
      isO15: false,
      flags: 0,
    }),
  } as AppFactory;
  office.HostType = HOST_TYPE;
  office.PlatformType = PLATFORM_TYPE;

  const info = { host: HOST_TYPE.Excel, platform: PLATFORM_TYPE.OfficeOnline };
  const ready = new Promise<typeof info>((resolve) => {
    if (document.readyState === "loading")
      document.addEventListener("DOMContentLoaded", () => resolve(info));
    else resolve(info);
  });
  office.onReady = (callback?: (ready: typeof info) => void) =>
    ready.then((value) => {
      callback?.(value);
      return value;
    });
  void ready.then(() => {
    if (typeof office.initialize === "function") office.initialize("documentOpened");
  });
  office.actions.associate = (id: string, action: (event: ActionEvent) => unknown) =>
    host.associate(id, action);
}
