import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { episodes, planTemplates, users } from "@/db/schema";
import { addDaysIso, type IsoDate } from "@/lib/dates";
import { type DischargeSummary, keptFlag } from "@/lib/outcomes/discharge-summary";
import { daysToFirstPainFreeWeek, painOverEpisode } from "@/lib/outcomes/episode-figures";
import type { InstrumentId } from "@/lib/outcomes/instrument";
import { stepDose } from "@/lib/rules/ladder";
import type { Actor } from "./actor";
import { careTeamOf } from "./handover";
import { getLadder } from "./ladder";
import { getMeasures } from "./measures";
import { getPlans } from "./plans";
import { getCompletionBlocks, getJudgedSessionsSince } from "./recovery";
import { getRedFlags } from "./red-flags";
import { readableRunner } from "./runners";

/*
 * Episodes of care and their discharge summaries (docs/outcomes.md). An episode runs from the runner's
 * start (or the day of their re-admission) to their discharge. The summary is
 * composed from the same reads the pages use, frozen when the runner is discharged, and read back as it was.
 */

/** Everything the summary says, read as the discharging clinician; the caller stores it with the discharge. */
export async function composeSummary(actor: Actor, runnerId: string, dischargedOn: IsoDate, closingNote: string) {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  // The measures read the episode's start with the runner's profile: the rest of the summary counts from it.
  const measures = await getMeasures(actor, runner.id);
  const { startedOn } = measures.days;
  const [sessions, plans, ladder, flags, completion, team, [clinician]] = await Promise.all([
    getJudgedSessionsSince(actor, runner.id, startedOn),
    getPlans(actor, runner.id),
    getLadder(actor, runner.id),
    getRedFlags(actor, runner.id),
    getCompletionBlocks(actor, runner.id, "all"),
    careTeamOf(actor, runner.id),
    db.select({ name: users.name }).from(users).where(eq(users.id, actor.id)),
  ]);
  const inEpisode = sessions.filter((s) => s.date <= dischargedOn);
  const episodePlans = plans.filter((p) => p.startDate <= dischargedOn && (p.endedAt == null || p.endedAt.toISOString().slice(0, 10) >= startedOn)).reverse();
  const templateId = episodePlans.find((p) => p.templateId)?.templateId ?? null;
  const [template] = templateId ? await db.select({ name: planTemplates.name }).from(planTemplates).where(eq(planTemplates.id, templateId)) : [];
  const blocks = completion.blocks.filter((b) => b.end >= addDaysIso(startedOn, 6) && b.end <= addDaysIso(dischargedOn, 6));
  const body: DischargeSummary = {
    runner: { name: runner.name, presentation: runner.presentation, affectedSide: runner.affectedSide, goal: runner.goal },
    startedOn,
    dischargedOn,
    dischargedBy: clinician?.name ?? "",
    closingNote,
    template: template?.name ?? null,
    plans: episodePlans.map((p) => ({
      title: p.title,
      startDate: p.startDate,
      phases: p.versions.filter((v) => !v.superseded && !v.waiting).map((v) => ({ label: v.phaseLabel, version: v.version, from: v.effectiveFrom, because: v.beganBecause || v.changeNote })),
    })),
    pain: painOverEpisode(inEpisode, startedOn, dischargedOn),
    daysToPainFree: daysToFirstPainFreeWeek(inEpisode, startedOn, dischargedOn),
    measures: measures.measures.map((m) => ({
      id: m.instrument.id,
      short: m.instrument.short,
      name: m.instrument.name,
      first: m.first && { date: m.first.date, score: m.first.score },
      last: m.latest && { date: m.latest.date, score: m.latest.score },
      points: m.change?.points ?? null,
      real: m.change?.real ?? false,
      threshold: `${m.instrument.realChange.kind} ${m.instrument.realChange.points} points`,
    })),
    running: ladder && {
      startedOn: ladder.startedOn,
      steps: ladder.moves.filter((m) => m.effectiveFrom <= dischargedOn).map((m) => ({ step: m.step, label: ladder.steps[m.step - 1] ? stepDose(ladder.steps[m.step - 1]!) : "", rung: ladder.steps[m.step - 1], from: m.effectiveFrom, because: m.because })),
    },
    redFlags: flags
      .filter((f) => f.reportedAt.toISOString().slice(0, 10) >= startedOn && f.reportedAt.toISOString().slice(0, 10) <= dischargedOn)
      .map((f) => keptFlag({ reportedAt: f.reportedAt.toISOString(), timeZone: f.timeZone, signs: f.signs, resolution: f.resolution, note: f.resolutionNote, by: f.resolvedBy })),
    adherence: { done: blocks.reduce((n, b) => n + b.done, 0), prescribed: blocks.reduce((n, b) => n + b.prescribed, 0) },
  };
  // A status measure counts towards the clinic's figures only with two fills to compare: one fill has no change.
  const score = (id: InstrumentId, which: "first" | "last") => {
    const m = body.measures.find((x) => x.id === id);
    return m?.points != null ? (m[which]?.score ?? null) : null;
  };
  const groc = body.measures.find((m) => m.id === "groc")?.last?.score ?? null;
  return {
    runnerId: runner.id,
    clinicId: actor.clinicId,
    startedOn,
    dischargedOn,
    dischargedBy: actor.id,
    presentation: runner.presentation,
    templateId,
    templateName: template?.name ?? null,
    careTeam: team.map((m) => m.id),
    daysToPainFree: body.daysToPainFree,
    sessionsDone: body.adherence.done,
    sessionsPrescribed: body.adherence.prescribed,
    redFlags: body.redFlags.length,
    lefsFirst: score("lefs", "first"),
    lefsLast: score("lefs", "last"),
    psfsFirst: score("psfs", "first"),
    psfsLast: score("psfs", "last"),
    groc,
    body,
  };
}
export type ComposedEpisode = Awaited<ReturnType<typeof composeSummary>>;

/** The runner's discharge summaries, newest first: for the runner themself or a clinician caring for them. */
export async function getEpisodes(actor: Actor, runnerId: string) {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  const rows = await db
    .select({ id: episodes.id, startedOn: episodes.startedOn, dischargedOn: episodes.dischargedOn, body: episodes.body })
    .from(episodes)
    .where(eq(episodes.runnerId, runner.id))
    .orderBy(desc(episodes.dischargedOn));
  return rows.map((r) => ({ ...r, body: r.body as DischargeSummary }));
}

/** One summary by its id, or the latest when none is named; null when there is none the actor may read. */
export async function getEpisode(actor: Actor, runnerId: string, episodeId?: string) {
  const all = await getEpisodes(actor, runnerId);
  return (episodeId ? all.find((e) => e.id === episodeId) : all[0]) ?? null;
}

