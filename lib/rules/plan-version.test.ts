import { describe, expect, it } from "vitest";
import { phasesAhead, versionInForce, versionToShow } from "./plan-version";

// A Nordic progression: one version a week from 2 Nov, then an edit made in week 1 (on 4 Nov).
const nordic = [
  { version: 1, effectiveFrom: "2026-11-02", superseded: false },
  { version: 2, effectiveFrom: "2026-11-09", superseded: false },
  { version: 3, effectiveFrom: "2026-11-16", superseded: false },
  { version: 4, effectiveFrom: "2026-11-23", superseded: false },
  { version: 5, effectiveFrom: "2026-11-04", superseded: false },
];
const on = (date: string, versions = nordic) => versionInForce(versions, date)?.version;

describe("the version in force", () => {
  it("an edit in week 1 changes week 1 and keeps the progression", () => {
    expect(on("2026-11-03")).toBe(1);
    expect(on("2026-11-04")).toBe(5);
    expect(on("2026-11-08")).toBe(5);
    expect(on("2026-11-09")).toBe(2);
    expect(on("2026-11-23")).toBe(4);
    expect(on("2027-01-01")).toBe(4);
  });

  it("an edit made the day a phase starts replaces that phase", () => {
    const sameDay = [...nordic, { version: 6, effectiveFrom: "2026-11-09", superseded: false }];
    expect(on("2026-11-09", sameDay)).toBe(6);
    expect(on("2026-11-16", sameDay)).toBe(3);
  });

  it("never uses a phase the clinician replaced before it began", () => {
    const replaced = nordic.map((v) => (v.version >= 2 && v.version <= 4 ? { ...v, superseded: true } : v));
    expect(on("2026-11-30", replaced)).toBe(5);
    expect(phasesAhead(replaced, "2026-11-04")).toEqual([]);
  });

  it("is nothing before the plan starts, though pages show its first version", () => {
    expect(on("2026-11-01")).toBeUndefined();
    expect(versionToShow(nordic, "2026-11-01")?.version).toBe(1);
  });

  it("lists the phases to come in order", () => {
    expect(phasesAhead(nordic, "2026-11-04").map((v) => v.version)).toEqual([2, 3, 4]);
  });
});
