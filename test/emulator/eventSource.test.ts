import { EmulatedWorkbook } from "../../src/emulator";

/*
 * Who made a change (ExcelApi 1.14's triggerSource): the add-in's batch, or a person. An action of
 * a batch that is done at once gives the workbook back at once: a person typing while its answer
 * is on the way (the moment the add-in's operation has returned) is the person.
 */
it("a person's edit while a batch's answer is on its way is the person's", async () => {
  const workbook = new EmulatedWorkbook(["S"]);
  const addin = {};
  const seen: string[] = [];
  workbook.onChange((change) => seen.push(`${change.area.top}:${change.by ? "add-in" : "person"}`));
  const answer = workbook.writing(addin, () => workbook.typeValues("S", "A1", [["写"]]));
  workbook.typeValues("S", "E5", [["手输"]]);
  await answer;
  // An action that waits (a file to read) keeps the slot until it is done.
  const reading = workbook.writing(addin, async () => {
    await Promise.resolve();
    workbook.typeValues("S", "A2", [["读后写"]]);
  });
  await reading;
  await expect(
    workbook.writing(addin, () => {
      throw new Error("refused");
    })
  ).rejects.toThrow("refused");
  workbook.typeValues("S", "E6", [["又手输"]]);
  expect(seen).toEqual(["0:add-in", "4:person", "1:add-in", "5:person"]);
});
