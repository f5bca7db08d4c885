/*
 * The ribbon's function commands, until the real ones land: each id from manifest.xml is
 * registered and completes its event, so that a click never leaves Excel waiting.
 */
const COMMANDS = ["insertTemplate", "checkWorkbook", "mergeSummary"] as const;

Office.onReady(() => {
  for (const id of COMMANDS) {
    Office.actions.associate(id, (event: Office.AddinCommands.Event) => event.completed());
  }
});
