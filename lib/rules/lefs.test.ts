import { describe, expect, it } from "vitest";
import { say } from "@/lib/i18n/say";
import { LEFS_ITEMS, lefsChange, lefsSummary, lefsTotal } from "./lefs";


describe("LEFS", () => {
  it("has 20 items scoring 0-80", () => {
    expect(LEFS_ITEMS).toHaveLength(20);
    expect(lefsTotal(Array(20).fill(4))).toBe(80);
  });

  it("calls a change of 9 points real and 8 not, in either direction", () => {
    expect(lefsChange([{ date: "2026-11-01", total: 40 }, { date: "2026-11-15", total: 49 }])).toMatchObject({ points: 9, real: true });
    expect(lefsChange([{ date: "2026-11-01", total: 40 }, { date: "2026-11-15", total: 48 }])).toMatchObject({ points: 8, real: false });
    expect(lefsChange([{ date: "2026-11-01", total: 60 }, { date: "2026-11-15", total: 51 }])).toMatchObject({ points: -9, real: true });
    expect(lefsChange([{ date: "2026-11-01", total: 60 }])).toBeNull();
  });

  it("says so in the summary, against the first score", () => {
    const scores = [{ date: "2026-11-01", total: 40 }, { date: "2026-11-08", total: 45 }, { date: "2026-11-15", total: 52 }];
    expect(say("en", lefsSummary(scores))).toBe("LEFS 52 of 80 on 15 Nov, up 12 points (better) since 1 Nov (40): a real change: at least the 9-point minimal detectable change.");
    expect(say("en", lefsSummary(scores.slice(0, 2)))).toMatch(/up 5 points \(better\).*no real change yet/);
    expect(say("en", lefsSummary([]))).toBe("No LEFS filled yet.");
  });
});
