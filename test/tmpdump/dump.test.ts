import { checkSheet, clearMarks } from "../../src/excel";
import { installHost } from "../excel/host";
it("dump", async () => {
  const host = installHost({ ExcelApi: "1.8" }, ["Sheet1"]);
  await checkSheet("Sheet1");
  console.log(JSON.stringify([...host.workbook.sheets[0].cells]), JSON.stringify(host.workbook.sheets[0].conditionalFormats));
  await clearMarks();
  console.log(JSON.stringify([...host.workbook.sheets[0].cells]));
});
