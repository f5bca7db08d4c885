import { localeOfLanguage, type Locale } from "../form/locale";
import { tagDocument } from "../excel/documentTag";
import type { OfficeThemeColours } from "./theme";
import { DOCUMENT_SETTINGS, type PaneEnvironment, type PaneSettings } from "./actions";

const PREFIX = "perfTargets.";

/** Office's display language decides, Chinese unless Office runs in another language. */
export function officeLocale(): Locale {
  return localeOfLanguage(Office.context.displayLanguage);
}

/**
 * Year and unit live in the document's add-in settings (saved with the workbook, so they are
 * remembered per document); the language and the first-run card are the person's, in the
 * browser's storage. Values set in one turn are saved together, once: each saveAsync clears
 * Excel's undo stack (office-js #3141), and an insert sets two. A document that keeps our
 * settings is one the add-in writes forms into, so the same save asks Office to open the pane
 * with it.
 */
function settings(): PaneSettings {
  const document = Office.context.document?.settings;
  let saving = false;
  const saveSoon = (settings: Office.Settings) => {
    if (saving) return;
    saving = true;
    queueMicrotask(() => {
      saving = false;
      tagDocument(settings);
      settings.saveAsync(() => undefined);
    });
  };
  const local = (() => {
    try {
      return window.localStorage;
    } catch {
      // Emptied by a mutant, this returns undefined, which works as null here (local?.): an
      // equivalent mutant that no disable comment reaches, as a catch clause takes none.
      return null;
    }
  })();
  const inDocument = (key: string) => (DOCUMENT_SETTINGS as readonly string[]).includes(key);
  return {
    get(key) {
      if (inDocument(key) && document) return (document.get(PREFIX + key) as string) ?? undefined;
      return local?.getItem(PREFIX + key) ?? undefined;
    },
    set(key, value) {
      if (inDocument(key) && document) {
        document.set(PREFIX + key, value);
        saveSoon(document);
      } else local?.setItem(PREFIX + key, value);
    },
  };
}

/** Offer a file: a download link where the browser allows it, msSaveOrOpenBlob in EdgeHTML. */
function download(name: string, type: string, content: string): void {
  const blob = new Blob([content], { type });
  const legacy = navigator as Navigator & { msSaveOrOpenBlob?: (b: Blob, n: string) => void };
  if (legacy.msSaveOrOpenBlob) return legacy.msSaveOrOpenBlob(blob, name);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Office's theme, where this Office has one (not every host version does). */
function officeTheme(): OfficeThemeColours | null {
  const context = Office.context as { officeTheme?: OfficeThemeColours };
  return context.officeTheme ?? null;
}

export function officeEnvironment(): PaneEnvironment {
  return { locale: officeLocale(), settings: settings(), download, theme: officeTheme() };
}
