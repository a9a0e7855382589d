/** What a server action hands back to its form: errors beside fields, and what the user typed. */
export interface FormState {
  errors?: Record<string, string[] | undefined>;
  /** A message for the whole form (a dropped connection, an entry that no longer exists). */
  message?: string;
  values?: Record<string, string>;
  /** Saved: lines to show once, beside the form (recovery codes, which are never shown again). */
  shown?: string[];
  /** Saved: the address the form goes to next (see lib/saved). */
  next?: string;
}
