import { describe, expect, it } from "vitest";
import { phasesAhead, versionInForce, versionToShow } from "./plan-version";

// A Nordic progression begun on 2 Nov: week 2 began on 9 Nov once earned, weeks 3 and 4 wait; an edit made in week 1 (on 4 Nov).
const v = (version: number, phase: number, effectiveFrom: string, waiting = false) => ({ version, phase, effectiveFrom, superseded: false, waiting });
const nordic = [v(1, 1, "2026-11-02"), v(2, 2, "2026-11-09"), v(3, 3, "2026-11-16", true), v(4, 4, "2026-11-23", true), v(5, 1, "2026-11-04")];
const on = (date: string, versions = nordic) => versionInForce(versions, date)?.version;

describe("the version in force", () => {
  it("an edit in week 1 changes week 1, and the phase begun after it takes over on its day", () => {
    expect(on("2026-11-03")).toBe(1);
    expect(on("2026-11-04")).toBe(5);
    expect(on("2026-11-08")).toBe(5);
    expect(on("2026-11-09")).toBe(2);
  });

  it("never puts a waiting phase in force, however long past its earliest day", () => {
    expect(on("2026-11-23")).toBe(2);
    expect(on("2027-01-01")).toBe(2);
  });

  it("an edit made the day a phase starts replaces that phase", () => {
    const sameDay = [...nordic, v(6, 2, "2026-11-09")];
    expect(on("2026-11-09", sameDay)).toBe(6);
    expect(on("2026-11-16", sameDay)).toBe(6);
  });

  it("never uses a phase the clinician replaced before it began", () => {
    const replaced = nordic.map((x) => (x.version >= 2 && x.version <= 4 ? { ...x, superseded: true } : x));
    expect(on("2026-11-30", replaced)).toBe(5);
    expect(phasesAhead(replaced, "2026-11-04")).toEqual([]);
  });

  it("is nothing before the plan starts, though pages show its first version", () => {
    expect(on("2026-11-01")).toBeUndefined();
    expect(versionToShow(nordic, "2026-11-01")?.version).toBe(1);
  });

  it("lists what is to come: a phase dated ahead first, then the waiting phases in order", () => {
    expect(phasesAhead(nordic, "2026-11-04").map((x) => x.version)).toEqual([2, 3, 4]);
    expect(phasesAhead(nordic, "2026-11-10").map((x) => x.version)).toEqual([3, 4]);
  });
});
