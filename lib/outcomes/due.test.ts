import { describe, expect, it } from "vitest";
import { dueOccasion, nextReview } from "./due";
import { timingWords } from "./timing-words";

const episode = { today: "2026-11-10", startedOn: "2026-11-01", dischargeAskedAt: null };
/** A fill on `date`, stored at `time` that day (UTC). */
const on = (date: string, time = "09:00") => ({ date, at: new Date(`${date}T${time}:00Z`) });
const review = { atIntake: false, everyDays: 14, atDischarge: false, startsOn: "2026-11-10" };

describe("when a measure is due", () => {
  it("asks for a review from its first due date, then every interval after the last fill", () => {
    expect(dueOccasion(review, [], { ...episode, today: "2026-11-09" })).toBeNull();
    expect(dueOccasion(review, [], episode)).toBe("review");
    expect(nextReview(review, "2026-11-12")).toBe("2026-11-26");
    expect(dueOccasion(review, [on("2026-11-12")], { ...episode, today: "2026-11-25" })).toBeNull();
    expect(dueOccasion(review, [on("2026-11-12")], { ...episode, today: "2026-11-26" })).toBe("review");
    expect(dueOccasion(null, [], episode)).toBeNull();
  });

  it("asks at intake until one fill in this episode, whatever the review's date", () => {
    const intake = { ...review, atIntake: true, startsOn: "2026-11-24" };
    expect(dueOccasion(intake, [], episode)).toBe("intake");
    // A fill from an earlier episode does not answer this one's intake.
    expect(dueOccasion(intake, [on("2026-10-20")], episode)).toBe("intake");
    expect(dueOccasion(intake, [on("2026-11-02")], episode)).toBeNull();
  });

  it("asks at discharge only once the clinician has asked, until a fill stored after they asked", () => {
    const discharge = { atIntake: false, everyDays: null, atDischarge: true, startsOn: "2026-11-01" };
    expect(dueOccasion(discharge, [on("2026-11-05")], episode)).toBeNull();
    const asked = { ...episode, dischargeAskedAt: new Date("2026-11-09T14:00:00Z") };
    expect(dueOccasion(discharge, [on("2026-11-05")], asked)).toBe("discharge");
    // Filled that morning, before the clinician asked: still due.
    expect(dueOccasion(discharge, [on("2026-11-09", "08:00")], asked)).toBe("discharge");
    expect(dueOccasion(discharge, [on("2026-11-09", "08:00"), on("2026-11-09", "14:30")], asked)).toBeNull();
  });

  it("says the schedule in words", () => {
    expect(timingWords({ atIntake: true, everyDays: 14, atDischarge: true })).toBe("at intake, every 2 weeks and at discharge");
    expect(timingWords({ atIntake: false, everyDays: 7, atDischarge: false })).toBe("every week");
    expect(timingWords({ atIntake: true, everyDays: null, atDischarge: true })).toBe("at intake and at discharge");
  });
});
