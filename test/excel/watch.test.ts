import { watchChanges } from "../../src/excel";
import { HOSTS, installHost } from "./host";

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 20));

describe.each(HOSTS)("watchChanges on $name", ({ requirementSets }) => {
  it("calls back with the changed sheet's id until it is stopped", async () => {
    const host = installHost(requirementSets, ["表1", "表2"]);
    const changed: string[] = [];
    const stop = await watchChanges((id) => changed.push(id));
    expect(stop).not.toBeNull();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange("B3").values = [["改了"]];
      await context.sync();
    });
    await nextTurn();
    expect(changed).toEqual([host.workbook.sheet("表2")!.id]);
    await stop!();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A1").values = [["又改了"]];
      await context.sync();
    });
    await nextTurn();
    expect(changed).toHaveLength(1);
  });
});
