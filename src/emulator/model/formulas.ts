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
  try {
    return new FormulaReader(tokenize(formula.replace(/^=/, "")), cells).result();
  } catch (error) {
    if (error instanceof FormulaError) return error.message;
    return NOT_COMPUTED;
  }
}

const COMPARE: Record<string, (order: number) => boolean> = {
  "=": (order) => order === 0,
  "<>": (order) => order !== 0,
  "<": (order) => order < 0,
  ">": (order) => order > 0,
  "<=": (order) => order <= 0,
  ">=": (order) => order >= 0,
};

/**
 * Reads a formula's tokens by recursive descent and computes as it reads, from the loosest
 * operator (comparison) down to a single value (primary).
 */
class FormulaReader {
  private at = 0;

  constructor(
    private readonly tokens: string[],
    private readonly cells: CellSource
  ) {}

  result(): EmulatedValue {
    const value = this.scalar(this.comparison());
    if (this.at !== this.tokens.length) throw new Unsupported();
    return value;
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private take(expected?: string): string | undefined {
    const token = this.tokens[this.at++];
    if (expected !== undefined && token !== expected) throw new Unsupported();
    return token;
  }

  /** Every value of the operands, areas cell by cell. */
  spread(values: Operand[]): EmulatedValue[] {
    return values.flatMap((v) => {
      if (typeof v !== "object") return [v];
      const out: EmulatedValue[] = [];
      for (let r = v.area.top; r <= v.area.bottom; r++)
        for (let c = v.area.left; c <= v.area.right; c++) {
          const value = this.cells.value(v.sheet, r, c);
          if (value === null) throw new FormulaError("#REF!");
          out.push(value);
        }
      return out;
    });
  }

  /** One value: an area must be a single cell. */
  scalar(v: Operand): EmulatedValue {
    if (typeof v !== "object") return v;
    if (v.area.top !== v.area.bottom || v.area.left !== v.area.right)
      throw new FormulaError("#VALUE!");
    return this.spread([v])[0];
  }

  numbers(args: Operand[]): number[] {
    return this.spread(args).filter((v): v is number => typeof v === "number");
  }

  /** Operands joined by any of `ops`, left to right. */
  private chain(
    next: () => Operand,
    ops: string[],
    apply: (op: string, a: Operand, b: Operand) => Operand
  ): Operand {
    let value = next();
    while (ops.includes(this.peek() ?? "")) {
      const op = this.take()!;
      value = apply(op, value, next());
    }
    return value;
  }

  private comparison(): Operand {
    return this.chain(
      () => this.concat(),
      Object.keys(COMPARE),
      (op, a, b) => {
        const [x, y] = [this.scalar(a), this.scalar(b)];
        return COMPARE[op](x < y ? -1 : x > y ? 1 : 0);
      }
    );
  }

  private concat(): Operand {
    return this.chain(
      () => this.additive(),
      ["&"],
      (_op, a, b) => `${String(this.scalar(a))}${String(this.scalar(b))}`
    );
  }

  private additive(): Operand {
    return this.chain(
      () => this.term(),
      ["+", "-"],
      (op, a, b) => {
        const [x, y] = [numberOf(this.scalar(a)), numberOf(this.scalar(b))];
        return op === "+" ? x + y : x - y;
      }
    );
  }

  private term(): Operand {
    return this.chain(
      () => this.unary(),
      ["*", "/"],
      (op, a, b) => {
        const [x, y] = [numberOf(this.scalar(a)), numberOf(this.scalar(b))];
        if (op === "/" && y === 0) throw new FormulaError("#DIV/0!");
        return op === "*" ? x * y : x / y;
      }
    );
  }

  private unary(): Operand {
    if (this.peek() === "-") return (this.take(), -numberOf(this.scalar(this.unary())));
    if (this.peek() === "+") return (this.take(), this.unary());
    return this.primary();
  }

  private primary(): Operand {
    const token = this.take();
    if (token === undefined) throw new Unsupported();
    if (token === "(") {
      const value = this.comparison();
      this.take(")");
      return value;
    }
    if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(token)) return Number(token);
    if (/^(TRUE|FALSE)$/i.test(token) && this.peek() !== "(") return token.toUpperCase() === "TRUE";
    const { sheet, local } = splitSheet(token);
    const area = parseLocal(local);
    if (area && /\d/.test(local)) return { sheet, area };
    const name = token.toUpperCase();
    if (this.peek() !== "(" || !FUNCTIONS.includes(name)) throw new Unsupported();
    return callFunction(name, this.argumentList(), this);
  }

  private argumentList(): Operand[] {
    this.take("(");
    const args: Operand[] = [];
    while (this.peek() !== ")") {
      args.push(this.comparison());
      if (this.peek() === ",") this.take(",");
      else if (this.peek() !== ")") throw new Unsupported();
    }
    this.take(")");
    return args;
  }
}

/** One of FUNCTIONS over its arguments, as Excel computes it. */
function callFunction(name: string, args: Operand[], reader: FormulaReader): EmulatedValue {
  const numbers = () => reader.numbers(args);
  const scalarNumber = (i: number, fallback: Operand) =>
    numberOf(reader.scalar(args[i] ?? fallback));
  switch (name) {
    case "SUM":
      return numbers().reduce((a, b) => a + b, 0);
    case "COUNT":
      return numbers().length;
    case "COUNTA":
      return reader.spread(args).filter((v) => v !== "").length;
    case "AVERAGE": {
      const list = numbers();
      if (list.length === 0) throw new FormulaError("#DIV/0!");
      return list.reduce((a, b) => a + b, 0) / list.length;
    }
    case "MIN":
      return numbers().length ? Math.min(...numbers()) : 0;
    case "MAX":
      return numbers().length ? Math.max(...numbers()) : 0;
    case "ROUND": {
      const factor = 10 ** scalarNumber(1, 0);
      return Math.round(numberOf(reader.scalar(args[0])) * factor) / factor;
    }
    case "N": {
      const v = reader.scalar(args[0]);
      return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
    }
    case "IF":
      return numberOf(reader.scalar(args[0])) !== 0
        ? reader.scalar(args[1] ?? true)
        : reader.scalar(args[2] ?? false);
  }
  throw new Unsupported();
}
