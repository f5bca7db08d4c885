/**
 * The pages' only way to make DOM, the task pane's and the preview's (docs/addin.md, "The task
 * pane"): elements from a tag, plain properties and children, where every string child becomes a
 * text node. Nothing here writes HTML, so text from a cell (a project name, an indicator) is always
 * shown as text.
 */
type Child = Node | string | number | null | undefined | false;
type Props = {
  [key: string]: string | number | boolean | EventListener | undefined;
};

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function")
      node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "className") node.className = String(value);
    else if (key in node && typeof value !== "string") (node as unknown as Props)[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replace a node's children. */
export function replace(node: Node, ...children: Child[]): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  append(node, ...children);
}
