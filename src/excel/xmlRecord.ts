/**
 * The add-in's records inside the workbook (the last fixes, the marks of a check) are custom XML
 * parts (ExcelApi 1.5): saved with the file, unseen by the person, and read back by namespace.
 * Each holds its JSON as the root element's text. JSON never needs <, > or & outside strings, so
 * escaping those three inside strings keeps the text free of markup.
 */
export function jsonXml(root: string, namespace: string, value: unknown): string {
  const json = JSON.stringify(value).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `<${root} xmlns="${namespace}">${json}</${root}>`;
}

/** The JSON of a record read back; undefined when the part is not ours in shape. */
export function jsonOfXml(root: string, xml: string): unknown {
  const text = new RegExp(`^\\s*<${root}\\b[^>]*>([\\s\\S]*)</${root}>\\s*$`).exec(xml)?.[1];
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
