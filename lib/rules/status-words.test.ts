import { describe, expect, it } from "vitest";
import { holdsBack, reasonsForRunner, statusForRunner } from "./status-words";
import { DEFAULT_PAIN_RULES } from "./thresholds";
import { adviceForSession, describeBaseline } from "./traffic-light";
import type { Triage } from "./triage";

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
    expect(words.title).toBe(title);
    expect(holdsBack(triage(t))).toBe(held);
    if (held) expect(words.advice).not.toMatch(/keep going/i);
  });

  it("names looser limits, never the plain green sentence", () => {
    expect(statusForRunner(triage({}), loose).title).toBe("Green: within the limits your physio set for you");
    expect(adviceForSession("green", loose).title).toBe("Green: within the limits your physio set for you");
    expect(adviceForSession("green", DEFAULT_PAIN_RULES).title).toBe("Green: within your pain rules");
    expect(adviceForSession("amber", loose).title).toBe("Amber: a warning sign");
  });

  it("leaves out what only a clinician acts on", () => {
    const t = triage({ status: "amber", chips: [{ tone: "amber", text: "a worry to read, sent 3 Dec" }, { tone: "green", text: "pain 4 on 3 Dec: within this runner's own limits" }, { tone: "amber", text: "pain 4 after run on 3 Dec" }] });
    expect(reasonsForRunner(t)).toEqual(["pain 4 after run on 3 Dec"]);
  });

  it.each([
    [0, "against that morning's 2"],
    [1, "against the previous morning's 2"],
    [2, "against the morning 2 days before (2)"],
    [null, "against your usual 2"],
  ])("says what a session was judged against (%s days before)", (daysBefore, words) => {
    expect(describeBaseline({ baseline: 2, baselineDaysBefore: daysBefore })).toBe(words);
  });
});
