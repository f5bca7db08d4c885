/**
 * Follow Office's theme (Office.context.officeTheme): the pane takes Office's body colours and
 * switches to Fluent's dark palette when the body is dark (docs/addin.md, "The task pane").
 * Windows high contrast needs nothing here: the browser's forced colours apply, and the CSS
 * keeps its borders and focus rings visible under them.
 */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

/** #rrggbb → relative luminance (WCAG), null for anything else. */
function luminance(colour: string | undefined): number | null {
  // Stryker disable next-line StringLiteral: any text but six hex digits is no colour
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour ?? "")?.[1];
  if (!hex) return null;
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    // Stryker disable next-line EqualityOperator: no 8-bit channel is 0.03928 itself (10/255 is 0.03922)
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function isDark(theme: OfficeThemeColours | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const body = luminance(theme.bodyBackgroundColor);
  // Stryker disable next-line EqualityOperator: no colour of six hex digits has a luminance of 0.2 itself
  return body !== null && body < 0.2;
}

/** Set the page's palette from Office's theme: data-theme, and Office's body colours. */
export function applyTheme(root: HTMLElement, theme: OfficeThemeColours | null | undefined): void {
  root.dataset.theme = isDark(theme) ? "dark" : "light";
  const background = theme?.bodyBackgroundColor;
  const foreground = theme?.bodyForegroundColor;
  // Only a readable pair is taken, so a half-given theme never leaves dark text on dark.
  const bg = luminance(background);
  const fg = luminance(foreground);
  if (bg === null || fg === null) return;
  const contrast = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
  // Stryker disable next-line EqualityOperator: the bound is a float; the tests pin 7.01:1 taken and 6.9:1 refused
  if (contrast < 7) return;
  root.style.setProperty("--surface", background!.startsWith("#") ? background! : `#${background}`);
  root.style.setProperty("--text", foreground!.startsWith("#") ? foreground! : `#${foreground}`);
}
