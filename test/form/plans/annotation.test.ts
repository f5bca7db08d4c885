import { templatePlan } from "../../../src/form";
import { annotationPlan, gridPlan } from "../../../src/form/annotate";
import type { GridSnapshot } from "../../../src/form/grid";
import { cellMarks } from "../../../src/form/marks";
import type { SheetPlan } from "../../../src/form/plan";
import { finding, opsOf, type Finding } from "./support";

describe("annotationPlan", () => {
  const findings = [
    finding("表", "C9", "warning"),
    finding("表", "C9", "error"),
    finding("表", "C9", "info"),
    finding("表", "E12", "warning"),
    finding("表", "A3", "info"),
    finding("别的表", "B2", "error"),
  ];
  // Planned in each test, so that a mutation run counts the tests that reach the planner.
  let plan: SheetPlan;
  beforeEach(() => {
    plan = annotationPlan("表", findings);
  });

  it("fills exactly the finding cells of its sheet, once each", () => {
    expect(opsOf(plan, "format").map((op) => op.range)).toEqual(["A3", "C9", "E12"]);
    expect(plan.ops.every((op) => op.kind === "format" || op.kind === "note")).toBe(true);
  });

  it("fills each cell in its worst finding's colour: error red, warning amber, info blue", () => {
    const fill = Object.fromEntries(opsOf(plan, "format").map((op) => [op.range, op.format]));
    expect(fill).toEqual({
      A3: { fill: "#DDEBF7" },
      C9: { fill: "#FFC7CE" },
      E12: { fill: "#FFEB9C" },
    });
  });

  it("puts every message of a cell in its note, worst first, in the reader's language, without rule codes", () => {
    const zh = opsOf(plan, "note")
      .find((op) => op.cell === "C9")!
      .text.split("\n");
    expect(zh).toEqual(["[错误] 中文C9", "[警告] 中文C9", "[提示] 中文C9"]);
    const en = opsOf(annotationPlan("表", findings, "en"), "note").map((op) => op.text);
    expect(en.join("\n")).not.toMatch(/[\u4e00-\u9fff]/);
    expect([...zh, ...en].join("\n")).not.toMatch(/x\.(error|warning|info)/);
    expect(en[1]).toBe("[error] english C9\n[warning] english C9\n[info] english C9");
  });

  it("plans nothing for a sheet without findings", () => {
    expect(annotationPlan("空", findings).ops).toEqual([]);
  });
});

describe("cellMarks: one mark a cell", () => {
  it("takes the worst severity whatever order the findings come in", () => {
    const worst = (...severities: Finding["severity"][]) =>
      cellMarks(severities.map((s) => finding("表", "B2", s)))[0];
    expect(worst("info", "warning").severity).toBe("warning");
    expect(worst("warning", "info").severity).toBe("warning");
    expect(worst("info", "error", "warning")).toMatchObject({ severity: "error", fill: "#FFC7CE" });
    expect(worst("info").fill).toBe("#DDEBF7");
    expect(worst("warning", "warning").findings).toHaveLength(2);
  });

  it("orders marks by sheet, then row, then column, and skips findings with no sheet", () => {
    const marks = cellMarks([
      finding("表2", "A1", "error"),
      finding("表1", "C10", "info"),
      finding("表1", "D9", "info"),
      finding("表1", "C9", "info"),
      finding("", "A1", "error"),
    ]);
    expect(marks.map((m) => `${m.sheet}!${m.cell}`)).toEqual([
      "表1!C9",
      "表1!D9",
      "表1!C10",
      "表2!A1",
    ]);
    expect(marks[0]).toMatchObject({ row: 8, col: 2 });
  });

  it("keeps apart the same cell on two sheets", () => {
    const marks = cellMarks([finding("表1", "A1", "error"), finding("表2", "A1", "info")]);
    expect(marks.map((m) => [m.sheet, m.severity])).toEqual([
      ["表1", "error"],
      ["表2", "info"],
    ]);
  });
});

describe("gridPlan: a text input written back as a sheet", () => {
  it("writes the values where they were, ragged rows padded with blanks", () => {
    const grid: GridSnapshot = {
      sheet: "文本",
      origin: { row: 2, col: 1 },
      values: [["a", "b", "c"], ["d"], []],
      merges: [],
    };
    expect(gridPlan(grid)).toEqual({
      sheet: "文本",
      ops: [
        {
          kind: "values",
          range: "B3:D5",
          values: [
            ["a", "b", "c"],
            ["d", null, null],
            [null, null, null],
          ],
        },
      ],
    });
  });

  it("writes a text of one line, or of one column", () => {
    const one = (values: string[][]) =>
      gridPlan({ sheet: "文本", origin: { row: 0, col: 0 }, values, merges: [] }).ops;
    expect(one([["a", "b"]])).toEqual([{ kind: "values", range: "A1:B1", values: [["a", "b"]] }]);
    expect(one([["a"], ["b"]])).toEqual([
      { kind: "values", range: "A1:A2", values: [["a"], ["b"]] },
    ]);
    expect(one([["a"]])).toEqual([{ kind: "values", range: "A1", values: [["a"]] }]);
  });

  it("writes nothing for an empty text, or one of empty lines", () => {
    const empty = { sheet: "空", origin: { row: 0, col: 0 }, merges: [] };
    expect(gridPlan({ ...empty, values: [] })).toEqual({ sheet: "空", ops: [] });
    expect(gridPlan({ ...empty, values: [[], []] })).toEqual({ sheet: "空", ops: [] });
  });
});

describe("the form's print setup", () => {
  it("prints the standard form portrait on A4, one page wide, over the form's own area", () => {
    const plan = templatePlan({ year: 2025 });
    const rows = opsOf(plan, "values")[0].values.length;
    expect(opsOf(plan, "print")).toEqual([
      {
        kind: "print",
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        area: `A1:E${rows}`,
        titleRows: "1:3",
      },
    ]);
  });
});
