import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { type Db, getDb, type Queryable, selectRows } from "@/db";
import { careTeam, users } from "@/db/schema";
import { formatDay } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { addDaysIso, today } from "@/lib/dates";
import type { CoverInput } from "@/lib/validation/clinic-admin";
import { type Actor, isId } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertInCare } from "./access";
import { postInThread } from "./messages";
import { said } from "@/lib/i18n/said";

/*
 * Who looks after a runner, changed on purpose: a handover moves a runner (or a whole caseload) to a
 * colleague for good; a cover adds a colleague until a date, after which they are gone by themselves.
 * Every change is audited, and the runner is told in their thread who their physio now is (written as the
 * person who made the change).
 */
const COVER_MAX_DAYS = 365;

export interface CareTeamMember {
  id: string;
  name: string;
  coverUntil: string | null;
}

/** The runner's clinicians now (covers through their last day), for the runner's page. */
export async function careTeamOf(actor: Actor, runnerId: string): Promise<CareTeamMember[]> {
  const db = await getDb();
  await assertInCare(db, actor, runnerId);
  return selectRows<CareTeamMember>(db, sql`
    select c.id, c.name, ct.cover_until::text as "coverUntil"
    from care_team_live ct join users c on c.id = ct.clinician_id
    where ct.runner_id = ${runnerId}
    order by ct.cover_until nulls first, lower(c.name)`);
}

/** An active clinician of the actor's clinic who has joined; anyone else is not someone to hand over to. */
async function colleagueToReceive(tx: Queryable, actor: Actor, clinicianId: string, field: string) {
  if (!isId(clinicianId)) throw new InvalidFieldError(field, said("chooseColleague"));
  const [row] = await selectRows<{ id: string; name: string; clinic: string; timeZone: string }>(tx, sql`
    select u.id, u.name, k.name as clinic, k.time_zone as "timeZone" from users u join clinics k on k.id = u.clinic_id
    where u.id = ${clinicianId} and u.clinic_id = ${actor.clinicId} and u.role = 'clinician' and u.deactivated_at is null and u.password_hash is not null`);
  if (!row) throw new InvalidFieldError(field, said("chooseColleague"));
  return row;
}

/** The runner's language: what the care team posts in their conversation is written once, for them. */
async function localeOf(tx: Queryable, runnerId: string): Promise<Locale> {
  const [runner] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, runnerId));
  return runner?.locale ?? "en";
}

async function moveRunner(tx: Queryable, actor: Actor, runnerId: string, to: { id: string; name: string; clinic: string }, from: string | null) {
  // An admin hands over from everyone who had the runner; a clinician hands over their own place.
  const removed = await tx
    .delete(careTeam)
    .where(and(eq(careTeam.runnerId, runnerId), isNull(careTeam.coverUntil), from ? eq(careTeam.clinicianId, from) : sql`${careTeam.clinicianId} <> ${to.id}`))
    .returning({ clinicianId: careTeam.clinicianId });
  await tx
    .insert(careTeam)
    .values({ clinicianId: to.id, runnerId })
    .onConflictDoUpdate({ target: [careTeam.clinicianId, careTeam.runnerId], set: { coverUntil: null } });
  await recordAudit(tx, actor, "care.handover", { type: "user", id: runnerId }, { to: to.id, from: removed.map((r) => r.clinicianId) });
  await postInThread(tx, actor, runnerId, wordsFor(await localeOf(tx, runnerId), "messages")("handedOver", { clinic: to.clinic, name: to.name }));
}

/** Hands one runner to a colleague. The actor must be able to see the runner (their clinician, or an admin). */
export async function handOverRunner(actor: Actor, runnerId: string, toClinicianId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const to = await colleagueToReceive(tx, actor, toClinicianId, "toClinicianId");
    await moveRunner(tx, actor, runnerId, to, actor.admin ? null : actor.id);
  });
}

/** Hands every runner of one clinician to another: an admin for anyone in the clinic, a clinician for themself. */
export async function handOverCaseload(actor: Actor, fromClinicianId: string, toClinicianId: string): Promise<number> {
  if (actor.role !== "clinician" || !isId(fromClinicianId) || (!actor.admin && fromClinicianId !== actor.id)) throw new NotFoundError("Clinician");
  if (fromClinicianId === toClinicianId) throw new InvalidFieldError("toClinicianId", said("differentColleague"));
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [from] = await selectRows<{ id: string }>(tx, sql`select id from users where id = ${fromClinicianId} and clinic_id = ${actor.clinicId} and role = 'clinician'`);
    if (!from) throw new NotFoundError("Clinician");
    const to = await colleagueToReceive(tx, actor, toClinicianId, "toClinicianId");
    const runners = await tx.select({ runnerId: careTeam.runnerId }).from(careTeam).where(and(eq(careTeam.clinicianId, fromClinicianId), isNull(careTeam.coverUntil))).for("update");
    for (const { runnerId } of runners) await moveRunner(tx, actor, runnerId, to, fromClinicianId);
    return runners.length;
  });
}

/** Adds a colleague to the runner's care team through a date in the clinic's calendar. */
export async function addCover(actor: Actor, runnerId: string, input: CoverInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const to = await colleagueToReceive(tx, actor, input.clinicianId, "clinicianId");
    const first = today(to.timeZone);
    if (input.until < first) throw new InvalidFieldError("until", said("coverEnds"));
    if (input.until > addDaysIso(first, COVER_MAX_DAYS)) throw new InvalidFieldError("until", said("coverYear"));
    const [existing] = await tx.select({ coverUntil: careTeam.coverUntil }).from(careTeam).where(and(eq(careTeam.runnerId, runnerId), eq(careTeam.clinicianId, to.id)));
    if (existing && existing.coverUntil === null) throw new InvalidFieldError("clinicianId", said("alreadyCares", { name: to.name }));
    await tx
      .insert(careTeam)
      .values({ clinicianId: to.id, runnerId, coverUntil: input.until })
      .onConflictDoUpdate({ target: [careTeam.clinicianId, careTeam.runnerId], set: { coverUntil: input.until } });
    await recordAudit(tx, actor, "care.cover_start", { type: "user", id: runnerId }, { clinicianId: to.id, until: input.until });
    const locale = await localeOf(tx, runnerId);
    await postInThread(tx, actor, runnerId, wordsFor(locale, "messages")("covering", { clinic: to.clinic, name: to.name, until: formatDay(input.until, locale) }));
  });
}

/** Ends a cover before its date. */
export async function endCover(actor: Actor, runnerId: string, clinicianId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    if (!isId(clinicianId)) throw new NotFoundError("Cover");
    const [gone] = await tx
      .delete(careTeam)
      .where(and(eq(careTeam.runnerId, runnerId), eq(careTeam.clinicianId, clinicianId), sql`${careTeam.coverUntil} is not null`))
      .returning({ until: careTeam.coverUntil });
    if (!gone) throw new NotFoundError("Cover");
    await recordAudit(tx, actor, "care.cover_end", { type: "user", id: runnerId }, { clinicianId, early: true });
  });
}

/**
 * Tidies covers whose last day has passed (the care_access view already ignores them, so access ends on
 * time whether or not this has run); each removal is audited. The worker's minute tick calls it.
 */
export async function removeEndedCovers(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
  const ended = await selectRows<{ clinicianId: string; runnerId: string; until: string }>(tx, sql`
    delete from care_team ct using users c, clinics k
    where c.id = ct.clinician_id and k.id = c.clinic_id and ct.cover_until < (now() at time zone k.time_zone)::date
    returning ct.clinician_id as "clinicianId", ct.runner_id as "runnerId", ct.cover_until::text as until`);
  for (const e of ended) await recordAudit(tx, null, "care.cover_end", { type: "user", id: e.runnerId }, { clinicianId: e.clinicianId, until: e.until }, { runnerId: e.runnerId, clinicOf: e.runnerId });
  return ended.length;
  });
}
