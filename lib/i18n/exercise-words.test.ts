import { describe, expect, it } from "vitest";
import { ILLUSTRATIONS } from "@/lib/illustrations/library";
import { exerciseLibrary } from "@/lib/seed/exercise-library";
import { exerciseInWords, libraryWords } from "./exercise-words";
import { LOCALES } from "./locales";

const row = (key: string, clinicId: string | null = null) => {
  const { key: _, ...entry } = exerciseLibrary.find((e) => e.key === key)!;
  return { ...entry, cues: entry.cues ?? "", doseNotes: entry.doseNotes ?? "", clinicId, illustration: key, illustrationAlt: ILLUSTRATIONS[key]!.alt };
};

describe("the seeded exercise library in each language", () => {
  it("has English messages equal to the seed, word for word, so the two cannot drift", () => {
    for (const e of exerciseLibrary) {
      const drawing = ILLUSTRATIONS[e.key]!;
      const steps = Object.fromEntries(drawing.steps.map((s, i) => [String(i + 1), s.caption]));
      expect(libraryWords("en", e.key)).toEqual({ name: e.name, instructions: e.instructions, ...(e.cues ? { cues: e.cues } : {}), ...(e.doseNotes ? { doseNotes: e.doseNotes } : {}), alt: drawing.alt, steps });
    }
  });

  it.each(LOCALES)("words every seeded exercise in %s, each field the English has, each name once", (locale) => {
    const names = exerciseLibrary.map((e) => {
      const words = libraryWords(locale, e.key)!;
      expect(Object.keys(words).sort()).toEqual(Object.keys(libraryWords("en", e.key)!).sort());
      const { steps, ...texts } = words;
      for (const text of [...Object.values(texts), ...Object.values(steps)]) expect(text.trim()).not.toBe("");
      expect(Object.keys(steps)).toEqual(Object.keys(libraryWords("en", e.key)!.steps));
      // A caption fits under its panel (200 px at 14 px): no longer than the longest English one.
      for (const caption of Object.values(steps)) expect(caption.length).toBeLessThanOrEqual(27);
      return words.name;
    });
    expect(new Set(names).size).toBe(exerciseLibrary.length);
  });

  it("shows a global exercise in the reader's language and a clinic's own exercise as the clinic wrote it", () => {
    const glide = exerciseInWords(row("supine-glide"), "es");
    expect(glide).toMatchObject({ name: "Deslizamiento del nervio ciático tumbado boca arriba", doseNotes: "Unas 10 repeticiones, o lo que te haya indicado tu fisio.", painRule: "neural", defaultReps: 10 });
    expect(glide.cues).toMatch(/^Solo una tensión suave, nunca un estiramiento/);
    expect(glide.illustrationAlt).toMatch(/^1: tumbado boca arriba/);
    expect(exerciseInWords(row("supine-glide"), "en").name).toBe("Supine sciatic nerve glide (slider)");
    const own = row("supine-glide", "8f14e45f-ceea-467f-a0e5-3f0e6e7b2c11");
    expect(exerciseInWords(own, "es")).toBe(own);
    // A narrow read (a chart's exercise names) stays narrow.
    expect(exerciseInWords({ clinicId: null, illustration: "nordic", name: "Nordic hamstring exercise" }, "es")).toEqual({ clinicId: null, illustration: "nordic", name: "Curl nórdico de isquiotibiales" });
  });
});
