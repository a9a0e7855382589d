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
function ladderFields(steps: LadderStep[]): SimpleField[] {
  const rows = Math.min(steps.length + 2, LADDER_ROWS);
  return Array.from({ length: rows }, (_, i) => {
    const s = steps[i];
    const n = i + 1;
    return [
      { kind: "numeric" as const, name: `walk-${n}`, label: `Step ${n}: walk minutes`, defaultValue: s ? String(s.walkMinutes) : "" },
      { kind: "numeric" as const, name: `run-${n}`, label: `Step ${n}: run minutes`, defaultValue: s ? String(s.runMinutes) : "" },
      { kind: "numeric" as const, name: `repeats-${n}`, label: `Step ${n}: repeats`, defaultValue: s ? String(s.repeats) : "" },
    ];
  }).flat();
}

export const metadata: Metadata = { title: "Clinic and team" };

/** The clinic admin's page: colleagues and their rights, handover, and the clinic's details and defaults. */
export default async function TeamPage() {
  const actor = await requireAdmin();
  const [colleagues, clinic, ladder] = await Promise.all([listColleagues(actor), getClinicDetails(actor), clinicLadder(actor)]);
  const receivers = colleagues.filter((c) => c.active && c.joined);
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="team-heading">
        <h1 id="team-heading" className="text-2xl font-bold">
          Clinic and team
        </h1>
        <ul className="mt-4 flex flex-col gap-4">
          {colleagues.map((c) => (
            <ColleagueRow key={c.id} colleague={c} self={c.id === actor.id} receivers={receivers.filter((r) => r.id !== c.id)} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="invite-heading" className="max-w-md">
        <h2 id="invite-heading" className="text-xl font-semibold">
          Invite a colleague
        </h2>
        <p className="mb-3 text-sm text-slate-700">They receive a one-time link by email to choose their password (valid 7 days).</p>
        <SimpleForm
          action={inviteClinicianAction}
          submit="Send invite"
          pendingLabel="Sending…"
          fields={[
            { name: "name", label: "Colleague's name", autoComplete: "off" },
            { kind: "email", name: "email", label: "Colleague's email", autoComplete: "off" },
            { kind: "checkbox", name: "admin", label: "Clinic admin", hint: "Admins manage colleagues, the clinic's details and see every runner." },
          ]}
        />
      </section>
      <section aria-labelledby="clinic-heading" className="max-w-2xl">
        <h2 id="clinic-heading" className="text-xl font-semibold">
          Clinic details and pain-rule defaults
        </h2>
        <div className="mt-3">
          <SimpleForm action={updateClinicAction} submit="Save clinic details" fields={clinicDetailsFields(clinic)} />
        </div>
      </section>
      <section aria-labelledby="ladder-heading" className="max-w-2xl">
        <h2 id="ladder-heading" className="text-xl font-semibold">
          Walk-run ladder
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {ladder.own ? "Your clinic's own ladder." : "The library's ladder (from the return-to-run protocols)."} Each step: minutes of walking (0 for continuous running), minutes of running, and how many times. Leave a row blank to drop it; save with every row blank to go back to the library&apos;s ladder.
        </p>
        <div className="mt-3">
          <SimpleForm action={saveLadderAction} submit="Save the ladder" fields={ladderFields(ladder.steps)} />
        </div>
      </section>
    </div>
  );
}

function ColleagueRow({ colleague: c, self, receivers }: { colleague: Colleague; self: boolean; receivers: { id: string; name: string }[] }) {
  const id = { kind: "hidden" as const, name: "clinicianId", value: c.id };
  const facts = [c.admin ? "admin" : "clinician", c.active ? null : "deactivated", c.joined ? null : "invite pending", c.secondFactor ? "two-step sign-in on" : null, `${c.runners} runner${c.runners === 1 ? "" : "s"}`].filter(Boolean);
  return (
    <li aria-label={c.name} className="rounded-md border border-slate-200 bg-white p-4">
      <p className="font-semibold">
        {c.name} {self ? <span className="font-normal text-slate-600">(you)</span> : null}
      </p>
      <p className="text-sm text-slate-700">
        {c.email} · {facts.join(" · ")}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        {c.active ? <SimpleForm inline action={setAdminRightAction} variant="secondary" submit={c.admin ? "Remove admin right" : "Make admin"} fields={[id, ...(c.admin ? [] : [{ kind: "hidden" as const, name: "admin", value: "on" }])]} /> : null}
        {!c.joined && c.active ? <SimpleForm inline action={reinviteClinicianAction} variant="secondary" submit="Send invite again" fields={[id]} /> : null}
        {c.secondFactor ? <SimpleForm inline action={resetSecondFactorAction} variant="secondary" submit="Reset two-step sign-in" fields={[id]} /> : null}
        {self ? null : c.active ? (
          <SimpleForm inline action={deactivateClinicianAction} variant="danger" submit="Deactivate" fields={[id]} />
        ) : (
          <SimpleForm inline action={reactivateClinicianAction} variant="secondary" submit="Reactivate" fields={[id]} />
        )}
      </div>
      {c.runners > 0 && receivers.length > 0 ? (
        <div className="mt-3">
          <SimpleForm
            inline
            action={handOverCaseloadAction}
            variant="secondary"
            submit={c.runners === 1 ? "Hand over their runner" : `Hand over all ${c.runners} runners`}
            fields={[id, { kind: "select", name: "toClinicianId", label: `Hand ${c.name}'s runners to`, options: receivers.map((r) => ({ value: r.id, label: r.name })) }]}
          />
        </div>
      ) : null}
    </li>
  );
}
