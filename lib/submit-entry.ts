import "server-only";
import { type Actor, isId } from "@/lib/data/actor";
import { saveCheckin } from "@/lib/data/checkins";
import { createRunLog, createSessionLog } from "@/lib/data/logs";
import { saveMeasure } from "@/lib/data/measures";
import { reportWorry } from "@/lib/data/red-flags";
import { attempt, DATABASE_DOWN, inReadersWords } from "@/lib/form-result";
import { said } from "@/lib/i18n/said";
import { RETRY_OUTCOMES } from "@/lib/validation/form-state";
import { parseForm, readForm } from "@/lib/validation/form-data";
import { checkinFormToObject, checkinSchema, runLogSchema, sessionFormToObject, sessionLogSchema } from "@/lib/validation/logs";
import { fillSchemaFor } from "@/lib/validation/measures";
import { requiredScreenFromForm, SCREEN_LISTS, screenValues, worrySchema } from "@/lib/validation/red-flags";

/*
 * The runner's new entries, parsed and stored one way whatever carries them: the live forms' server
 * actions, the red-flag outbox, and POST /api/logs for the installable app's offline queue. Every path
 * validates again, takes the actor from the session, and is idempotent on the entry's client id.
 */
export const ENTRY_KINDS = ["run", "session", "checkin", "worry", "measure"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];


/** Where a stored check-in or worry leads: a yes to a red flag goes straight to its advice, never to a traffic light. */
export function afterScreen(screen: { id: string; urgency: string | null } | null, fallback: string) {
  return screen?.urgency ? `/red-flags/${screen.id}` : fallback;
}

/** Where a stored run or session leads: the tear questions at once when the log calls for them, else its light. */
export function afterLog(saved: { id: string; asksTear?: boolean }) {
  return saved.asksTear ? `/worry?ask=tear&logged=${saved.id}` : `/today?logged=${saved.id}`;
}

/** `actor`: the signed-in runner when the caller has already read the session (the JSON route). */
export async function submitEntry(kind: EntryKind, formData: FormData, actor?: Actor) {
  // Every create is safe to repeat: a second send with the same client id stores nothing new.
  const retrySafe = { retrySafe: true, actor };
  switch (kind) {
    case "run": {
      const read = readForm(formData);
      const result = await attempt(read.values, parseForm(read, runLogSchema), createRunLog, retrySafe);
      return result.ok ? { ...result, next: afterLog(result.value) } : result;
    }
    case "session": {
      const read = readForm(formData, ["prescriptionId"]);
      const result = await attempt(read.values, parseForm(read, sessionLogSchema, sessionFormToObject(read)), createSessionLog, retrySafe);
      return result.ok ? { ...result, next: afterLog(result.value) } : result;
    }
    case "checkin": {
      const read = readForm(formData, SCREEN_LISTS);
      const result = await attempt(screenValues(read), parseForm(read, checkinSchema, checkinFormToObject(read)), saveCheckin, retrySafe);
      return result.ok ? { ...result, next: afterScreen(result.value.screen, "/today?checkedIn=1") } : result;
    }
    case "worry": {
      const read = readForm(formData, SCREEN_LISTS);
      const input = { clientId: read.values.clientId, screen: requiredScreenFromForm(read), worry: read.values.worry };
      const result = await attempt(screenValues(read), parseForm(read, worrySchema, input), reportWorry, retrySafe);
      const logged = read.values.logged && isId(read.values.logged) ? read.values.logged : null;
      return result.ok ? { ...result, next: afterScreen(result.value, logged ? `/today?logged=${logged}` : "/today?screened=1") } : result;
    }
    case "measure": {
      // The instrument is a field of the form: PSFS and GROC parse by their own schema, a third by none.
      const read = readForm(formData);
      const instrument = read.values.instrument ?? "";
      const result = await attempt(read.values, parseForm(read, fillSchemaFor(instrument)), saveMeasure, retrySafe);
      return result.ok ? { ...result, next: `/progress?measure=${instrument}#measures` } : result;
    }
  }
}

export type EntryOutcome =
  | { status: "sent"; id: string; next: string }
  | { status: "refused"; message: string; errors: Record<string, string[] | undefined> }
  | { status: "retry"; message: string };

/** The HTTP answer the outbox reads: 201 stored, 200 already stored, 503 send again later, 400 refused for good. */
export function outcomeResponse(outcome: EntryOutcome, duplicate = false) {
  const status = outcome.status === "sent" ? (duplicate ? 200 : 201) : outcome.status === "retry" ? 503 : 400;
  return Response.json(outcome, { status });
}

/** The outcome of a send, for a queue: stored, refused for good (tell the runner), or worth sending again later. */
export async function outcomeOf(result: Awaited<ReturnType<typeof submitEntry>>): Promise<EntryOutcome> {
  if (result.ok) return { status: "sent", id: result.value.id, next: result.next };
  const { code, message, errors = {} } = result.state;
  // The database did not answer, or the outcome is unknown: the client id makes sending again safe.
  if (code && RETRY_OUTCOMES.includes(code)) return { status: "retry", message: message ?? (await inReadersWords(DATABASE_DOWN)) };
  return { status: "refused", message: message ?? Object.values(errors).flat()[0] ?? (await inReadersWords(said("notSaved"))), errors };
}
