import { el } from "../shell/dom";

/** A Fluent button; the primary one is the panel's main action. */
export const button = (
  id: string,
  label: string,
  busy: boolean,
  onClick: () => void,
  primary = false
) =>
  el(
    "button",
    {
      // Stryker disable next-line StringLiteral: no <form> in the pane, so a button's type changes nothing
      type: "button",
      id,
      className: primary ? "button primary" : "button",
      disabled: busy,
      onClick,
    },
    label
  );

/** A labelled input, the label above it; the label holds the input, so it needs no `for`. */
export const field = (label: string, input: HTMLElement) =>
  el("label", { className: "field" }, el("span", {}, label), input);

/** A message bar: a line of news with its actions, coloured by kind. */
export const messageBar = (
  id: string,
  kind: "success" | "warning" | "error" | "info",
  ...children: (Node | string | false | null)[]
) =>
  el(
    "div",
    { id, className: `message-bar ${kind}`, role: kind === "error" ? "alert" : "status" },
    ...children
  );
