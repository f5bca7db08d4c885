import fc from "fast-check";
import { readWorkbook, WorkbookError } from "../../src/xlsx";
import { sharedStrings } from "../../src/xlsx/sharedStrings";
import { StringItem } from "../../src/xlsx/text";
import { parseXml } from "../../src/xlsx/xml";
import { sheetData, xlsxPackage, type PackageSpec } from "../support/xlsxPackage";

/** The one sheet's values of a package made of these rows (and options). */
function values(rows: string[], spec: Partial<PackageSpec> = {}) {
  const [grid] = readWorkbook(
    xlsxPackage({ sheets: [{ name: "表", body: sheetData(...rows) }], ...spec })
  );
  return grid.values;
}

const PERCENT_AND_DATES = `<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>
<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="49"/><xf numFmtId="4"/></cellXfs>`;

describe("the .xlsx reader: each kind of cell as the person sees it", () => {
  it("reads shared strings, rich text runs without their phonetic guide, and escaped characters", () => {
    const rows = values(
      ['<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'],
      {
        sharedStrings: [
          "<t>项目名称</t>",
          '<r><rPr><b/></rPr><t>产出</t></r><r><t xml:space="preserve"> 指标</t></r><rPh sb="0" eb="2"><t>チャンシュツ</t></rPh>',
          "<t>第一行_x000D_\n第二行 a_x005F_x0041_b</t>",
        ],
      }
    );
    expect(rows).toEqual([["项目名称", "产出 指标", "第一行\r\n第二行 a_x0041_b"]]);
  });

  it("reads a plain shared string as the usual way does, in every shape it is written", () => {
    const items = [
      '<t xml:space="preserve"> 前后 </t>',
      "<t>a &amp; b</t>",
      "<t></t>",
      "<t/>",
      "<t>x\r\ny</t>",
      '<t xml:space="default">缺省</t>',
      "<t >间隔</t >",
      '<r><rPr><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve">前 </t></r><r><t>后</t></r>',
      "<r><t>_x00</t></r><r><rPr/><t>41_</t></r>",
    ];
    const cells = items.map((_, i) => `<c r="${"ABCDEFGHI"[i]}1" t="s"><v>${i}</v></c>`);
    expect(values([cells.join("")], { sharedStrings: items })).toEqual([
      [" 前后 ", "a & b", "", "", "x\ny", "缺省", "间隔", "前 后", "A"],
    ]);
  });

  it("reads a shared string whole or the usual way alike, and refuses the same, whatever it holds", () => {
    /** The strings as read tag by tag, or the refusal. */
    const usual = (xml: string) => {
      const strings: string[] = [];
      const item = new StringItem();
      parseXml("xl/sharedStrings.xml", xml, {
        open: (name) => void item.open(name, "si"),
        text: (text) => item.text(text),
        close(name) {
          const done = item.close(name, "si");
          if (done !== undefined) strings.push(done);
        },
      });
      return strings;
    };
    const outcome = (read: () => string[]) => {
      try {
        return read();
      } catch (error) {
        return (error as Error).message;
      }
    };
    const pieces = [
      ...[
        "<t>a</t>",
        '<t xml:space="preserve"> b </t>',
        "<r>",
        "</r>",
        "<rPr>",
        "</rPr>",
        "<rPr/>",
      ],
      ...['<sz val="11"/>', "<b/>", '<rFont val="&amp;"/>', "<t>x&amp;y</t>", "<t>_x000D_</t>"],
      ...['<rPh sb="0"><t>ふ</t></rPh>', "<t/>", "<phoneticPr/>", "z", "<x:b/>", "<t>\r</t>", "<"],
      ...["<color rgb='1'/>", '<rFont val="<"/>', "<r><t>c</t></r>", "<t>d</t >", "<si>", "</si>"],
      ...[
        "<r><t>x&amp;y</t></r>",
        "<r><t>_x0041_</t></r>",
        '<r><rPr><sz val="1"/></rPr><t>e</t></r>',
      ],
      ...[
        "<r><rPh><t>g</t></rPh></r>",
        "<r><t>h\r\n</t></r>",
        "<r><rPr><b/><i/></rPr><t>_x00</t></r>",
      ],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (inside) => {
        const xml = `<sst><si>${inside.join("")}</si><si><t>k</t></si></sst>`;
        expect(outcome(() => sharedStrings("xl/sharedStrings.xml", xml))).toEqual(
          outcome(() => usual(xml))
        );
      }),
      { numRuns: 5_000 }
    );
  });

  it("reads inline strings, plain and rich", () => {
    expect(
      values([
        '<c r="A1" t="inlineStr"><is><t>实施单位</t></is></c><c r="B1" t="inlineStr"><is><r><t>年度</t></r><r><t>金额</t></r></is></c>',
      ])
    ).toEqual([["实施单位", "年度金额"]]);
  });

  it("keeps amounts exact and shows percent, text and date formats as displayed", () => {
    const rows = values(
      [
        '<c r="A1" s="7"><v>11.456</v></c><c r="B1" s="1"><v>0.9</v></c><c r="C1" s="2"><v>1</v></c><c r="D1" s="3"><v>0.955</v></c>',
        '<c r="A2" s="4"><v>44927</v></c><c r="B2" s="5"><v>44927</v></c><c r="C2" s="6"><v>12</v></c><c r="D2"><v>0.1</v></c>',
      ],
      { styles: PERCENT_AND_DATES }
    );
    expect(rows).toEqual([
      [11.456, "90%", "100.00%", "95.5%"],
      ["2023/1/1", "2023年1月", "12", 0.1],
    ]);
  });

  it("counts dates from 1904 when the workbook says so", () => {
    const rows = values(['<c r="A1" s="4"><v>43465</v></c><c r="B1" s="1"><v>0.5</v></c>'], {
      styles: PERCENT_AND_DATES,
      workbookPr: 'date1904="1"',
    });
    expect(rows).toEqual([["2023/1/1", "50%"]]);
  });

  it("reads ISO dates written as cell type d, booleans and error values", () => {
    expect(
      values(
        [
          '<c r="A1" t="d" s="4"><v>2023-01-01T00:00:00Z</v></c><c r="B1" t="d"><v>2023-12-31</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c>',
        ],
        { styles: PERCENT_AND_DATES }
      )
    ).toEqual([["2023/1/1", "2023-12-31", true, false, "#N/A"]]);
  });

  it("gives formulas their cached results, shared formulas included, errors as shown", () => {
    const [grid] = readWorkbook(
      xlsxPackage({
        sheets: [
          {
            name: "表",
            body: sheetData(
              '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>3</v></c>',
              '<c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c>',
              '<c r="A3"><v>0</v></c><c r="C3" t="e"><f t="shared" si="0"/><v>#DIV/0!</v></c><c r="D3" t="str"><f>"合"&amp;"计"</f><v>合计</v></c>'
            ),
          },
        ],
      })
    );
    expect(grid.values).toEqual([
      [1, 2, 3],
      [3, 4, 7],
      [0, null, "#DIV/0!", "合计"],
    ]);
    expect(grid.uncalculated).toBeUndefined();
  });

  it("reads a formula saved without a result as uncalculated, not as a blank or a zero", () => {
    const [grid] = readWorkbook(
      xlsxPackage({
        sheets: [
          {
            name: "表",
            body: sheetData(
              '<c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c><c r="C1" t="str"><f>A1&amp;""</f><v></v></c>',
              '<c r="A2"><f t="shared" ref="A2:B2" si="0">A1</f></c><c r="B2"><f t="shared" si="0"/><v></v></c>'
            ),
          },
        ],
      })
    );
    expect(grid.values).toEqual([[1, null, ""]]);
    expect(grid.uncalculated).toEqual([
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
    ]);
  });

  it("reads merged areas, each once, in the order written", () => {
    const merges = Array.from(
      { length: 3000 },
      (_, i) => `<mergeCell ref="A${2 * i + 1}:E${2 * i + 2}"/>`
    );
    const [grid] = readWorkbook(
      xlsxPackage({
        sheets: [
          {
            name: "表",
            body: `${sheetData('<c r="A1"><v>1</v></c>')}<mergeCells>${merges.join("")}</mergeCells>`,
          },
        ],
      })
    );
    expect(grid.merges).toHaveLength(3000);
    expect(grid.merges[0]).toEqual({ top: 0, left: 0, bottom: 1, right: 4 });
    expect(grid.merges[2999]).toEqual({ top: 5998, left: 0, bottom: 5999, right: 4 });
  });

  it("refuses a merged area outside the grid, naming it", () => {
    const body = `${sheetData('<c r="A1"><v>1</v></c>')}<mergeCells><mergeCell ref="A1:XFE2"/></mergeCells>`;
    expect(() => readWorkbook(xlsxPackage({ sheets: [{ name: "表", body }] }))).toThrow(
      /merged area A1:XFE2 on sheet "表" is invalid/
    );
  });

  it("places cells and rows that carry no address after the one before", () => {
    const body =
      '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c><v>4</v></c></row></sheetData>';
    const [grid] = readWorkbook(xlsxPackage({ sheets: [{ name: "表", body }] }));
    expect(grid.values).toEqual([[1, 2], [], [null, 3, 4]]);
  });

  it("reads prefixed elements, absolute targets and part names in another case", () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const bytes = xlsxPackage({
      sheets: [{ name: "表", body: "" }],
      parts: {
        "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/Sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
        "xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        "xl/sharedStrings.xml": `<x:sst xmlns:x="${main}"><x:si><x:t>主管部门</x:t></x:si></x:sst>`,
      },
    });
    expect(readWorkbook(bytes)[0].values).toEqual([["主管部门"]]);
  });

  it("lists worksheets in the workbook's order, hidden ones included, chart sheets left out", () => {
    const grids = readWorkbook(
      xlsxPackage({
        sheets: [
          { name: "汇总", body: sheetData('<c r="A1"><v>1</v></c>') },
          { name: "图表", body: "", kind: "chartsheet" },
          { name: "项目一", body: sheetData() },
        ],
      })
    );
    expect(grids.map((grid) => grid.sheet)).toEqual(["汇总", "项目一"]);
  });

  it("reads a workbook without shared strings or styles", () => {
    const bytes = xlsxPackage({
      sheets: [{ name: "表", body: sheetData('<c r="A1" t="inlineStr"><is><t>x</t></is></c>') }],
      parts: { "xl/sharedStrings.xml": null, "xl/styles.xml": null },
    });
    expect(readWorkbook(bytes)[0].values).toEqual([["x"]]);
  });

  it.each([
    ['<c r="A1" t="s"><v>5</v></c>', /表!A1 refers to shared string 5/],
    ['<c r="A1"><v>12abc</v></c>', /表!A1 holds an invalid number/],
    ['<c r="XFE1"><v>1</v></c>', /cell address XFE1/],
    ['<c r="A1048577"><v>1</v></c>', /cell address A1048577/],
  ])("refuses a damaged cell and names it: %s", (cell, message) => {
    expect(() => values([cell])).toThrow(WorkbookError);
    expect(() => values([cell])).toThrow(message);
  });
});
