import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/data/actor";
import { violatedConstraint } from "@/db/errors";
import { isConnectionError, markDatabaseDown } from "@/db/health";
import { CodedError, InvalidFieldError, isNotFound } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/fields";
import { log } from "@/lib/log";
import { getLocale } from "next-intl/server";
import { said } from "@/lib/i18n/said";
import { inWords } from "@/lib/i18n/say";
import type { Locale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form-state";

/*
 * How a server action reports failure to its form: errors beside fields, the typed values kept, and a
 * plain sentence when it is not about one field. Nothing was stored in any of these cases.
 */
export async function invalid(error: z.ZodError, values: Record<string, string>): Promise<FormState> {
  return { code: "invalid", errors: fieldErrors(error, await readersLocale()), values };
}

/** The reader's language; when even that cannot be read (the database is down), the browser's, else English. */
const readersLocale = (): Promise<Locale> => getLocale().catch(() => "en" as const);

/**
 * The outcome of a failed write is unknown when the failure is not one we recognise: the connection may
 * have dropped after the commit. Say so honestly; where the form carries a client id, retrying is safe.
 */
const OUTCOME_UNKNOWN = { retrySafe: said("outcomeUnknownRetrySafe"), other: said("outcomeUnknown") };

/** Said by the offline outbox's endpoints too (app/api), worded where they answer (inReadersWords). */
export const DATABASE_DOWN = said("databaseDown");

/** A message in the language of the person making this request. */
export const inReadersWords = async (message: string) => inWords(message, await readersLocale());

export async function failed(error: unknown, values: Record<string, string>, options: { retrySafe?: boolean } = {}): Promise<FormState> {
  const locale = await readersLocale();
  const words = (message: string) => inWords(message, locale);
  if (error instanceof InvalidFieldError) return { code: "invalid", errors: { [error.field]: [words(error.message)] }, values };
  if (isNotFound(error)) return { code: "not-found", message: words(said("notFound")), values };
  if (isConnectionError(error)) {
    markDatabaseDown();
    return { code: "unavailable", message: words(DATABASE_DOWN), values };
  }
  const constraint = violatedConstraint(error);
  if (constraint === "morning_checkins_runner_date_unique") {
    return { code: "invalid", errors: { date: [words(said("checkinTaken"))] }, values };
  }
  log.error({ err: error }, "write failed");
  return options.retrySafe ? { code: "unconfirmed", message: words(OUTCOME_UNKNOWN.retrySafe), values } : { code: "failed", message: words(OUTCOME_UNKNOWN.other), values };
}

export type Attempt<R> = { ok: true; value: R } | { ok: false; state: FormState };

/**
 * The order every server action follows: validate (already parsed), authenticate, then the lib/data
 * command, which authorizes and writes. Failures come back as the form's state; the caller redirects
 * on success (outside any try, since redirect works by throwing).
 */
export async function attempt<T, R>(
  values: Record<string, string>,
  parsed: z.ZodSafeParseResult<T>,
  write: (actor: Actor, input: T) => Promise<R>,
  /** actor: already read from the session by the caller (a route handler), so the session is not checked twice. */
  options: { retrySafe?: boolean; actor?: Actor } = {},
): Promise<Attempt<R>> {
  if (!parsed.success) return { ok: false, state: await invalid(parsed.error, values) };
  // Reading the session needs the database too: if it is down, the form keeps what was typed.
  let actor: Actor | null;
  try {
    actor = options.actor ?? (await getActor());
  } catch (error) {
    return { ok: false, state: await failed(error, values, options) };
  }
  if (!actor) redirect("/login");
  const started = performance.now();
  // One line per write: the request id ties it to the proxy's line, which names the route.
  const line = async (outcome: string) => ({ requestId: (await headers()).get("x-request-id") ?? undefined, userId: actor.id, outcome, ms: Math.round(performance.now() - started) });
  try {
    const value = await write(actor, parsed.data);
    log.info(await line("stored"), "write");
    return { ok: true, value };
  } catch (error) {
    const state = await failed(error, values, options);
    log.info(await line(state.code === "invalid" || state.code === "not-found" ? "refused" : "failed"), "write");
    return { ok: false, state };
  }
}

/**
 * A bound button's command (no form to show errors on): a refusal (not found, not allowed now) goes where
 * `refused` redirects; any other failure is thrown, so it is logged and shown by the error page rather than
 * passed off as a refusal.
 */
export async function unlessRefused<T>(command: Promise<T>, refused: () => never): Promise<T> {
  try {
    return await command;
  } catch (error) {
    if (error instanceof CodedError) refused();
    throw error;
  }
}
