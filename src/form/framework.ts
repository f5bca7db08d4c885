import { memoize } from "./memo";
import { normalizeLabel } from "./text";

/** The canonical 一级 names. */
export const LEVEL1 = {
  output: "产出指标",
  benefit: "效益指标",
  satisfaction: "满意度指标",
  cost: "成本指标",
} as const;

/**
 * 一级 names that provinces use for the national ones: known names of a framework of their own,
 * never "unknown", whose 二级 are those of the national 一级 they stand for. One row a name, with
 * where it was seen.
 */
const PROVINCIAL_LEVEL1: readonly { name: string; nationalName: string; source: string }[] = [
  {
    name: "项目完成指标",
    nationalName: LEVEL1.output,
    source:
      "Sichuan: 四川大英经济开发区管理委员会 2020 决算公开, https://dyrmt.com/article-90897-17.html",
  },
  {
    name: "预期产出指标",
    nationalName: LEVEL1.output,
    source:
      "Guangdong: 东莞市财政项目支出绩效目标批复表 2019, https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm",
  },
  {
    name: "效果指标",
    nationalName: LEVEL1.benefit,
    source: "Guangdong: beside 预期产出指标 in the same 东莞 批复表 (2019)",
  },
  {
    name: "项目效益指标",
    nationalName: LEVEL1.benefit,
    source: "Sichuan: named beside 项目完成指标 in issue 9; no stored page showed it",
  },
];

/**
 * The frameworks in use (docs/form.md, docs/layouts.md), as one table: each 二级 with the 一级 it may sit
 * under, and the framework the row belongs to. A 二级 listed twice is valid under either.
 */
const FRAMEWORK: readonly { level1: string; level2: string[]; framework: Framework }[] = [
  // Classic (the sample's): cost inside 产出.
  {
    level1: LEVEL1.output,
    level2: ["数量指标", "质量指标", "时效指标", "成本指标"],
    framework: "classic",
  },
  {
    level1: LEVEL1.benefit,
    level2: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    framework: "classic",
  },
  { level1: LEVEL1.satisfaction, level2: ["服务对象满意度指标"], framework: "classic" },
  // Since 2021: cost as its own 一级.
  {
    level1: LEVEL1.cost,
    level2: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
    framework: "cost2021",
  },
  // Older forms: satisfaction inside 效益.
  { level1: LEVEL1.benefit, level2: ["社会公众或服务对象满意度指标"], framework: "older" },
];

type Framework = "classic" | "cost2021" | "older";

/** What the template's drop-downs offer: the frameworks a new form should follow. */
const CURRENT: readonly Framework[] = ["classic", "cost2021"];

/** The 一级 and 二级 names of the current frameworks, in the table's order, for the template's lists. */
export function currentChoices(): { level1: string[]; level2: string[] } {
  const rows = FRAMEWORK.filter((row) => CURRENT.includes(row.framework));
  return {
    level1: [...new Set(rows.map((row) => row.level1))],
    level2: [...new Set(rows.flatMap((row) => row.level2))],
  };
}

/** Other names for the same 二级, compared after normalizeLabel and without the 指标 suffix. */
const LEVEL2_ALIASES: Record<string, string> = {
  环境效益: "生态效益指标",
  生态环境效益: "生态效益指标",
  可持续影响: "可持续影响指标",
  可持续影响效益: "可持续影响指标",
  可持续发展影响: "可持续影响指标",
  满意度: "服务对象满意度指标",
  服务对象满意: "服务对象满意度指标",
  社会公众或服务对象满意: "社会公众或服务对象满意度指标",
  生态成本: "生态环境成本指标",
  环境成本: "生态环境成本指标",
  // 东莞 批复表 (2019): cost written as budget control; one 二级 for the three benefits.
  "预算(或投资规模)控制": "成本指标",
  "社会、经济、生态效益": "社会效益指标",
};

/**
 * What ends a 一级 or 二级 name and is dropped before it is looked up: 指标, or 值 where a
 * school's 申报表 writes it instead (临邑 2025: 产出值, 数量值, 可持续影响值). Part of the reader's
 * vocabulary (src/form/reader/vocabulary.ts re-exports it), kept here beside the names.
 */
export const LEVEL_NAME_SUFFIX = /(指标|值)$/;

/**
 * The bare name: normalised, without what forms add after it (a score "(50分)", "(0-20)分",
 * "[30分]", a note "(必填)") and without the 指标 suffix (or 值 in its place).
 */
function stem(text: string): string {
  return normalizeLabel(text)
    .replace(/[([][^()[\]]*[)\]]分?$/, "")
    .replace(/[\d.\-~]+分$/, "")
    .replace(LEVEL_NAME_SUFFIX, "");
}

const LEVEL1_BY_STEM = new Map<string, string>(
  [...Object.values(LEVEL1), ...PROVINCIAL_LEVEL1.map((row) => row.name)].map(
    (name) => [stem(name), name] as [string, string]
  )
);

const NATIONAL_BY_LEVEL1 = new Map<string, string>(
  PROVINCIAL_LEVEL1.map(({ name, nationalName }) => [name, nationalName])
);

/** The national 一级 a canonical 一级 stands for: 项目完成指标 → 产出指标; a national name is itself. */
export function nationalLevel1(level1: string): string {
  return NATIONAL_BY_LEVEL1.get(level1) ?? level1;
}
const LEVEL2_BY_STEM = new Map<string, string>([
  ...FRAMEWORK.flatMap((group) =>
    group.level2.map((name) => [stem(name), name] as [string, string])
  ),
  ...Object.entries(LEVEL2_ALIASES),
]);

/** "产 出 指 标", "产出指标(50分)", "产出" → "产出指标"; null when not a 一级 of any framework. */
export const canonicalLevel1: (text: string) => string | null = memoize(
  (text) => LEVEL1_BY_STEM.get(stem(text)) ?? null
);

/** "经济效益", "经济效益 指标" → "经济效益指标"; 环境效益 → 生态效益指标; null when unknown. */
export const canonicalLevel2: (text: string) => string | null = memoize(
  (text) => LEVEL2_BY_STEM.get(stem(text)) ?? null
);

const LEVEL1S_BY_LEVEL2 = new Map<string, readonly string[]>();
for (const group of FRAMEWORK) {
  for (const level2 of group.level2)
    LEVEL1S_BY_LEVEL2.set(level2, [...(LEVEL1S_BY_LEVEL2.get(level2) ?? []), group.level1]);
}

/** The canonical (national) 一级 names a canonical 二级 may sit under, across the frameworks. */
export function level1sFor(level2: string): string[] {
  return [...(LEVEL1S_BY_LEVEL2.get(level2) ?? [])];
}

/** Whether a canonical 二级 belongs under a canonical 一级, a provincial name counting as its national one. */
export function fitsUnder(level2: string, level1: string): boolean {
  return LEVEL1S_BY_LEVEL2.get(level2)?.includes(nationalLevel1(level1)) ?? false;
}

export function isCostLevel2(level2: string): boolean {
  return LEVEL1S_BY_LEVEL2.get(level2)?.includes(LEVEL1.cost) || level2 === "成本指标";
}

export function isSatisfactionLevel2(level2: string): boolean {
  return level2.endsWith("满意度指标");
}
