import type { Severity } from "../form";

/** What a line is coloured as: a finding's severity, or a file's passing verdict. */
export type Tone = Severity | "pass";

/** Colour a piece of the readable report; `plain` leaves it as it is. */
export type Paint = (tone: Tone, text: string) => string;

export const plain: Paint = (_tone, text) => text;

// The same hues as the marks in Excel (red, amber, blue), in the terminal's own palette.
const SGR: Record<Tone, string> = { error: "31", warning: "33", info: "36", pass: "32" };

const ESC = "\u001b";
const ansi: Paint = (tone, text) => `${ESC}[${SGR[tone]}m${text}${ESC}[39m`;
const SGR_CODE = new RegExp(`${ESC}\\[[0-9;]*m`, "g");

/**
 * Colours on a terminal only (no-color.org, force-color.org): a non-empty NO_COLOR turns them
 * off, a non-empty FORCE_COLOR (but "0") turns them on, else stdout must be a terminal. --json
 * never.
 */
export function wantsColour(
  env: Record<string, string | undefined>,
  stdoutIsTTY: boolean
): boolean {
  if (env.NO_COLOR) return false;
  // An empty FORCE_COLOR is no request (force-color.org); "0" is Node's own way to say no.
  if (env.FORCE_COLOR) return env.FORCE_COLOR !== "0";
  return stdoutIsTTY && env.TERM !== "dumb";
}

export const painter = (colour: boolean | undefined): Paint => (colour ? ansi : plain);

/** A string's text without the colour codes, for measuring it. */
export const withoutColour = (text: string) => text.replace(SGR_CODE, "");
