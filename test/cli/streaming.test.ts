import { writeFileSync } from "node:fs";
import { buildReport } from "../../src/form";
import { reportSchemas } from "../../src/form/finding";
import { inspectFile } from "../../src/cli/inspect";
import { indentedPieces, jsonPieces, reportWriter } from "../../src/cli/reportWriters";
import { cli } from "../support/cli";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const notWorkbook = tmp.path("notes.xlsx");
beforeAll(() => writeFileSync(notWorkbook, "not a workbook"));

/** A messy batch: forms with errors, a workbook of several sheets, a missing file, a fake .xlsx. */
const inputs = () => [
  "examples/2023-unit-performance-targets.txt",
  "test/fixtures/xlsx/libreoffice-forms.xlsx",
  tmp.path("missing.xlsx"),
  notWorkbook,
  "test/fixtures/text/sample-gbk.txt",
];

/** What the whole report would be, built from each file's own report (the old, all-at-once way). */
async function wholeReport(files: string[]) {
  const reports = [];
  for (const file of files) reports.push((await inspectFile(file)).report);
  return buildReport(reports);
}

describe("validate writes its report file by file", () => {
  it("--json prints, in one write per file, the same bytes as the whole report stringified", async () => {
    const files = inputs();
    const { code, stdout, chunks } = await cli("validate", ...files, "--json");
    expect(code).toBe(2); // a missing file
    expect(stdout).toBe(JSON.stringify(await wholeReport(files), null, 2) + "\n");
    expect(reportSchemas().Report.parse(JSON.parse(stdout)).files).toHaveLength(files.length);
    // a write or more per file (the first opens the report), the closing: nothing waits for the end
    expect(chunks.length).toBeGreaterThanOrEqual(files.length + 1);
    expect(chunks.every((chunk) => chunk.split('"file": ').length <= 2)).toBe(true);
  });

  it("--ndjson prints a line per file, then the summary line", async () => {
    const files = inputs();
    const { stdout } = await cli("validate", ...files, "--ndjson");
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    const whole = await wholeReport(files);
    expect(lines).toHaveLength(files.length + 1);
    lines.slice(0, -1).forEach((line, i) => {
      expect(line.type).toBe("file");
      const { type: _type, ...report } = line;
      expect(reportSchemas().FileReport.parse(report)).toEqual(whole.files[i]);
    });
    expect(lines.at(-1)).toEqual({ type: "summary", files: files.length, ...whole.summary });
    // byte for byte what stringifying each line whole would print
    expect(stdout).toBe(
      [...whole.files.map((file) => ({ type: "file", ...file })), lines.at(-1)]
        .map((line) => `${JSON.stringify(line)}\n`)
        .join("")
    );
  });

  it("the table's closing line counts every file and finding", async () => {
    const files = inputs();
    const { stdout } = await cli("validate", ...files, "--lang", "en");
    const { summary } = await wholeReport(files);
    expect(stdout).toContain(
      `\n${files.length} file(s), ${summary.forms} form(s): ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info.\n`
    );
  });

  it.each(["json", "ndjson", "table"] as const)(
    "%s: a file of 2,000 forms is written while most are not yet turned into text",
    async (format) => {
      const { report } = await inspectFile("examples/2023-unit-performance-targets.txt");
      let written = 0;
      const form = report.forms[0];
      // JSON.stringify asks each form for its JSON, the table for its name, at the moment it writes it
      const counted = () => ({
        ...form,
        toJSON: () => (written++, form),
        get record() {
          if (format === "table") written++;
          return form.record;
        },
      });
      const big = { ...report, forms: Array.from({ length: 2_000 }, counted) };
      const pieces = reportWriter(format, "zh").file(big)[Symbol.iterator]();
      expect(pieces.next().done).toBe(false);
      expect(written).toBeGreaterThan(0);
      expect(written).toBeLessThan(500);
      while (!pieces.next().done);
      expect(written).toBe(2_000);
    }
  );

  it("a report over no files is still the report's shape", () => {
    const text = [...reportWriter("json", "zh").end()].join("");
    expect(text).toBe(JSON.stringify(buildReport([]), null, 2) + "\n");
  });

  it("writes any value a piece at a time as JSON.stringify would print it whole, indented or not", () => {
    const values = [
      { a: undefined, b: [], c: {}, d: [null, undefined, 1], e: { f: [{ g: "x\ny" }] } },
      [],
      [[], [{}], "s"],
      null,
      "文本",
      { when: new Date(0), x: [1, "]\n["], "k\ney": "[\n  ]" },
    ];
    // The indents a report is written at, and an odd one
    for (const indent of ["", "  ", "    ", "        ", " ", "\t"])
      for (const value of values)
        for (const depth of [0, 1, 3]) {
          const text = [...indentedPieces(value, indent, depth)].join("");
          expect(text).toBe(JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`));
          expect([...jsonPieces(value, depth, null)].join("")).toBe(JSON.stringify(value));
        }
  });
});
