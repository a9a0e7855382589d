import { describe, expect, it } from "vitest";
import { formatReported, localMoment } from "./red-flag-time";

describe("when a red flag was reported, on the runner's clock", () => {
  it("reads in the runner's zone, across a date line", () => {
    expect(formatReported(new Date("2026-11-23T07:12:00Z"), "Europe/London")).toBe("07:12 on 23 Nov");
    expect(formatReported(new Date("2026-11-23T16:30:00Z"), "Pacific/Auckland")).toBe("05:30 on 24 Nov");
    expect(localMoment(new Date("2026-07-01T23:30:00Z"), "Europe/London")).toEqual({ date: "2026-07-02", time: "00:30" });
  });
});
