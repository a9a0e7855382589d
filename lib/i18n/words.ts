import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { type Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";

/*
 * Words outside a page's render: the emails and notifications the worker sends, the PDFs, and the rules'
 * sentences. Each is in its reader's language (a runner's email in the runner's, never the sender's).
 * Pages use next-intl's getTranslations, which reads the same files for the signed-in person.
 */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type Words<N extends Namespace> = ReturnType<typeof createTranslator<Messages, N>>;

export function wordsFor<N extends Namespace>(locale: Locale, namespace: N): Words<N> {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}
