import "server-only";
import { lefsChange, lefsSummary } from "@/lib/rules/lefs";
import { completionSummary, runningSummary } from "@/lib/rules/summaries";
import { worstPerWeek } from "@/lib/rules/weekly";
import type { Actor } from "./actor";
import { getRunnerTriage } from "./roster";
import { getOwnStatus } from "./roster";
import { getLefs } from "./lefs";
import { getPainRules } from "./pain-rules";
import { getPlans } from "./plans";
import { getCompletionBlocks, getPainOverview, getRunningBlocks } from "./recovery";
import { readableRunner } from "./runners";
import { getDistanceUnit } from "./preferences";
import { getMeasures } from "./measures";
import { getRedFlags } from "./red-flags";

/*
 * The progress report for a referral or an insurer: the same summaries the charts carry, over the whole
 * rehab (a point per week), the plan history, the outcome measures with their verdicts and the red flags
 * with what was done. Scoped like the pages.
 */
export async function getProgressReport(actor: Actor, runnerId: string) {
  const runner = await readableRunner(actor, runnerId);
  const [pain, completion, running, rules, plans, lefs, judged, { unit }, measures, flags] = await Promise.all([
    getPainOverview(actor, runner.id, "all"),
    getCompletionBlocks(actor, runner.id, "12w"),
    getRunningBlocks(actor, runner.id, "12w"),
    getPainRules(actor, runner.id),
    getPlans(actor, runner.id),
    getLefs(actor, runner.id),
    actor.role === "runner" ? getOwnStatus(actor) : getRunnerTriage(actor, runner.id).then((row) => row?.triage ?? null),
    // In the unit of whoever makes the report: it is read by them, or sent on by them.
    getDistanceUnit(actor),
    getMeasures(actor, runner.id),
    getRedFlags(actor, runner.id),
  ]);
  // The report draws a week to a point even for a short rehab.
  const weeks = pain.points.kind === "weeks" ? pain.points.weeks : worstPerWeek(pain.points.sessions.map((s) => ({ ...s, light: s.verdict.light })), pain.today);
  const scores = lefs.responses.map((r) => ({ date: r.date, total: r.total }));
  return {
    runner: { name: runner.name, startDate: runner.startDate, presentation: runner.presentation, dischargedOn: runner.dischargedOn },
    today: pain.today,
    /** The status over days, the one judgement the roster and the runner's page show. */
    status: judged,
    rules: rules.effective,
    pain: { weeks, summary: pain.summary, sessions: pain.sessions },
    completion: { blocks: completion.blocks, summary: completionSummary(completion.blocks) },
    running: { blocks: running, summary: runningSummary(running, rules.effective, unit) },
    plans: plans.map((p) => ({
      title: p.title,
      status: p.status,
      startDate: p.startDate,
      versions: p.versions.filter((v) => !v.superseded).map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, changeNote: v.changeNote, exercises: v.items.map((i) => i.exercise) })),
    })),
    lefs: { scores, summary: lefsSummary(scores), change: lefsChange(scores) },
    /** The other measures filled, each latest score with its verdict (worded by the document, as the pages word them). */
    measures: measures.measures
      .filter((m) => m.instrument.id !== "lefs" && m.latest)
      .map((m) => ({ id: m.instrument.id, latest: m.latest!, change: m.change, since: m.first === m.latest ? null : m.first!.date })),
    redFlags: flags.map((f) => ({ reportedAt: f.reportedAt, timeZone: f.timeZone, signs: f.signs, resolution: f.resolution, note: f.resolutionNote, by: f.resolvedBy })),
  };
}
export type ProgressReport = Awaited<ReturnType<typeof getProgressReport>>;
