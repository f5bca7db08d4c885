/** The languages every message is written in: Chinese first (the users'), English second. */
export type Locale = "zh" | "en";

/** One text in both languages. */
export type Bilingual = Record<Locale, string>;
