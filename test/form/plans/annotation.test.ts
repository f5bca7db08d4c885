import { templatePlan } from "../../../src/form";
import { annotationPlan } from "../../../src/form/annotate";
import { finding, opsOf } from "./support";

describe("annotationPlan", () => {
  const findings = [
    finding("表", "C9", "warning"),
    finding("表", "C9", "error"),
    finding("表", "C9", "info"),
    finding("表", "E12", "warning"),
    finding("表", "A3", "info"),
    finding("别的表", "B2", "error"),
  ];
  const plan = annotationPlan("表", findings);

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

  it("puts every message of a cell in its note, worst first, in the reader's language", () => {
    const zh = opsOf(plan, "note")
      .find((op) => op.cell === "C9")!
      .text.split("\n");
    expect(zh).toEqual([
      "[错误] x.error：中文C9",
      "[警告] x.warning：中文C9",
      "[提示] x.info：中文C9",
    ]);
    const en = opsOf(annotationPlan("表", findings, "en"), "note").map((op) => op.text);
    expect(en.join("\n")).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en[1]).toBe(
      "[error] x.error: english C9\n[warning] x.warning: english C9\n[info] x.info: english C9"
    );
  });

  it("plans nothing for a sheet without findings", () => {
    expect(annotationPlan("空", findings).ops).toEqual([]);
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
