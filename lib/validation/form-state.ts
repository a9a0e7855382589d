/**
 * How a send ended, as a code the form and the outbox compare (never the message, which is for people):
 * saved; refused for good ("invalid" on a field, "not-found"); or not known to be stored, worth sending
 * again with the same client id ("unavailable": the database did not answer; "unconfirmed": the write's
 * outcome is unknown); "failed": unknown, on a form without a client id, so a resend could store twice.
 */
export type FormOutcome = "saved" | "invalid" | "not-found" | "unavailable" | "unconfirmed" | "failed";

/** Outcomes after which the same entry, sent again under its client id, is stored at most once. */
export const RETRY_OUTCOMES: readonly FormOutcome[] = ["unavailable", "unconfirmed"];

/** What a server action hands back to its form: errors beside fields, and what the user typed. */
export interface FormState {
  code?: FormOutcome;
  errors?: Record<string, string[] | undefined>;
  /** A message for the whole form (a dropped connection, an entry that no longer exists). */
  message?: string;
  values?: Record<string, string>;
  /** Saved: lines to show once, beside the form (recovery codes, which are never shown again). */
  shown?: string[];
  /** Saved: the address the form goes to next (see lib/saved). */
  next?: string;
}

/** A server action as a form receives it (bound arguments already applied): what useActionState runs. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
