import type { Bilingual, Locale } from "./locale";
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
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole
  );
}

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
