import type { Locale } from "../form/locale";
import { commandHandlers, type CommandDeps } from "./commands";

/** A ribbon button as scripts/wps/ribbon.ts reads it from manifest.xml (ids, labels, tips, icon, action). */
export interface RibbonButton {
  id: string;
  action: string;
  label: { zh: string; en: string };
  tip: { zh: string; en: string };
  icon: string;
}

export interface RibbonSource {
  group: { zh: string; en: string };
  buttons: RibbonButton[];
}

/** What WPS passes to a ribbon callback: the control, by the id ribbon.xml gave it. */
interface RibbonControl {
  Id: string;
}

export interface WpsRibbonDeps extends CommandDeps {
  /** Show the task pane (made once, then shown again). */
  showPane(): void;
}

/**
 * The callbacks WPS calls by name from ribbon.xml (docs/wps.md, "The ribbon"): the same commands
 * as Excel's ribbon (src/commands/commands.ts), labels and icons from the same manifest.
 */
export function ribbonCallbacks(source: RibbonSource, deps: WpsRibbonDeps) {
  const handlers = commandHandlers(deps);
  const byId = new Map(source.buttons.map((b) => [b.id, b]));
  const done = { completed: () => undefined };
  const label = (id: string, locale: Locale) => byId.get(id)?.label[locale] ?? source.group[locale];
  return {
    OnAddinLoad: () => true,
    OnAction(control: RibbonControl): Promise<void> {
      const action = byId.get(control.Id)?.action;
      if (action === "pane") {
        deps.showPane();
        return Promise.resolve();
      }
      const handler = handlers[action as keyof typeof handlers];
      return handler ? handler(done) : Promise.resolve();
    },
    GetImage: (control: RibbonControl) => `images/${byId.get(control.Id)?.icon ?? ""}`,
    OnGetLabel: (control: RibbonControl) => label(control.Id, deps.locale),
  };
}
