/**
 * `npm run build` ends here: checks the built manifest offline (docs/addin.md) — our own check
 * always, Microsoft's schemas when they are beside the repository — and every file it names in
 * dist/. Usage: tsx scripts/check-manifest.ts [dist/manifest.xml]
 */
import { readFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { checkManifest, type ManifestProblem } from "./manifest/check";
import { filesServedFrom, OVERRIDE_LOCALES, servedBase } from "./manifest/files";
import { officeSchemasDir, SCHEMAS_ABSENT, validateAgainstSchemas } from "./manifest/schemas";

async function main(path: string): Promise<number> {
  const xml = readFileSync(path, "utf8");
  const base = servedBase(xml);
  const problems: ManifestProblem[] = checkManifest(xml, {
    fileAt: base ? filesServedFrom(dirname(path), base) : () => null,
    overrideLocales: OVERRIDE_LOCALES,
  });
  const schemas = officeSchemasDir();
  if (schemas) problems.push(...(await validateAgainstSchemas(xml, schemas)));
  else console.warn(SCHEMAS_ABSENT);

  const name = relative(process.cwd(), path);
  for (const { line, message } of problems)
    console.error(`${name}${line ? `:${line}` : ""}: ${message}`);
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    return 1;
  }
  console.log(
    `${name}: the manifest passes ${schemas ? "the schemas and " : ""}our checks; add-in served from ${base}`
  );
  return 0;
}

main(process.argv[2] ?? "dist/manifest.xml").then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  }
);
