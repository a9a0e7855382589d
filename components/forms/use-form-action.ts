"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form-state";

/*
 * A form's server action, kept on screen when its reply is lost. On mobile data the server can store an
 * entry and the phone never hear back (the connection drops, the tab is backgrounded): the action's
 * promise then rejects in the browser, and without this the error page would replace the form and what
 * was typed. Instead the form stays, with its values and its client id, and says plainly that the save
 * could not be confirmed. Saving again sends the same client id, so the entry is stored once.
 */

const LOST_REPLY = {
  retrySafe: "StrideBack could not confirm the save: the connection dropped before the answer came back. It may have been stored. Everything you entered is still here, and saving again is safe: it will be stored once.",
  other: "StrideBack could not confirm the save: the connection dropped before the answer came back. What you typed is still here: check whether it was saved before trying again.",
};

/** What was typed, as the form shows it again: each field once, a repeated field (ticked red-flag signs) joined by spaces. */
function keptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length) values[key] = all.join(" ");
  }
  // The check-in's screen posts each ticked sign as "sign"; the form reads them back as "signs".
  if (values.sign) values.signs = values.sign;
  return values;
}

/** A rejection that is Next's own control flow (a redirect, a not-found) or a server error with its digest: not a lost reply. */
const isFromServer = (error: unknown) => typeof error === "object" && error !== null && "digest" in error;

/** What a server action reference carries for forms that post without JavaScript (React's own properties). */
interface ServerReference {
  $$FORM_ACTION?: (...args: unknown[]) => unknown;
  $$IS_SIGNATURE_EQUAL?: (...args: unknown[]) => boolean;
}

function keepOnLostReply<S extends FormState>(action: (state: S, formData: FormData) => Promise<S>) {
  const kept = async (state: S, formData: FormData): Promise<S> => {
    try {
      return await action(state, formData);
    } catch (error) {
      if (isFromServer(error)) throw error;
      const retrySafe = formData.has("clientId");
      return { ...state, code: retrySafe ? "unconfirmed" : "failed", errors: undefined, message: retrySafe ? LOST_REPLY.retrySafe : LOST_REPLY.other, values: keptValues(formData) };
    }
  };
  // Without JavaScript the form must still post to the server action itself. React renders a form's hidden
  // action fields from the server reference's own properties (and binds the state to it the same way), so the
  // wrapper lends them from the action: the page's HTML is the same as with the bare action.
  const reference = action as unknown as ServerReference;
  if (typeof reference.$$FORM_ACTION !== "function") return kept;
  return Object.assign(kept, {
    $$FORM_ACTION: reference.$$FORM_ACTION.bind(action),
    $$IS_SIGNATURE_EQUAL: reference.$$IS_SIGNATURE_EQUAL?.bind(action),
    bind: (thisArg: unknown, ...args: unknown[]) => action.bind(thisArg, ...(args as [S, FormData])),
  });
}

/** useActionState for a form's server action, which keeps the form on a lost reply. */
export function useFormAction<S extends FormState = FormState>(action: (state: S, formData: FormData) => Promise<S>, initial = {} as S) {
  return useActionState<S, FormData>(keepOnLostReply(action), initial as Awaited<S>);
}
