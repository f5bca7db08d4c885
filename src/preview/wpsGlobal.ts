import type { FakeApplication } from "../emulator/wps/fakeEt";

/**
 * What the preview's page offers the WPS pane's frame over WPS 表格 (docs/preview.md, "WPS 表格"),
 * on its window as `perfTargetsPreviewWps`: the fake WPS object model, and the display language.
 */
export interface PreviewWps {
  application: FakeApplication;
  /** The language the pane speaks, as navigator.language would give it in WPS: "zh-CN" or "en-US". */
  language(): string;
}

export const WPS_GLOBAL = "perfTargetsPreviewWps";
