import { describe, expect, it } from "vitest";
import { RED_FLAG_GROUPS } from "@/lib/rules/red-flags";
import { formatReported } from "@/lib/red-flag-time";
import { redFlagWords, safetyInWords, wordedGroups } from "./red-flag-words";

describe("the red-flag advice in the reader's language", () => {
  it("lists all four groups on the printed programme, each with what to do", () => {
    expect(safetyInWords("en")).toEqual([
      "Saddle numbness, bladder or bowel change, new sexual dysfunction or pain or numbness in both legs: go to an emergency department now.",
      "Leg weakness getting worse, foot slapping or dropping or numbness spreading: call the clinic today.",
      "Fever with back pain, unexplained weight loss or constant night pain: contact the clinic within 24 hours.",
      "Pop with large bruising, a gap in the muscle or cannot walk normally: book a review with your physio this week.",
    ]);
    const spanish = safetyInWords("es");
    expect(spanish).toHaveLength(RED_FLAG_GROUPS.length);
    expect(spanish[0]).toBe(
      "Entumecimiento en silla de montar, cambio en la vejiga o el intestino, disfunción sexual nueva o dolor o entumecimiento en ambas piernas: ve a urgencias de un hospital ahora.",
    );
  });

  it("asks every question of the screen in Spanish, and tells a Spanish-speaking runner to go to an emergency department", () => {
    const groups = wordedGroups("es", RED_FLAG_GROUPS);
    expect(groups.flatMap((g) => g.signs)).toHaveLength(13);
    expect(groups[0]!.signs[0]!.question).toMatch(/^Entumecimiento u hormigueo nuevo en la ingle/);
    const words = redFlagWords("es", ["saddle-numbness"]);
    expect(words.advice.emergency.headline).toBe("Ve a urgencias de un hospital ahora");
    expect(words.advice.emergency.meanwhile).toContain("112");
    expect(words.signs).toEqual({ "saddle-numbness": "entumecimiento en silla de montar" });
    expect(words.callClinic).toBe("Llamar a {clinic}: {phone}");
  });

  it("says when it was reported on the runner's clock, in their language", () => {
    const at = new Date("2026-11-23T07:12:00Z");
    expect(formatReported(at, "Europe/London", "en")).toBe("07:12 on 23 Nov");
    expect(formatReported(at, "Europe/Madrid", "es")).toBe("08:12 del 23 nov");
  });
});
