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

/*
 * One translator per language and namespace, made once: a translator keeps the messages it has parsed, and
 * the roster words a chip for every row it shows.
 */
const made = new Map<string, unknown>();

/*
 * In production a missing message shows its key and logs, and a message short of an argument ("{count}" not
 * given) shows as written, silently: a page keeps working. Under the tests both throw, so a rule, email or
 * PDF that names the wrong message or argument fails the test that words it.
 */
const onError =
  process.env.NODE_ENV === "test"
    ? (error: Error) => {
        throw error;
      }
    : undefined;

export function wordsFor<N extends Namespace>(locale: Locale, namespace: N): Words<N> {
  const key = `${locale}:${namespace}`;
  if (!made.has(key)) made.set(key, createTranslator({ locale, messages: MESSAGES[locale], namespace, onError }));
  return made.get(key) as Words<N>;
}

/** Any message by its whole key, for a rule's phrase (lib/i18n/say.ts), whose key the message test checks. */
export function anyWords(locale: Locale): (key: string, values?: Record<string, string | number>) => string {
  const key = `${locale}:`;
  if (!made.has(key)) made.set(key, createTranslator({ locale, messages: MESSAGES[locale], onError }));
  return made.get(key) as (key: string, values?: Record<string, string | number>) => string;
}
