import { worded } from "@/testing/chips";
import { say } from "@/lib/i18n/say";
import { describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/dates";
import { judgeProgression, type PhaseSession, type PhaseSignals, phaseNow, planProgress, withProgress } from "./progression";
import { DEFAULT_PAIN_RULES } from "./thresholds";
import type { Triage } from "./triage";

/*
 * The criteria for the next phase (docs/progression.md), each at its boundary. Today is 20 Nov; the phase
 * began on 10 Nov with a minimum of 7 days; baselines are 1.
 */
const today = "2026-11-20";
const ago = (n: number) => addDaysIso(today, -n);
const green = (daysAgo: number, over: Partial<PhaseSession> = {}): PhaseSession => ({ date: ago(daysAgo), kind: "exercise", painDuring: 1, painAfter: 1, baseline: 1, nextMorning: 1, neural: false, ...over });
const amber = (daysAgo: number) => green(daysAgo, { painDuring: 4 });
const red = (daysAgo: number) => green(daysAgo, { painDuring: 7 });
const signals = (sessions: PhaseSession[], over: Partial<PhaseSignals> = {}): PhaseSignals => ({
  today,
  rules: DEFAULT_PAIN_RULES,
  phaseBegan: ago(10),
  minDays: 7,
  sessions,
  openRedFlag: false,
  stopped: false,
  heldOn: null,
  hasNextPhase: true,
  hasPreviousPhase: true,
  ...over,
});
/** The judgement, with what it still needs as an English reader reads it. */
const judge = (sessions: PhaseSession[], over: Partial<PhaseSignals> = {}) => {
  const p = judgeProgression(signals(sessions, over));
  return { ...p, needs: p.needs.map((n) => say("en", n)) };
};

describe("the criteria for the next phase", () => {
  it("is ready with 3 green sessions, mornings in, and the evidence listed newest first", () => {
    const p = judge([green(1), green(3), green(5)]);
    expect(p.verdict).toBe("ready");
    expect(p.evidence.map((e) => e.date)).toEqual([ago(1), ago(3), ago(5)]);
  });

  it("waits with 2 green sessions: one more needed", () => {
    expect(judge([green(1), green(3)])).toMatchObject({ verdict: "waiting", needs: ["1 more green session with a settled morning"] });
  });

  it("waits for a provisional third session's morning", () => {
    const p = judge([green(0, { nextMorning: null }), green(3), green(5)]);
    expect(p.verdict).toBe("waiting");
    expect(p.needs).toEqual(["the morning check-in after 20 Nov"]);
  });

  it("counts only sessions since the phase began", () => {
    expect(judge([green(1), green(3), green(12)]).verdict).toBe("waiting");
  });

  it("holds on an amber session among the last three, and needs three new greens after it", () => {
    const p = judge([green(1), amber(3), green(5)]);
    expect(p.verdict).toBe("holding");
    expect(p.needs).toEqual(["repeat this load: the session on 17 Nov was amber", "2 more green sessions with a settled morning"]);
  });

  it("holds on a red session 7 days ago, not on one 8 days ago", () => {
    const base = [green(1), green(2), green(3)];
    expect(judge([...base, red(7)], { hasPreviousPhase: false }).verdict).toBe("holding");
    expect(judge([...base, red(8)], { hasPreviousPhase: false }).verdict).toBe("ready");
  });

  it("holds while a red flag is open, and while the runner has stopped doing the plan", () => {
    const base = [green(1), green(2), green(3)];
    expect(judge(base, { openRedFlag: true }).needs[0]).toBe("an open red flag, until your physio closes it");
    expect(judge(base, { stopped: true }).verdict).toBe("holding");
  });

  it("waits for the minimum length: not on day 6 of 7, ready on day 7", () => {
    const base = [green(0), green(1), green(2)];
    expect(judge(base, { phaseBegan: ago(6) })).toMatchObject({ verdict: "waiting", needs: ["the phase's minimum length: 1 more day (from 21 Nov)"] });
    expect(judge(base, { phaseBegan: ago(7) }).verdict).toBe("ready");
  });

  it("proposes the previous phase after two reds in 7 days within the phase, not after one, nor with nothing to go back to", () => {
    expect(judge([red(1), red(6)])).toMatchObject({ verdict: "step-back", reds: [ago(1), ago(6)], needs: [] });
    expect(judge([red(1), red(8)]).verdict).toBe("holding");
    expect(judge([red(1), red(6)], { hasPreviousPhase: false }).verdict).toBe("holding");
  });

  it("a clinician's hold stands until a session after it", () => {
    const base = [green(1), green(2), green(3)];
    expect(judge(base, { heldOn: ago(1) }).verdict).toBe("held");
    expect(judge([green(0), ...base], { heldOn: ago(1) }).verdict).toBe("ready");
  });

  it("follows the runner's own numbers", () => {
    const rules = { ...DEFAULT_PAIN_RULES, progressGreenSessions: 2 };
    expect(judge([green(1), green(3)], { rules }).verdict).toBe("ready");
  });
});

describe("where a plan stands among its phases", () => {
  const v = (id: string, version: number, phase: number, effectiveFrom: string, waiting = false) => ({ id, version, phase, phaseLabel: `Week ${phase}`, minDays: 7, effectiveFrom, superseded: false, waiting });
  const versions = [v("a", 1, 1, ago(20)), v("b", 2, 2, ago(6)), v("c", 3, 2, ago(2)), v("d", 4, 3, ago(13), true)];

  it("an edit within a phase does not restart it; the waiting phase is next", () => {
    const at = phaseNow(versions, today)!;
    expect([at.current.id, at.began, at.next?.id, at.previous?.id]).toEqual(["c", ago(6), "d", "a"]);
  });

  it("a phase approved for tomorrow is upcoming, and nothing more is proposed", () => {
    const approved = [...versions.slice(0, 3), v("d", 4, 3, addDaysIso(today, 1))];
    const p = planProgress("plan", false, approved, { today, rules: DEFAULT_PAIN_RULES, sessions: [green(1), green(2), green(3)], openRedFlag: false, stopped: false, heldOn: null })!;
    expect(p.upcoming).toMatchObject({ versionId: "d", from: addDaysIso(today, 1) });
    expect(p.judgement.verdict).toBe("starting");
  });
});

describe("the roster's word on progression", () => {
  const triage: Triage = { status: "green", urgency: null, worsening: false, chips: [], rank: 6 };
  const progress = planProgress("plan", false, [
    { id: "a", version: 1, phase: 1, phaseLabel: "Week 1", minDays: 7, effectiveFrom: ago(10), superseded: false, waiting: false },
    { id: "b", version: 2, phase: 2, phaseLabel: "Week 2", minDays: 7, effectiveFrom: ago(3), superseded: false, waiting: true },
  ], { today, rules: DEFAULT_PAIN_RULES, sessions: [green(1), green(2), green(3)], openRedFlag: false, stopped: false, heldOn: null });

  it("puts a green runner who is ready after amber and before plain green", () => {
    const ready = withProgress(triage, progress);
    expect(ready.rank).toBe(5);
    expect(worded(ready.chips)).toEqual([{ tone: "green", text: "ready to progress to Week 2: 3 green sessions with settled mornings since 17 Nov" }]);
    expect(say("es", ready.chips[0]!.says)).toBe("listo para pasar a Week 2: 3 sesiones verdes con mañanas tranquilas desde el 17 nov");
  });

  it("leaves an amber runner's rank alone", () => {
    expect(withProgress({ ...triage, status: "amber", rank: 4 }, progress).rank).toBe(4);
  });
});
