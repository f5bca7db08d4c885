/**
 * @jest-environment jsdom
 */
import { applyTheme, isDark } from "../../src/taskpane/theme";

/*
 * The pane follows Office's theme (docs/addin.md, "The task pane"): dark when Office says so or
 * when its body is dark, and Office's own colours only as a readable pair.
 */
function themed(theme: Parameters<typeof applyTheme>[1]) {
  const root = document.createElement("html");
  applyTheme(root, theme);
  return {
    palette: root.dataset.theme,
    surface: root.style.getPropertyValue("--surface"),
    text: root.style.getPropertyValue("--text"),
  };
}

describe("the pane's theme", () => {
  it("takes Office's word for dark or light over the colours", () => {
    expect(isDark({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe(true);
    expect(isDark({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
  });

  it("without Office's word, is dark only on a dark body: blue is dark, red and green are not", () => {
    expect(isDark({ bodyBackgroundColor: "#0000ff" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#ff0000" })).toBe(false);
    expect(isDark({ bodyBackgroundColor: "#00ff00" })).toBe(false);
    expect(isDark({ bodyBackgroundColor: "#767676" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#808080" })).toBe(false);
    expect(isDark({ bodyBackgroundColor: "black" })).toBe(false);
    expect(isDark({})).toBe(false);
  });

  it("reads a colour only as six hex digits, in either case: near-black is dark, other text is no colour", () => {
    expect(isDark({ bodyBackgroundColor: "#0000FF" })).toBe(true);
    // The darkest channels are on the linear part of sRGB's curve.
    expect(isDark({ bodyBackgroundColor: "#0a0a0a" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "x#0000ff" })).toBe(false);
    expect(isDark({ bodyBackgroundColor: "#0000ff80" })).toBe(false);
    expect(isDark({ bodyBackgroundColor: "#00f" })).toBe(false);
    expect(themed({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" }).surface).toBe(
      "#FFFFFF"
    );
  });

  it("takes Office's colours with or without their #, both of them", () => {
    expect(themed({ bodyBackgroundColor: "262626", bodyForegroundColor: "ffffff" })).toEqual({
      palette: "dark",
      surface: "#262626",
      text: "#ffffff",
    });
    expect(themed({ bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" })).toEqual({
      palette: "light",
      surface: "#ffffff",
      text: "#000000",
    });
  });

  it("takes a pair only at a contrast of 7 or more, and never half a pair", () => {
    // #959595 on black is 7.0:1, #949494 is 6.9:1.
    expect(themed({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#959595" }).text).toBe(
      "#959595"
    );
    expect(themed({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#949494" })).toEqual({
      palette: "dark",
      surface: "",
      text: "",
    });
    expect(themed({ bodyBackgroundColor: "#000000" })).toEqual({
      palette: "dark",
      surface: "",
      text: "",
    });
    expect(themed({ bodyBackgroundColor: "#000000", bodyForegroundColor: "white" }).surface).toBe(
      ""
    );
    // A colour that is no colour beside a bright one: neither is taken, whichever it is.
    expect(themed({ bodyBackgroundColor: "#ffffff", bodyForegroundColor: "black" })).toEqual({
      palette: "light",
      surface: "",
      text: "",
    });
    expect(themed({ bodyBackgroundColor: "black", bodyForegroundColor: "#ffffff" })).toEqual({
      palette: "light",
      surface: "",
      text: "",
    });
  });
});
