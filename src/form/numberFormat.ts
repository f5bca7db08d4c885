/*
 * Excel number format codes, read only as far as the reader needs them (docs/form.md, "How number
 * cells are read"): which formats show a number as other text (percent, date, text formats), and
 * that text for the formats forms use. The output equals numfmt's, the library this replaces in
 * the pane's bundle (test/form/numberFormat.test.ts compares them over random formats and values);
 * numfmt's whole format language and its locale tables were a fifth of the pane. A format outside
 * what is read here (conditions, fractions, exponents, elapsed time, locales, fractions of a
 * second) is "plain": its number stays a number, as for a format nothing can read.
 */

type DateUnit =
  | "year"
  | "year-short"
  | "month"
  | "minute"
  | "month-name"
  | "month-short"
  | "month-letter"
  | "day"
  | "weekday"
  | "weekday-short"
  | "hour"
  | "second"
  | "ampm"
  | "ap";

type Token =
  | { kind: "text"; text: string }
  | { kind: "date"; unit: DateUnit; pad: boolean }
  /** Digits: the integer part's pattern ("#,##0"), and the decimals' count, or null without a point. */
  | { kind: "number"; group: boolean; zero: boolean; decimals: number | null }
  | { kind: "at" }
  /** A language code ([$-804]): it changes names (months, days, am/pm) and separators only. */
  | { kind: "locale" };

type DateToken = Extract<Token, { kind: "date" }>;

interface Section {
  tokens: Token[];
  date: boolean;
  /** Percent signs: each multiplies the number by 100. */
  percents: number;
  at: boolean;
}

/** What a format shows a number as: the text of a date, of a percent, of a text format, or the number itself. */
export type FormatKind = "date" | "percent" | "text" | "plain";

class Unsupported extends Error {}

const COLOURS = /^(black|blue|cyan|green|magenta|red|white|yellow|color\s*\d{1,2})$/i;
/** A language's code alone, no currency, no calendar, not the system's long date or time (F800, F400). */
const LOCALE = /^\$-(?![fF][48]00$)[0-9a-fA-F]{3,4}$/;
/** What a language changes: the names, and the symbols of numbers. */
const NAMED: readonly DateUnit[] = [
  "month-name",
  "month-short",
  "month-letter",
  "weekday",
  "weekday-short",
  "ampm",
  "ap",
];
/** Characters a format shows as they are. */
const isLiteral = (ch: string) => " -+()/:$".includes(ch) || ch.charCodeAt(0) > 0x7f;
const DATE_LETTERS = "ymdhse";

/** Split a format code into its sections at the semicolons outside quotes, brackets and escapes. */
function sectionCodes(code: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') i = closing(code, i, '"');
    else if (ch === "[") i = closing(code, i, "]");
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === ";") {
      sections.push(code.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(code.slice(start));
  return sections;
}

function closing(code: string, from: number, mark: string): number {
  const at = code.indexOf(mark, from + 1);
  if (at < 0) throw new Unsupported();
  return at;
}

/** The tokens of one section, in order; a section that mixes dates and digits is not read. */
function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const text = (t: string) => tokens.push({ kind: "text", text: t });
  while (i < code.length) {
    const ch = code[i];
    const rest = code.slice(i);
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = closing(code, i, '"');
      text(code.slice(i + 1, end));
      i = end + 1;
    } else if (ch === "\\") {
      text(code[i + 1] ?? "");
      i += 2;
    } else if (ch === "_" || ch === "*") {
      if (ch === "_") text(" ");
      i += 2;
    } else if (ch === "[") {
      const end = closing(code, i, "]");
      const inside = code.slice(i + 1, end);
      if (LOCALE.test(inside)) tokens.push({ kind: "locale" });
      else if (!COLOURS.test(inside)) throw new Unsupported();
      i = end + 1;
    } else if (/^am\/pm/i.test(rest) || /^a\/p/i.test(rest)) {
      const long = /^am\/pm/i.test(rest);
      tokens.push({ kind: "date", unit: long ? "ampm" : "ap", pad: false });
      i += long ? 5 : 3;
    } else if (DATE_LETTERS.includes(lower)) {
      let end = i;
      while (end < code.length && code[end].toLowerCase() === lower) end++;
      tokens.push(dateToken(code.slice(i, end).toLowerCase()));
      i = end;
    } else if (/[0#,.]/.test(ch)) {
      const run = /^[0#,.]+/.exec(rest)![0];
      tokens.push(numberToken(run));
      i += run.length;
    } else if (ch === "%") {
      text("%");
      i++;
    } else if (ch === "@") {
      tokens.push({ kind: "at" });
      i++;
    } else if (isLiteral(ch)) {
      text(ch);
      i++;
    } else throw new Unsupported();
  }
  return tokens;
}

/** A run of one date letter, "m" and "mm" as months until the tokens around them say minutes. */
function dateToken(run: string): Token {
  const pad = run.length > 1;
  const units: Record<string, DateUnit> = {
    y: run.length <= 2 ? "year-short" : "year",
    e: "year",
    d: run.length <= 2 ? "day" : run.length === 3 ? "weekday-short" : "weekday",
    h: "hour",
    s: "second",
    m:
      run.length <= 2
        ? "month"
        : run.length === 3
          ? "month-short"
          : run.length === 5
            ? "month-letter"
            : "month-name",
  };
  return { kind: "date", unit: units[run[0]], pad };
}

/** Digits as forms write them: "0", "#,##0", "0.00"; none with "#" or "," among the decimals. */
function numberToken(run: string): Token {
  const [integer, decimals, extra] = run.split(".");
  if (extra !== undefined || !/^[#,]*0?$/.test(integer) || integer === "" || integer.endsWith(","))
    throw new Unsupported();
  if (decimals !== undefined && !/^0*$/.test(decimals)) throw new Unsupported();
  return {
    kind: "number",
    group: integer.includes(","),
    zero: integer.endsWith("0"),
    decimals: decimals === undefined ? null : decimals.length,
  };
}

/**
 * Minutes are "m" or "mm" after an hour or a second not yet paired with one, or before a second
 * (Excel's reading, as numfmt applies it); am/pm markers are not counted as date parts.
 */
function resolveMinutes(tokens: Token[]): void {
  const chunks: { token: DateToken; paired: boolean; undecided: boolean }[] = [];
  for (const token of tokens) {
    if (token.kind !== "date" || token.unit === "ampm" || token.unit === "ap") continue;
    const last = chunks[chunks.length - 1];
    const chunk = { token, paired: false, undecided: false };
    if (token.unit === "month") {
      if (last && !last.paired && (last.token.unit === "hour" || last.token.unit === "second")) {
        last.paired = true;
        token.unit = "minute";
      } else chunk.undecided = true;
    } else if (token.unit === "second" && last) {
      if (last.token.unit === "minute") chunk.paired = true;
      else if (last.undecided) {
        last.undecided = false;
        last.token.unit = "minute";
        chunk.paired = true;
      }
    }
    chunks.push(chunk);
  }
}

function parseSection(code: string): Section {
  const tokens = tokenize(code);
  resolveMinutes(tokens);
  const date = tokens.some((t) => t.kind === "date");
  const numbers = tokens.filter((t) => t.kind === "number").length;
  if ((date && numbers > 0) || numbers > 1) throw new Unsupported();
  const named = tokens.some((t) => t.kind === "date" && NAMED.includes(t.unit));
  if (tokens.some((t) => t.kind === "locale") && (named || !date)) throw new Unsupported();
  return {
    tokens,
    date,
    percents: tokens.filter((t) => t.kind === "text" && t.text === "%").length,
    at: tokens.some((t) => t.kind === "at"),
  };
}

interface Parsed {
  kind: FormatKind;
  /** The sections numbers are shown with: positive, negative, zero. */
  sections: Section[];
}

const PLAIN: Parsed = { kind: "plain", sections: [] };

function parse(code: string): Parsed {
  let sections: Section[];
  try {
    sections = sectionCodes(code).map(parseSection);
  } catch (error) {
    if (error instanceof Unsupported) return PLAIN;
    throw error;
  }
  const last = sections[sections.length - 1];
  if (sections.length === 1 && last.at) return { kind: "text", sections };
  // A text section may only come last, after the numbers' sections, as Excel writes it.
  const numeric = last.at && sections.length > 1 ? sections.slice(0, -1) : sections;
  if (numeric.length > 3 || numeric.some((s) => s.at)) return PLAIN;
  if (numeric.some((s) => s.date)) return { kind: "date", sections: numeric };
  if (numeric.some((s) => s.percents > 0)) return { kind: "percent", sections: numeric };
  return PLAIN;
}

const parsed = new Map<string, Parsed>();

/** Formats are few in a workbook: each is parsed once (a bounded cache, a hostile file aside). */
function parsedFormat(code: string): Parsed {
  let format = parsed.get(code);
  if (!format) {
    if (parsed.size >= 512) parsed.clear();
    format = parse(code);
    parsed.set(code, format);
  }
  return format;
}

/** What a format shows a number as (a format that is not read is "plain"). */
export function formatKind(code: string): FormatKind {
  return parsedFormat(code).kind;
}

/**
 * The text a format shows a number as, for percent, date and text formats; null for every other
 * format, and for a date out of Excel's range (before 1900, after 9999).
 */
export function shownNumber(code: string, value: number): string | null {
  const format = parsedFormat(code);
  if (format.kind === "plain" || !Number.isFinite(value)) return null;
  if (format.kind === "text") return generalNumber(value);
  const { sections } = format;
  const section =
    value < 0 && sections.length > 1
      ? sections[1]
      : value === 0 && sections.length > 2
        ? sections[2]
        : sections[0];
  const signed = value < 0 && sections.length === 1;
  const shown = Math.abs(value);
  if (section.date) return shown < MAX_DATE && value >= 0 ? dateText(section, shown) : null;
  if (!section.tokens.some((t) => t.kind === "number")) return literalText(section);
  if (shown * 100 ** section.percents >= 1e15) return null;
  return numberText(section, value, signed);
}

/** A section of literals alone ("zero", "-"). */
const literalText = (section: Section) =>
  section.tokens.map((t) => (t.kind === "text" ? t.text : "")).join("");

/** Symmetric rounding to some decimals, as numfmt rounds. */
function round(value: number, places = 0): number {
  if (value < 0) return -round(-value, places);
  if (places) {
    const scale = 10 ** places || 1;
    return round(value * scale) / scale;
  }
  return Math.round(value);
}

/** A product rounded to 17 significant digits, so 0.07 × 100 is 7 (as numfmt scales). */
function clampDigits(value: number): number {
  if (value === 0) return value;
  const magnitude = 10 ** (16 - Math.floor(Math.ceil(Math.log10(Math.abs(value)))));
  return Number.isFinite(magnitude) ? Math.round(value * magnitude) / magnitude : 0;
}

/** The number as a section of digits shows it; a minus first when the section stands for negatives too. */
function numberText(section: Section, value: number, signed: boolean): string {
  const digits = section.tokens.find((t) => t.kind === "number")!;
  const decimals = digits.decimals ?? 0;
  // Scaled with its sign: rounding to 17 digits is not symmetric (-383.35 is not 383.35 negated).
  const scaled = Math.abs(section.percents ? clampDigits(value * 100 ** section.percents) : value);
  const rounded = round(scaled, decimals);
  const whole = rounded < 1 ? "" : String(Math.floor(rounded));
  const fraction = digits.decimals ? (String(rounded).split(".")[1] ?? "") : "";
  let integer = whole || (digits.zero ? "0" : "");
  if (digits.group) integer = integer.replace(/\B(?=(\d{3})+$)/g, ",");
  const point =
    digits.decimals === null ? "" : `.${fraction.padEnd(decimals, "0").slice(0, decimals)}`;
  // The minus shows only where a digit other than zero does.
  const minus = signed && ((whole !== "" && whole !== "0") || fraction !== "") ? "-" : "";
  return (
    minus +
    section.tokens
      .map((t) => (t.kind === "text" ? t.text : t.kind === "number" ? integer + point : ""))
      .join("")
  );
}

/** 10000-01-01: the first day Excel cannot show. */
const MAX_DATE = 2958466;
const DAY_SECONDS = 86400;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Year, month and day of a serial day, Excel's 29 February 1900 included. */
function calendarDay(serial: number): [number, number, number] {
  if (serial === 0) return [1900, 1, 0];
  if (serial === 60) return [1900, 2, 29];
  if (serial < 60) return [1900, serial < 32 ? 1 : 2, ((serial - 1) % 31) + 1];
  const date = new Date(Date.UTC(1899, 11, 30) + serial * DAY_SECONDS * 1000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Time to the second, rounded as numfmt does; the day moves only when the second rounds over. */
function clockOf(value: number) {
  let day = Math.trunc(value);
  const exact = DAY_SECONDS * (value - day);
  let time = Math.floor(exact);
  let rest = exact - time;
  if (Math.abs(rest) < 1e-6) rest = 0;
  else if (rest > 0.9999) {
    rest = 0;
    time += 1;
    if (time === DAY_SECONDS) [time, day] = [0, day + 1];
  }
  if (rest >= 0.5) time++;
  return {
    day,
    second: time % 60,
    minute: Math.floor(time / 60) % 60,
    hour: Math.floor(time / 3600) % 60,
  };
}

function dateText(section: Section, value: number): string {
  const [year, month, day] = calendarDay(Math.floor(value));
  const clock = clockOf(value);
  const twelve = section.tokens.some(
    (t) => t.kind === "date" && (t.unit === "ampm" || t.unit === "ap")
  );
  const two = (n: number, pad: boolean) => (pad && n < 10 ? "0" : "") + n;
  const parts: Record<DateUnit, (pad: boolean) => string> = {
    year: () => String(year).padStart(4, "0"),
    "year-short": () => two(year % 100, true),
    month: (pad) => two(month, pad),
    "month-name": () => MONTHS[month - 1],
    "month-short": () => MONTHS[month - 1].slice(0, 3),
    "month-letter": () => MONTHS[month - 1][0],
    day: (pad) => two(day, pad),
    weekday: () => WEEKDAYS[(6 + clock.day) % 7],
    "weekday-short": () => WEEKDAYS[(6 + clock.day) % 7].slice(0, 3),
    hour: (pad) => two(twelve ? clock.hour % 12 || 12 : clock.hour % 24, pad),
    minute: (pad) => two(clock.minute, pad),
    second: (pad) => two(clock.second, pad),
    ampm: () => (clock.hour < 12 ? "AM" : "PM"),
    ap: () => (clock.hour < 12 ? "A" : "P"),
  };
  return section.tokens
    .map((t) => (t.kind === "text" ? t.text : t.kind === "date" ? parts[t.unit](t.pad) : ""))
    .join("");
}

/**
 * Excel's General format: up to 11 characters of a number, then the exponent (the ECMA-376
 * rule, as numfmt applies it).
 */
export function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 31) return String(value);
  const v = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  let exp = Math.floor(Math.log10(v));
  // 10 ** 324 is Infinity: the tiniest doubles take their digits from their own text.
  let significand = exp < -300 ? parseFloat(v.toExponential().split("e")[0]) : v * 10 ** -exp;
  if (significand === 10) [significand, exp] = [1, exp + 1];
  const { total, frac } = digitCount(v);
  const exponent = () =>
    `${significand === 1 ? 1 : round(significand, 5)}E${exp < 0 ? "-" : "+"}${Math.abs(exp) < 10 ? "0" : ""}${Math.abs(exp)}`;
  let text: string;
  if (exp >= -4 && exp <= -1) text = v.toPrecision(10 + exp).replace(/\.?0+$/, "");
  else if (exp === 10) text = v.toFixed(10).slice(0, 12).replace(/\.$/, "");
  else if (Math.abs(exp) <= 9) {
    if (total <= 11) text = round(v, 9).toFixed(frac);
    else if (exp === 9) text = String(Math.floor(v));
    else if (exp >= 0) text = String(round(v, 9 - exp));
    else text = exponent();
  } else if (total >= 12) text = exponent();
  else text = round(v, 9).toFixed(frac);
  return sign + text;
}

/** How many characters a positive number takes (digits and point), and its decimals, to 15 digits. */
function digitCount(v: number): { total: number; frac: number } {
  const intSize = Math.floor(Math.log10(v) + 1);
  if (Math.floor(v) === v) return { total: Math.max(intSize, 1), frac: 0 };
  const digits = String(round(v * 10 ** -intSize, 15));
  let counted = digits.length;
  let leading = true;
  for (const ch of digits) {
    if (ch === ".") {
      counted--;
      break;
    }
    if (ch === "0" && leading) counted--;
    else leading = false;
  }
  const frac = counted - intSize;
  return frac < 0
    ? { total: Math.max(intSize, 1), frac: 0 }
    : { total: Math.max(intSize, 1) + 1 + frac, frac };
}
