import type { Bilingual, Locale } from "./locale";
import { memoize } from "./memo";
import type { Severity } from "./severity";

/** The values a message's {{name}} placeholders are filled from. */
export type MessageData = Record<string, string | number>;

/**
 * What a code means, independent of any one form: its entry in docs/rules.md is generated from
 * this. MessageId names the messages, so a report with an id the rule lacks fails to compile.
 */
export interface RuleMeta<MessageId extends string = string> {
  /** Stable code from the catalogue (docs/rules.md), e.g. "funding.sum". Never reused for another meaning. */
  code: string;
  severity: Severity;
  description: Bilingual;
  /** True when the rule offers a fix (the replacement text of a cell). */
  fixable?: boolean;
  /** True for local practice rather than national rules: such rules are never errors. */
  practice?: boolean;
  /**
   * Codes that know better about the same cell: when one of them reports on the cell this rule
   * reports on, this rule's finding is dropped, so one cell never gets two findings that
   * contradict each other (withoutYielded).
   */
  yieldsTo?: readonly string[];
  /** Each message in both languages, with {{name}} placeholders. */
  messages: Record<MessageId, Bilingual>;
}

/** A meta whose message ids are its own messages' keys (what createRule does for a rule). */
export function defineMeta<MessageId extends string>(
  meta: RuleMeta<MessageId>
): RuleMeta<MessageId> {
  return meta;
}

/** Fill {{name}} placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: string, data: MessageData = {}): string {
  const parts = templateParts(template);
  if (parts.length === 1) return parts[0];
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1];
    text += (key in data ? String(data[key]) : parts[i]) + parts[i + 2];
  }
  return text;
}

/**
 * A template split once into text, placeholder (as written), its key, text, …: every finding
 * renders two messages, and a catalogue has few templates.
 */
const templateParts = memoize((template) => {
  const parts: string[] = [];
  const placeholder = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
    parts.push(template.slice(last, m.index), m[0], m[1]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
});

/**
 * A message in one language, rendered late from the rule's meta, its message id and the data a
 * finding keeps: a shell shows findings in the reader's language without parsing text back.
 */
export function renderMessage<MessageId extends string>(
  meta: RuleMeta<MessageId>,
  messageId: NoInfer<MessageId>,
  data: MessageData,
  locale: Locale
): string {
  const message = meta.messages[messageId];
  if (!message) throw new Error(`${meta.code}: no message "${messageId}"`);
  return formatMessage(message[locale], data);
}
