/** The languages every message is written in: Chinese first (the users'), English second. */
export type Locale = "zh" | "en";

/** One text in both languages. */
export type Bilingual = Record<Locale, string>;

/**
 * The language a person reads, from a BCP 47 tag such as Office's display language: Chinese for
 * any Chinese (zh-CN, zh-TW, zh-Hans…) and when the host says nothing, English otherwise.
 */
export function localeOfLanguage(language: string | undefined): Locale {
  return (language ?? "zh-CN").toLowerCase().startsWith("zh") ? "zh" : "en";
}
