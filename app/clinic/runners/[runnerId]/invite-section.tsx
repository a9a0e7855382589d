"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { InviteLink } from "@/components/invite-link";
import { FormMessage } from "@/components/forms/form-message";
import type { InviteState } from "../../actions";

/** For a runner who has not joined yet: a new link, which also invalidates the previous one. */
export function InviteSection({ action, email }: { action: (state: InviteState) => Promise<InviteState>; email: string }) {
  const t = useTranslations("clinicForms.invite");
  const [state, formAction, pending] = useFormAction(action);
  return (
    <div className="mt-3 flex flex-col gap-2">
      <p className="text-sm">{t("pending")}</p>
      {state.inviteUrl ? <InviteLink url={state.inviteUrl} emailedTo={email} /> : null}
      <FormMessage message={state.message ?? state.errors?.invite?.[0]} />
      <form action={formAction}>
        <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium">
          {t(state.inviteUrl ? "another" : "new")}
        </button>
      </form>
    </div>
  );
}
