import { describe, expect, it } from "vitest";
import { say } from "@/lib/i18n/say";
import { holdsBack, reasonsForRunner, statusForRunner } from "./status-words";
import { DEFAULT_PAIN_RULES } from "./thresholds";
import { adviceForSession, describeBaseline } from "./traffic-light";
import { chip, type Triage } from "./triage";

const triage = (t: Partial<Triage>): Triage => ({ status: "green", urgency: null, worsening: false, chips: [], rank: 6, ...t });
const loose = { ...DEFAULT_PAIN_RULES, painAfterAmberAbove: 4 };

describe("the runner's status in the runner's words", () => {
  it.each<[string, Partial<Triage>, string, boolean]>([
    ["urgent", { status: "urgent", rank: 0 }, "You reported a warning sign", true],
    ["red", { status: "red", rank: 1 }, "Red: too much for now", true],
    ["worsening", { status: "amber", worsening: true, rank: 2 }, "Amber: your pain has been rising", true],
    ["stopped", { status: "stopped", rank: 3 }, "Your physio has not heard much lately", false],
    ["amber", { status: "amber", rank: 4 }, "Amber: a warning sign", false],
    ["green", {}, "Green: within your pain rules", false],
  ])("%s reads %j, and holds back 'keep going': %s", (_, t, title, held) => {
    const words = statusForRunner(triage(t), DEFAULT_PAIN_RULES);
    expect(say("en", words.title)).toBe(title);
    expect(holdsBack(triage(t))).toBe(held);
    if (held) expect(say("en", words.advice)).not.toMatch(/keep going/i);
    // The Spanish never says "keep going" (sigue con esta carga) where the English does not.
    if (held) expect(say("es", words.advice)).not.toMatch(/sigue con esta carga/i);
  });

  it("names looser limits, never the plain green sentence", () => {
    expect(say("en", statusForRunner(triage({}), loose).title)).toBe("Green: within the limits your physio set for you");
    expect(say("en", adviceForSession("green", loose).title)).toBe("Green: within the limits your physio set for you");
    expect(say("en", adviceForSession("green", DEFAULT_PAIN_RULES).title)).toBe("Green: within your pain rules");
    expect(say("en", adviceForSession("amber", loose).title)).toBe("Amber: a warning sign");
  });

  it("leaves out what only a clinician acts on", () => {
    const on = { day: "2026-12-03" };
    const t = triage({ status: "amber", chips: [chip("amber", "worries", { count: 1, date: on }), chip("green", "own-limits", { pain: 4, date: on }), chip("amber", "pain-after", { pain: 4, kind: "run", date: on })] });
    expect(reasonsForRunner(t).map((r) => say("en", r))).toEqual(["pain 4 after run on 3 Dec"]);
  });

  it.each([
    [0, "against that morning's 2"],
    [1, "against the previous morning's 2"],
    [2, "against the morning 2 days before (2)"],
    [null, "against your usual 2"],
  ])("says what a session was judged against (%s days before)", (daysBefore, words) => {
    expect(say("en", describeBaseline({ baseline: 2, baselineDaysBefore: daysBefore }))).toBe(words);
  });
});
