import type { Area } from "../../form/grid";
import { parseLocal, splitSheet } from "./address";
import type { EmulatedValue } from "./sheet";

/** How a formula reaches cells: a sheet by name (undefined: its own) and one cell's value. */
export interface CellSource {
  value(sheet: string | undefined, row: number, col: number): EmulatedValue | null;
}

type Operand = EmulatedValue | { sheet?: string; area: Area };

/** A formula the emulator cannot compute reads as this (docs/emulator.md, "Approximate, and the guesses taken"). */
export const NOT_COMPUTED = "#N/A";
const FUNCTIONS = ["SUM", "COUNT", "COUNTA", "AVERAGE", "MIN", "MAX", "ROUND", "N", "IF"];

class Unsupported extends Error {}
class FormulaError extends Error {}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/&=<>(),:^%]))/uy;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex === at) {
      if (/^\s*$/.test(text.slice(at))) break;
      throw new Unsupported();
    }
    tokens.push(m[0].trim());
  }
  return tokens;
}

const numberOf = (v: Operand): number => {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  throw new FormulaError("#VALUE!");
};

/** A small evaluator for the formulas the add-in writes: SUM and a few neighbours, + - * / & and comparisons. */
export function evaluate(formula: string, cells: CellSource): EmulatedValue {
  let tokens: string[];
  try {
    tokens = tokenize(formula.replace(/^=/, ""));
  } catch {
    return NOT_COMPUTED;
  }
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (expected !== undefined && token !== expected) throw new Unsupported();
    return token;
  };

  const spread = (values: Operand[]): EmulatedValue[] =>
    values.flatMap((v) => {
      if (typeof v !== "object") return [v];
      const out: EmulatedValue[] = [];
      for (let r = v.area.top; r <= v.area.bottom; r++)
        for (let c = v.area.left; c <= v.area.right; c++) {
          const value = cells.value(v.sheet, r, c);
          if (value === null) throw new FormulaError("#REF!");
          out.push(value);
        }
      return out;
    });
  const scalar = (v: Operand): EmulatedValue => {
    if (typeof v !== "object") return v;
    if (v.area.top !== v.area.bottom || v.area.left !== v.area.right)
      throw new FormulaError("#VALUE!");
    return spread([v])[0];
  };
  const numbers = (args: Operand[]) =>
    spread(args).filter((v): v is number => typeof v === "number");

  const call = (name: string, args: Operand[]): EmulatedValue => {
    switch (name) {
      case "SUM":
        return numbers(args).reduce((a, b) => a + b, 0);
      case "COUNT":
        return numbers(args).length;
      case "COUNTA":
        return spread(args).filter((v) => v !== "").length;
      case "AVERAGE": {
        const list = numbers(args);
        if (list.length === 0) throw new FormulaError("#DIV/0!");
        return list.reduce((a, b) => a + b, 0) / list.length;
      }
      case "MIN":
        return numbers(args).length ? Math.min(...numbers(args)) : 0;
      case "MAX":
        return numbers(args).length ? Math.max(...numbers(args)) : 0;
      case "ROUND": {
        const factor = 10 ** numberOf(scalar(args[1] ?? 0));
        return Math.round(numberOf(scalar(args[0])) * factor) / factor;
      }
      case "N": {
        const v = scalar(args[0]);
        return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
      }
      case "IF":
        return numberOf(scalar(args[0])) !== 0 ? scalar(args[1] ?? true) : scalar(args[2] ?? false);
    }
    throw new Unsupported();
  };

  const primary = (): Operand => {
    const token = take();
    if (token === undefined) throw new Unsupported();
    if (token === "(") {
      const value = comparison();
      take(")");
      return value;
    }
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(token)) return Number(token);
    if (/^(TRUE|FALSE)$/i.test(token) && peek() !== "(") return token.toUpperCase() === "TRUE";
    const { sheet, local } = splitSheet(token);
    const area = parseLocal(local);
    if (area && /\d/.test(local)) return { sheet, area };
    const name = token.toUpperCase();
    if (peek() !== "(" || !FUNCTIONS.includes(name)) throw new Unsupported();
    take("(");
    const args: Operand[] = [];
    while (peek() !== ")") {
      args.push(comparison());
      if (peek() === ",") take(",");
      else if (peek() !== ")") throw new Unsupported();
    }
    take(")");
    return call(name, args);
  };
  const unary = (): Operand => {
    if (peek() === "-") return (take(), -numberOf(scalar(unary())));
    if (peek() === "+") return (take(), unary());
    return primary();
  };
  const binary =
    (next: () => Operand, ops: string[], apply: (op: string, a: Operand, b: Operand) => Operand) =>
    () => {
      let value = next();
      while (ops.includes(peek())) {
        const op = take();
        value = apply(op, value, next());
      }
      return value;
    };
  const term = binary(unary, ["*", "/"], (op, a, b) => {
    const [x, y] = [numberOf(scalar(a)), numberOf(scalar(b))];
    if (op === "/" && y === 0) throw new FormulaError("#DIV/0!");
    return op === "*" ? x * y : x / y;
  });
  const additive = binary(term, ["+", "-"], (op, a, b) =>
    op === "+"
      ? numberOf(scalar(a)) + numberOf(scalar(b))
      : numberOf(scalar(a)) - numberOf(scalar(b))
  );
  const concat = binary(additive, ["&"], (_op, a, b) => `${String(scalar(a))}${String(scalar(b))}`);
  const comparison = binary(concat, ["=", "<>", "<", ">", "<=", ">="], (op, a, b) => {
    const [x, y] = [scalar(a), scalar(b)];
    const order = x < y ? -1 : x > y ? 1 : 0;
    return {
      "=": order === 0,
      "<>": order !== 0,
      "<": order < 0,
      ">": order > 0,
      "<=": order <= 0,
      ">=": order >= 0,
    }[op]!;
  });

  try {
    const result = scalar(comparison());
    if (at !== tokens.length) return NOT_COMPUTED;
    return result;
  } catch (error) {
    if (error instanceof FormulaError) return error.message;
    return NOT_COMPUTED;
  }
}
