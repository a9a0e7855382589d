import { describe, expect, it } from "vitest";
import { presentationEnum } from "@/db/schema";
import { morningScreen } from "./morning-screen";
import { wordsFor } from "@/lib/i18n/words";
import { AVULSION_SCREEN_DAYS, RED_FLAG_GROUPS, SIGN_CODES, urgencyOf } from "./red-flags";

const groups = (...args: Parameters<typeof morningScreen>) => morningScreen(...args).map((g) => g.group);

describe("which red-flag questions the morning check-in asks", () => {
  it("asks referred back pain and neural tension about cauda equina, nerve loss and serious pathology, never avulsion", () => {
    for (const presentation of ["referred_lumbar", "neural_tension"] as const) {
      expect(groups(presentation, "2026-01-01", "2026-11-23")).toEqual(["cauda-equina", "nerve-loss", "serious-pathology"]);
      expect(groups(presentation, "2026-11-23", "2026-11-23")).not.toContain("avulsion");
    }
  });

  it("asks a strain about avulsion in its first six weeks only", () => {
    expect(groups("hamstring_strain", "2026-11-23", "2026-11-23")).toEqual(["avulsion"]); // day 1
    expect(groups("hamstring_strain", "2026-11-17", "2026-11-23")).toEqual(["avulsion"]); // week 1
    expect(groups("hamstring_strain", "2026-10-12", "2026-11-22")).toEqual(["avulsion"]); // day 42
    expect(groups("hamstring_strain", "2026-10-12", "2026-11-23")).toEqual([]); // day 43
    expect(groups("hamstring_strain", "2026-09-14", "2026-11-23")).toEqual([]); // week 10
    expect(AVULSION_SCREEN_DAYS).toBe(42);
  });

  it("asks nothing of tight hamstrings or cramp in the morning (the 'something new' screen stays open to them)", () => {
    expect(groups("tight_hamstrings", "2026-11-01", "2026-11-23")).toEqual([]);
    expect(groups("cramp", "2026-11-20", "2026-11-23")).toEqual([]);
  });

  it("covers every presentation the product knows with a group or a deliberate none", () => {
    const screened = new Set(RED_FLAG_GROUPS.flatMap((g) => g.presentations));
    expect(presentationEnum.enumValues.filter((p) => !screened.has(p))).toEqual(["cramp", "tight_hamstrings"]);
  });
});

describe("how urgent a yes is", () => {
  it("takes the most urgent group among the signs", () => {
    expect(urgencyOf([])).toBeNull();
    expect(urgencyOf(["pop-bruising"])).toBe("this-week");
    expect(urgencyOf(["night-pain"])).toBe("within-24h");
    expect(urgencyOf(["night-pain", "foot-drop"])).toBe("today");
    expect(urgencyOf(["pop-bruising", "bladder-bowel", "foot-drop"])).toBe("emergency");
  });

  it("sends cauda equina signs to an emergency department, in those words", () => {
    for (const code of ["saddle-numbness", "bladder-bowel", "sexual-function", "both-legs"]) expect(urgencyOf([code])).toBe("emergency");
    expect(wordsFor("en", "redFlags")("advice.emergency.headline")).toBe("Go to an emergency department now");
    expect(wordsFor("es", "redFlags")("advice.emergency.headline")).toBe("Ve a urgencias de un hospital ahora");
  });

  it("gives every sign a unique code", () => {
    expect(new Set(SIGN_CODES).size).toBe(SIGN_CODES.length);
    expect(SIGN_CODES).toHaveLength(13);
    // The database's list of known signs (db/schema/red-flag-codes) is exactly the signs the screen asks.
    expect(RED_FLAG_GROUPS.flatMap((g) => g.signs.map((s) => s.code))).toEqual([...SIGN_CODES]);
  });
});
