import * as excel from "../excel";
import { tagAndSave } from "../excel/documentTag";
import { localeOfLanguage } from "../form/locale";
import { COMMAND_IDS, commandHandlers } from "./commands";
import { showOutcome } from "./outcome";

/** The ribbon's function commands (manifest.xml), registered once Office is ready. */
Office.onReady(() => {
  const locale = localeOfLanguage(Office.context.displayLanguage);
  const handlers = commandHandlers({
    insertTemplate: async () => {
      const inserted = await excel.insertTemplate();
      tagAndSave(Office.context.document?.settings);
      return inserted;
    },
    checkWorkbook: (l) => excel.checkWorkbook({ locale: l }),
    mergeIntoSummary: () => excel.mergeIntoSummary({ whenChanged: "keep" }),
    showOutcome,
    locale,
  });
  for (const id of COMMAND_IDS) Office.actions.associate(id, handlers[id]);
});
