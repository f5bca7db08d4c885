import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, isAbsolute, join, resolve, sep } from "node:path";
import { globSync } from "tinyglobby";
import { bilingual } from "./messages";

/** What a folder is read for: the workbooks the reader takes, and those it asks to resave (inspect.ts). */
const WORKBOOK_TYPES = new Set([".xlsx", ".xlsm", ".xls", ".et", ".ods"]);
/** A glob's special characters: Windows' shells hand `*.xlsx` over as it is typed. */
export const isPattern = (arg: string) => /[*?[\]{}]/.test(arg);

export interface Inputs {
  files: string[];
  /** What was passed over, in both languages: the same file given again under another name. */
  notes: string[];
}

/**
 * The files the command reads, from its arguments as people give them (README, "The command-line
 * tool"): a file; a folder, for every workbook in it and its subfolders, in natural order (表2
 * before 表10); or a pattern such as *.xlsx, which only a POSIX shell expands. Excel's lock files
 * (~$表.xlsx), hidden files and annotated copies are passed over, and so is `leaveOut` (the
 * command's own output, a file or a folder) where a folder or a pattern would take it in. Each file
 * is read once however often it is named, since a form read twice would be summed twice. A folder
 * with no workbook, or a pattern nothing matches, is left as given, for the reader to say so.
 */
export function expandInputs(
  args: readonly string[],
  leaveOut: readonly (string | undefined)[] = []
): Inputs {
  const left = leaveOut.filter((f): f is string => Boolean(f)).map(identity);
  // The command's output, or anything in it when it is a folder (validate --annotate's copies).
  const isOutput = (id: string) => left.some((out) => id === out || id.startsWith(out + sep));
  const seen = new Map<string, string>();
  const inputs: Inputs = { files: [], notes: [] };
  for (const arg of args) {
    const found = listed(arg);
    for (const file of found ?? [arg]) {
      const id = identity(file);
      if (found && isOutput(id)) continue;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, file);
        inputs.files.push(file);
      } else if (file !== first) {
        // Said only when spelled otherwise: a folder and a pattern that overlap are no news.
        inputs.notes.push(bilingual("input.repeated", { file, first }));
      }
    }
  }
  return inputs;
}

/** A folder's or a pattern's files; null for a plain argument, or when none is found. */
function listed(arg: string): string[] | null {
  const kind = kindOf(arg);
  const found =
    kind === "folder"
      ? workbooksIn(arg)
      : kind === "missing" && isPattern(arg)
        ? matching(arg)
        : [];
  return found.length > 0 ? found.sort(naturally) : null;
}

function kindOf(path: string): "folder" | "file" | "missing" {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}

/** Hidden files, Excel's lock files (~$表.xlsx), and the copies validate --annotate wrote (names.ts). */
const passedOver = (name: string) =>
  name.startsWith(".") || name.startsWith("~$") || name.endsWith(".annotated.xlsx");

/** Every workbook in a folder and its subfolders, by path. */
function workbooksIn(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (passedOver(entry.name)) continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? kindOf(path) : entry.isDirectory() ? "folder" : "file";
    if (kind === "folder" && !entry.isSymbolicLink()) found.push(...workbooksIn(path));
    else if (kind === "file" && WORKBOOK_TYPES.has(extname(entry.name).toLowerCase()))
      found.push(path);
  }
  return found;
}

/** A pattern's files, with tinyglobby (the bundle loads it on this first call: scripts/build.mjs). */
function matching(pattern: string): string[] {
  const posix = process.platform === "win32" ? pattern.replace(/\\/g, "/") : pattern;
  return globSync([posix], {
    onlyFiles: true,
    expandDirectories: false,
    absolute: isAbsolute(pattern),
  }).filter((file) => !passedOver(file.slice(file.lastIndexOf("/") + 1)));
}

/** One file however it is spelled (./a.xlsx, a link to it): its real path where it exists. */
function identity(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return resolve(file);
  }
}

const naturally = (a: string, b: string) => a.localeCompare(b, "zh-CN", { numeric: true });
