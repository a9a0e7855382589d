import { describe, expect, it } from "vitest";
import { fitFile, gpxFile, route, tcxFile } from "@/testing/run-files";
import { readRunFile } from "./read-run-file";
import { RunFileError, type RunFileRefusal, sizeRefusals } from "./reading";
import { runFileRefusalWords } from "./refusal-words";

/** Why reading refused, or a failure when it did not. */
function refusalOf(read: () => unknown): RunFileRefusal {
  try {
    read();
  } catch (error) {
    if (error instanceof RunFileError) return error.refusal;
    throw error;
  }
  throw new Error("read without a refusal");
}

const text = (s: string) => new TextEncoder().encode(s);
const within = (actual: number, expected: number, share: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected * share);

describe("reading a run file", () => {
  const r = route();
  const e = r.expected;
  /** What every reader must get right: distance within 1 %, moving time and heart rate exactly. */
  const expectTheRun = (reading: ReturnType<typeof readRunFile>) => {
    within(reading.distanceKm, e.distanceKm, 0.01);
    expect(reading.movingSeconds).toBe(e.movingSeconds);
    expect(reading.avgHr).toBe(Math.round(e.avgHr));
    expect(reading.maxHr).toBe(e.maxHr);
  };

  it("reads a FIT activity's totals as the watch recorded them", () => {
    const reading = readRunFile(fitFile(r));
    expect(reading.format).toBe("fit");
    expect(reading.startedAt).toBe(e.startedAt);
    expectTheRun(reading);
    expect(reading.elapsedSeconds).toBe(e.elapsedSeconds);
    expect(reading.elevationGainM).toBe(42);
  });

  it("measures a FIT recording that was never saved as a session from its records, leaving out the stop", () => {
    expectTheRun(readRunFile(fitFile(r, { session: false })));
  });

  it("measures a GPX track: distance along the points, moving time without the stand-still, heart rate and climb", () => {
    const reading = readRunFile(text(gpxFile(r)));
    expect(reading.format).toBe("gpx");
    expect(reading.startedAt).toBe(e.startedAt);
    expectTheRun(reading);
    expect(reading.elapsedSeconds).toBe(e.elapsedSeconds);
    // Five rolling hills of 20 m between 20 m and 40 m.
    expect(reading.elevationGainM).toBeGreaterThan(60);
    expect(reading.elevationGainM).toBeLessThan(110);
  });

  it("reads a TCX file's lap totals", () => {
    const reading = readRunFile(text(tcxFile(r)));
    expect(reading.format).toBe("tcx");
    expect(reading.startedAt).toBe(e.startedAt);
    expectTheRun(reading);
  });

  it("refuses an empty file, one over 10 MB, a cut-short one and one that is not a run file, each with its reason", () => {
    expect(refusalOf(() => readRunFile(new Uint8Array()))).toBe("empty");
    expect(refusalOf(() => readRunFile(new Uint8Array(50 * 1024 * 1024)))).toBe("size");
    const fit = fitFile(r);
    expect(refusalOf(() => readRunFile(fit.slice(0, Math.floor(fit.length / 2))))).toBe("damaged");
    const gpx = gpxFile(r);
    expect(refusalOf(() => readRunFile(text(gpx.slice(0, Math.floor(gpx.length / 2)))))).toBe("damaged");
    expect(refusalOf(() => readRunFile(text("date,distance\n2026-12-05,5.0\n")))).toBe("type");
    expect(refusalOf(() => readRunFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0])))).toBe("type");
  });

  it("refuses by size before reading: a file over 10 MB by its name, and more than 25 MB of files together", () => {
    const mb = 1024 * 1024;
    expect(sizeRefusals([{ name: "a.fit", size: 9 * mb }, { name: "b.gpx", size: 9 * mb }])).toEqual([]);
    expect(sizeRefusals([{ name: "ultra.gpx", size: 11 * mb }, { name: "b.fit", size: 9 * mb }])).toEqual([{ name: "ultra.gpx", refusal: "size" }]);
    expect(sizeRefusals(["a", "b", "c"].map((name) => ({ name, size: 9 * mb })))).toEqual([{ name: null, refusal: "total" }]);
  });

  it("says each refusal in the reader's language, with its limits", () => {
    expect(runFileRefusalWords("en")).toMatchObject({ size: "A run file can be at most 10 MB. Export just the one run from your watch's app.", total: "Read at most 25 MB of files at once: choose fewer files." });
    expect(runFileRefusalWords("es")).toMatchObject({ count: "Lee como máximo 10 archivos a la vez.", type: "Eso no es un archivo FIT, GPX ni TCX. StrideBack lee el archivo en sí, no su nombre." });
  });

  it("refuses a track with no time or a single point, and one longer than a day", () => {
    expect(refusalOf(() => readRunFile(text(gpxFile(route({ points: 1, stoppedPoints: 0 })))))).toBe("noRun");
    const noTimes = gpxFile(r).replace(/<time>[^<]*<\/time>/g, "");
    expect(refusalOf(() => readRunFile(text(noTimes)))).toBe("noRun");
    const long = tcxFile(r).replace(/<TotalTimeSeconds>\d+<\/TotalTimeSeconds>/, "<TotalTimeSeconds>90000</TotalTimeSeconds>");
    expect(refusalOf(() => readRunFile(text(long)))).toBe("implausible");
  });

  it("does not expand an XML entity bomb", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>` + gpxFile(r).replace(/^<\?xml[^>]*\?>/, "").replace("<name>Morning run</name>", "<name>&c;</name>");
    const reading = readRunFile(text(bomb));
    within(reading.distanceKm, e.distanceKm, 0.01);
  });
});
