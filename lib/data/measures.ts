import "server-only";
import { and, asc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { lefsResponses, measureResponses, measureSchedules, runnerProfiles } from "@/db/schema";
import { dateIn, today as todayIn } from "@/lib/dates";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { dueOccasion, nextReview } from "@/lib/outcomes/due";
import { answersProblem, score, verdict } from "@/lib/outcomes/instrument";
import { INSTRUMENT_IDS, INSTRUMENTS } from "@/lib/outcomes/instruments";
import type { InstrumentId } from "@/lib/outcomes/instrument";
import { perRequest } from "@/lib/request-memo";
import type { MeasureFillInput, MeasureScheduleInput } from "@/lib/validation/measures";
import { assertInCare, assertRunner } from "./access";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { episodeStart, episodeStartColumn } from "./episode-start";
import { type ClientKey, insertOnce } from "./insert-once";
import { runnerCalendar } from "./runner-calendar";
import { readableRunner } from "./runners";
import { said } from "@/lib/i18n/said";

/*
 * The outcome measures of one runner (docs/outcomes.md): each one's schedule, its fills, whether one is due
 * and for which occasion, and the change from the episode's first fill to its latest with its verdict.
 * Scoped as every series is (readableRunner): another runner or another clinic gets "not found".
 */
export interface Fill {
  id: string;
  date: string;
  /** When it was stored: a discharge measure is a fill after the clinician asked. */
  at: Date;
  score: number;
  answers: number[];
  activities: string[];
}

export const getMeasures = perRequest(async (actor: Actor, runnerId: string) => {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  const [schedules, fills, lefsFills, [profile]] = await Promise.all([
    db.select().from(measureSchedules).where(eq(measureSchedules.runnerId, runner.id)),
    db
      .select({ id: measureResponses.id, instrument: measureResponses.instrument, date: measureResponses.date, at: measureResponses.createdAt, score: measureResponses.score, answers: measureResponses.answers, activities: measureResponses.activities })
      .from(measureResponses)
      .where(eq(measureResponses.runnerId, runner.id))
      .orderBy(asc(measureResponses.date), asc(measureResponses.createdAt)),
    db
      .select({ id: lefsResponses.id, date: lefsResponses.date, at: lefsResponses.createdAt, score: lefsResponses.total, answers: lefsResponses.answers })
      .from(lefsResponses)
      .where(eq(lefsResponses.runnerId, runner.id))
      .orderBy(asc(lefsResponses.date), asc(lefsResponses.createdAt)),
    db
      .select({ askedAt: runnerProfiles.dischargeMeasuresAskedAt, startedOn: episodeStartColumn })
      .from(runnerProfiles)
      .where(eq(runnerProfiles.runnerId, runner.id)),
  ]);
  const startedOn = profile?.startedOn ?? runner.startDate;
  const askedAt = profile?.askedAt ?? null;
  // The ask as a day in the runner's calendar too, for the sentences that name it.
  const days = { today: todayIn(runner.timeZone), startedOn, dischargeAskedAt: askedAt, dischargeAskedOn: askedAt && dateIn(runner.timeZone, askedAt) };
  const measures = INSTRUMENT_IDS.map((id) => {
    const instrument = INSTRUMENTS[id];
    const schedule = schedules.find((s) => s.instrument === id) ?? null;
    const responses: Fill[] = id === "lefs" ? lefsFills.map((r) => ({ ...r, activities: [] })) : fills.filter((f) => f.instrument === id);
    const episode = responses.filter((r) => r.date >= startedOn);
    const first = episode[0] ?? null;
    const latest = episode.at(-1) ?? null;
    return {
      instrument,
      schedule,
      responses,
      due: runner.dischargedOn ? null : dueOccasion(schedule, responses, days),
      nextReview: schedule ? nextReview(schedule, responses.at(-1)?.date ?? null) : null,
      first,
      latest,
      change: latest ? verdict(instrument, first === latest ? null : first!.score, latest.score) : null,
    };
  });
  return { days, dischargedOn: runner.dischargedOn, measures };
});
export type RunnerMeasures = Awaited<ReturnType<typeof getMeasures>>;
export type MeasureView = RunnerMeasures["measures"][number];

/** A clinician caring for the runner sets (or changes) when one measure is asked. */
export async function scheduleMeasure(actor: Actor, runnerId: string, instrument: InstrumentId, input: MeasureScheduleInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    await tx
      .insert(measureSchedules)
      .values({ runnerId, instrument, ...input, setBy: actor.id })
      .onConflictDoUpdate({ target: [measureSchedules.runnerId, measureSchedules.instrument], set: { ...input, setBy: actor.id, updatedAt: new Date() } });
    await recordAudit(tx, actor, "measure.schedule", { type: "user", id: runnerId }, { instrument, ...input });
  });
}

export async function stopMeasure(actor: Actor, runnerId: string, instrument: InstrumentId) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    await tx.delete(measureSchedules).where(and(eq(measureSchedules.runnerId, runnerId), eq(measureSchedules.instrument, instrument)));
    await recordAudit(tx, actor, "measure.stop", { type: "user", id: runnerId }, { instrument });
  });
}

/** Before discharge: the measures scheduled "at discharge" become due to the runner today, until filled. */
export async function askDischargeMeasures(actor: Actor, runnerId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const asked = await tx
      .update(runnerProfiles)
      // The database's clock, as the fills' created_at: the two are compared.
      .set({ dischargeMeasuresAskedAt: sql`now()` })
      .where(and(eq(runnerProfiles.runnerId, runnerId), isNull(runnerProfiles.dischargedOn)))
      .returning({ runnerId: runnerProfiles.runnerId });
    if (asked.length === 0) throw new NotFoundError("Runner in care");
    await recordAudit(tx, actor, "measure.ask_discharge", { type: "user", id: runnerId });
  });
}

/**
 * The runner's own PSFS or GROC, dated their today; a resend with the same client id stores nothing new.
 * A PSFS after the episode's first rates the same activities, so the mean compares like with like.
 */
export async function saveMeasure(actor: Actor, input: MeasureFillInput): Promise<{ id: string; score: number; duplicate: boolean }> {
  assertRunner(actor);
  const instrument = INSTRUMENTS[input.instrument];
  const problem = answersProblem(instrument, input.answers, input.activities);
  if (problem) throw new InvalidFieldError(input.instrument === "psfs" ? "activity1" : "rating", problem);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { today, dischargedOn } = await runnerCalendar(tx, actor.id);
    if (dischargedOn) throw new InvalidFieldError("clientId", said("dischargedNoQuestionnaire"));
    if (input.instrument === "psfs") {
      const named = await psfsActivities(tx, actor.id, await episodeStart(tx, actor.id));
      if (named && named.join("\n") !== input.activities.join("\n")) {
        throw new InvalidFieldError("activity1", said("sameActivities", { named: named.join("; ") }));
      }
    }
    const total = score(instrument, input.answers);
    const columns = { id: measureResponses.id, score: measureResponses.score };
    const key: ClientKey<{ id: string; score: number }> = { table: measureResponses, columns, owner: [measureResponses.runnerId, actor.id], clientId: [measureResponses.clientId, input.clientId] };
    const stored = (await insertOnce(tx, key, async () => {
      const values = { runnerId: actor.id, instrument: input.instrument, clientId: input.clientId, date: today, activities: input.activities, answers: input.answers, score: total };
      const [row] = await tx.insert(measureResponses).values(values).onConflictDoNothing({ target: [measureResponses.runnerId, measureResponses.clientId] }).returning(columns);
      return row;
    }))!;
    if (!stored.duplicate) await recordAudit(tx, actor, "measure.fill", { type: "measure", id: stored.row.id }, { instrument: input.instrument, score: total });
    return { ...stored.row, duplicate: stored.duplicate };
  });
}

/** The activities of the episode's first PSFS, which every later one rates again; null before the first. */
export async function psfsActivities(tx: Parameters<typeof episodeStart>[0], runnerId: string, startedOn: string): Promise<string[] | null> {
  const [first] = await tx
    .select({ activities: measureResponses.activities })
    .from(measureResponses)
    .where(and(eq(measureResponses.runnerId, runnerId), eq(measureResponses.instrument, "psfs"), gte(measureResponses.date, startedOn)))
    .orderBy(asc(measureResponses.date), asc(measureResponses.createdAt))
    .limit(1);
  return first?.activities ?? null;
}
