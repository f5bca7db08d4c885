import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";
import type { ManifestProblem } from "./check";

/**
 * Microsoft's XSDs for the add-in-only manifest are data that lives beside the repository, in
 * ../shared/office-schemas/ (never copied in: see docs/addin.md). They are validated with libxml2
 * compiled to WebAssembly, so the check needs no network and no native tool.
 */

const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/**
 * Where the schemas are: $OFFICE_SCHEMAS, else ../shared/office-schemas beside the repository,
 * else beside the main checkout when this is a git worktree. Undefined when none has them.
 */
export function officeSchemasDir(repositoryRoot: string = process.cwd()): string | undefined {
  const candidates = [
    process.env.OFFICE_SCHEMAS,
    join(repositoryRoot, "..", "shared", "office-schemas"),
    mainCheckoutOf(repositoryRoot) &&
      join(mainCheckoutOf(repositoryRoot)!, "..", "shared", "office-schemas"),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, ROOT_SCHEMA)));
}

/** A worktree's .git is a file naming <main checkout>/.git/worktrees/<name>. */
function mainCheckoutOf(repositoryRoot: string): string | undefined {
  const gitFile = join(repositoryRoot, ".git");
  if (!existsSync(gitFile) || !statSync(gitFile).isFile()) return undefined;
  const match = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitFile, "utf8"));
  if (!match) return undefined;
  const gitDir = resolve(repositoryRoot, match[1].trim());
  return /[\\/]\.git[\\/]worktrees[\\/][^\\/]+$/.test(gitDir)
    ? dirname(dirname(dirname(gitDir)))
    : undefined;
}

export const SCHEMAS_ABSENT =
  "Microsoft's manifest schemas are not beside this repository (../shared/office-schemas/; set OFFICE_SCHEMAS to point elsewhere): the schema check is skipped, our own check still runs.";

/** The manifest against the schemas: one problem per libxml2 error, with its line. */
export async function validateAgainstSchemas(
  xml: string,
  schemasDir: string
): Promise<ManifestProblem[]> {
  const files = readdirSync(schemasDir).filter((name) => name.endsWith(".xsd"));
  const read = (name: string) => ({
    fileName: name,
    contents: readFileSync(join(schemasDir, name), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(ROOT_SCHEMA)],
    preload: files.filter((name) => name !== ROOT_SCHEMA).map(read),
  });
  if (result.valid) return [];
  const problems = result.errors.map((error) => ({
    line: error.loc?.lineNumber,
    message: error.message.replace(/\{http:\/\/schemas\.microsoft\.com\/office\/[^}]*\}/g, ""),
  }));
  return problems.length > 0 ? problems : [{ message: result.rawOutput.trim() }];
}
