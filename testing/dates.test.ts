import path from "node:path";
import { describe, expect, it } from "vitest";
import { calendarDayOf, formatDate, formatDateTime, formatDay, formatDayTime, formatShortDate, formatTime } from "@/lib/date-format";
import { resolveTimeZone } from "@/lib/dates";
import { handBuiltDates, scanForHandBuiltDates } from "./hand-built-dates";

const root = path.resolve(import.meta.dirname, "..");

describe("dates in the reader's locale", () => {
  const instant = new Date("2026-09-26T13:05:00Z");

  it("in British English", () => {
    expect(formatDay("2026-12-05")).toBe("Sat 5 Dec");
    expect(formatShortDate("2026-09-26")).toBe("26 Sept");
    expect(formatDate("2026-12-05")).toBe("5 Dec 2026");
    expect(formatDateTime(instant, "Pacific/Auckland")).toBe("27 Sept 2026, 01:05");
    expect(formatDayTime(instant, "Europe/London")).toBe("26 Sept, 14:05");
    expect(formatTime(instant, "UTC")).toBe("13:05");
  });

  it("gives the calendar day an instant falls on where the reader is", () => {
    expect(calendarDayOf(instant, "UTC")).toBe("2026-09-26");
    expect(calendarDayOf(instant, "Pacific/Auckland")).toBe("2026-09-27");
    expect(calendarDayOf(new Date("2026-12-05T02:00:00Z"), "America/Los_Angeles")).toBe("2026-12-04");
  });

  it("in Spanish", () => {
    expect(formatDay("2026-12-05", "es")).toBe("sáb, 5 dic");
    expect(formatShortDate("2026-09-26", "es")).toBe("26 sept");
    expect(formatDate("2026-12-05", "es")).toBe("5 dic 2026");
    expect(formatDateTime(instant, "Europe/Madrid", "es")).toBe("26 sept 2026, 15:05");
  });

  it("keeps a calendar day on its day, whatever the server's zone", () => {
    // A runner's day is a day: formatting never moves it across midnight.
    expect(formatDay("2026-01-01")).toBe("Thu 1 Jan");
    expect(formatShortDate(new Date(Date.UTC(2026, 0, 1)))).toBe("1 Jan");
  });
});

describe("a time zone by its city", () => {
  it("takes a zone's name, its city in any case, or the field's suggestion, and nothing else", () => {
    expect(resolveTimeZone("Pacific/Auckland")).toBe("Pacific/Auckland");
    expect(resolveTimeZone("auckland")).toBe("Pacific/Auckland");
    expect(resolveTimeZone("New York")).toBe("America/New_York");
    expect(resolveTimeZone("Auckland (Pacific)")).toBe("Pacific/Auckland");
    expect(resolveTimeZone("UTC")).toBe("UTC");
    expect(resolveTimeZone("Atlantis")).toBeNull();
    expect(resolveTimeZone("")).toBeNull();
  });
});

describe("no date built by hand", () => {
  it("finds none in pages, components, emails, PDFs and exports", () => {
    expect(scanForHandBuiltDates(root)).toEqual([]);
  });

  it("would find one: the scan is not blind", () => {
    expect(handBuiltDates('const d = note.createdAt.toISOString().slice(0, 10);')).toHaveLength(1);
    expect(handBuiltDates("const shortDay = (iso: string) => iso.slice(5);")).toHaveLength(1);
    expect(handBuiltDates('at.toLocaleString("en-GB")')).toHaveLength(1);
    expect(handBuiltDates("`${d.getDate()}/${d.getMonth() + 1}`")).toHaveLength(1);
    expect(handBuiltDates('formatDay(log.date)')).toEqual([]);
  });
});
