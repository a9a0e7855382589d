import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { SimpleForm } from "@/components/forms/simple-form";
import { requireAdmin } from "@/lib/auth/current-actor";
import { clinicDetailsFields } from "@/components/forms/clinic-details-fields";
import { getClinicDetails } from "@/lib/data/clinic";
import { type Colleague, listColleagues } from "@/lib/data/colleagues";
import {
  deactivateClinicianAction,
  handOverCaseloadAction,
  inviteClinicianAction,
  reactivateClinicianAction,
  reinviteClinicianAction,
  resetSecondFactorAction,
  setAdminRightAction,
  saveLadderAction,
  updateClinicAction,
} from "./actions";
import { clinicLadder } from "@/lib/data/ladder";
import type { LadderStep } from "@/lib/rules/ladder";
import { LADDER_ROWS } from "@/lib/validation/progression";
import type { SimpleField } from "@/components/forms/simple-form";

/** The ladder's steps as rows of three fields, with two blank rows to add steps. */
function ladderFields(steps: LadderStep[], t: Awaited<ReturnType<typeof getTranslations<"team">>>): SimpleField[] {
  const rows = Math.min(steps.length + 2, LADDER_ROWS);
  return Array.from({ length: rows }, (_, i) => {
    const s = steps[i];
    const n = i + 1;
    return [
      { kind: "numeric" as const, name: `walk-${n}`, label: t("walk", { n }), defaultValue: s ? String(s.walkMinutes) : "" },
      { kind: "numeric" as const, name: `run-${n}`, label: t("run", { n }), defaultValue: s ? String(s.runMinutes) : "" },
      { kind: "numeric" as const, name: `repeats-${n}`, label: t("repeats", { n }), defaultValue: s ? String(s.repeats) : "" },
    ];
  }).flat();
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

/** The clinic admin's page: colleagues and their rights, handover, and the clinic's details and defaults. */
export default async function TeamPage() {
  const actor = await requireAdmin();
  const [colleagues, clinic, ladder, t, locale] = await Promise.all([listColleagues(actor), getClinicDetails(actor), clinicLadder(actor), getTranslations("team"), getLocale()]);
  const receivers = colleagues.filter((c) => c.active && c.joined);
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="team-heading">
        <h1 id="team-heading" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <ul className="mt-4 flex flex-col gap-4">
          {colleagues.map((c) => (
            <ColleagueRow key={c.id} colleague={c} self={c.id === actor.id} receivers={receivers.filter((r) => r.id !== c.id)} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="invite-heading" className="max-w-md">
        <h2 id="invite-heading" className="text-xl font-semibold">
          {t("invite")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("inviteIntro")}</p>
        <SimpleForm
          action={inviteClinicianAction}
          submit={t("sendInvite")}
          pendingLabel={t("sending")}
          fields={[
            { name: "name", label: t("name"), autoComplete: "off" },
            { kind: "email", name: "email", label: t("email"), autoComplete: "off" },
            { kind: "checkbox", name: "admin", label: t("admin"), hint: t("adminHint") },
          ]}
        />
      </section>
      <section aria-labelledby="clinic-heading" className="max-w-2xl">
        <h2 id="clinic-heading" className="text-xl font-semibold">
          {t("details")}
        </h2>
        <div className="mt-3">
          <SimpleForm action={updateClinicAction} submit={t("saveDetails")} fields={clinicDetailsFields(clinic, locale)} />
        </div>
      </section>
      <section aria-labelledby="ladder-heading" className="max-w-2xl">
        <h2 id="ladder-heading" className="text-xl font-semibold">
          {t("ladder")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {t(ladder.own ? "ladderOwn" : "ladderLibrary")} {t("ladderHow")}
        </p>
        <div className="mt-3">
          <SimpleForm action={saveLadderAction} submit={t("saveLadder")} fields={ladderFields(ladder.steps, t)} />
        </div>
      </section>
    </div>
  );
}

function ColleagueRow({ colleague: c, self, receivers }: { colleague: Colleague; self: boolean; receivers: { id: string; name: string }[] }) {
  const t = useTranslations("team");
  const id = { kind: "hidden" as const, name: "clinicianId", value: c.id };
  const facts = [t("role", { admin: c.admin ? "yes" : "no" }), c.active ? null : t("deactivated"), c.joined ? null : t("pending"), c.secondFactor ? t("twoStep") : null, t("runners", { count: c.runners })].filter(Boolean);
  return (
    <li aria-label={c.name} className="rounded-md border border-slate-200 bg-white p-4">
      <p className="font-semibold">
        {c.name} {self ? <span className="font-normal text-slate-600">{t("you")}</span> : null}
      </p>
      <p className="text-sm text-slate-700">
        {c.email} · {facts.join(" · ")}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        {c.active ? <SimpleForm inline action={setAdminRightAction} variant="secondary" submit={t(c.admin ? "removeAdmin" : "makeAdmin")} fields={[id, ...(c.admin ? [] : [{ kind: "hidden" as const, name: "admin", value: "on" }])]} /> : null}
        {!c.joined && c.active ? <SimpleForm inline action={reinviteClinicianAction} variant="secondary" submit={t("reinvite")} fields={[id]} /> : null}
        {c.secondFactor ? <SimpleForm inline action={resetSecondFactorAction} variant="secondary" submit={t("resetTwoStep")} fields={[id]} /> : null}
        {self ? null : c.active ? (
          <SimpleForm inline action={deactivateClinicianAction} variant="danger" submit={t("deactivate")} fields={[id]} />
        ) : (
          <SimpleForm inline action={reactivateClinicianAction} variant="secondary" submit={t("reactivate")} fields={[id]} />
        )}
      </div>
      {c.runners > 0 && receivers.length > 0 ? (
        <div className="mt-3">
          <SimpleForm
            inline
            action={handOverCaseloadAction}
            variant="secondary"
            submit={t("handOver", { count: c.runners })}
            fields={[id, { kind: "select", name: "toClinicianId", label: t("handTo", { name: c.name }), options: receivers.map((r) => ({ value: r.id, label: r.name })) }]}
          />
        </div>
      ) : null}
    </li>
  );
}
