import { fieldErrors } from "@/lib/validation/fields";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeRun } from "@/lib/runs/describe";
import { formatPace } from "@/lib/runs/format";
import { runLogSchema } from "@/lib/validation/logs";
import { formatDistance, inUnit, proposedUnit, toKm } from "./units";

describe("kilometres or miles", () => {
  it("is proposed from the browser's first language: miles for the United States, kilometres for the rest", () => {
    expect(proposedUnit("en-US,en;q=0.9")).toBe("mi");
    expect(proposedUnit("es-US")).toBe("mi");
    expect(proposedUnit("en-GB,en;q=0.8")).toBe("km");
    expect(proposedUnit("es-ES")).toBe("km");
    expect(proposedUnit("de")).toBe("km");
    expect(proposedUnit("")).toBe("km");
    expect(proposedUnit(null)).toBe("km");
    expect(proposedUnit("not a language!")).toBe("km");
  });

  it("converts both ways at 1.609344 km to the mile, stored to the 10 m", () => {
    expect(toKm(10, "mi")).toBe(16.09);
    expect(toKm(10, "km")).toBe(10);
    expect(inUnit(16.09344, "mi")).toBeCloseTo(10, 6);
    expect(formatDistance(5, "km")).toBe("5 km");
    expect(formatDistance(5, "mi")).toBe("3.11 mi");
    expect(formatDistance(21.0975, "mi", "en", 1)).toBe("13.1 mi");
    // In the reader's locale: a Spanish runner reads a decimal comma.
    expect(formatDistance(5.02, "km", "es")).toBe("5,02 km");
  });

  it("gives pace per kilometre or per mile", () => {
    expect(formatPace(30 * 60, 5)).toBe("6:00 /km");
    expect(formatPace(30 * 60, 5, "mi")).toBe("9:39 /mi");
    expect(formatPace(30 * 60, 0)).toBeNull();
    expect(describeRun({ distanceKm: 8.05, durationMinutes: 40 }, null, "mi")).toBe("5 mi in 40 min, 8:00 /mi");
  });
});

describe("a run typed in miles", () => {
  const form = (fields: Record<string, string>) => ({ clientId: randomUUID(), date: "2026-12-01", durationMinutes: "40", rpe: "4", painDuring: "2", painAfter: "2", notes: "", ...fields });

  it("is stored in kilometres", () => {
    const parsed = runLogSchema.safeParse(form({ distanceKm: "5", distanceUnit: "mi" }));
    expect(parsed.success && parsed.data).toMatchObject({ distanceKm: 8.05 });
    expect(parsed.success && "distanceUnit" in parsed.data).toBe(false);
  });

  it("is kilometres when the form names no unit, as the offline outbox's older entries do", () => {
    const parsed = runLogSchema.safeParse(form({ distanceKm: "5" }));
    expect(parsed.success && parsed.data.distanceKm).toBe(5);
  });

  it("refuses more than 300 km however it is typed, and a unit that is neither", () => {
    const miles = runLogSchema.safeParse(form({ distanceKm: "200", distanceUnit: "mi" }));
    expect(miles.success).toBe(false);
    expect(fieldErrors(miles.error!)).toEqual({ distanceKm: ["A run is at most 300 km (186 mi)."] });
    expect(runLogSchema.safeParse(form({ distanceKm: "301" })).success).toBe(false);
    const furlongs = runLogSchema.safeParse(form({ distanceKm: "5", distanceUnit: "furlong" }));
    expect(fieldErrors(furlongs.error!)).toEqual({ distanceUnit: ["Choose kilometres or miles."] });
  });
});
