import { describe, expect, it } from "vitest";
import { readForm } from "./form-data";
import { requiredScreenFromForm, SCREEN_LISTS, screenFromForm, screenSchema } from "./red-flags";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return readForm(data, SCREEN_LISTS);
};

describe("a red-flag screen as a form posts it", () => {
  it("takes 'None of these' sent twice as one answer, not a refused repeat", () => {
    const read = form([["asked", "foot-drop"], ["noSigns", "yes"], ["noSigns", "yes"]]);
    expect(read.repeated).toEqual([]);
    expect(screenSchema.parse(screenFromForm(read))).toEqual({ asked: ["foot-drop"], signs: [] });
  });

  it("refuses a blank screen, and one with both a sign and 'None of these'", () => {
    const blank = screenSchema.safeParse(screenFromForm(form([["asked", "foot-drop"]])));
    expect(blank.success).toBe(false);
    const both = screenSchema.safeParse(screenFromForm(form([["asked", "foot-drop"], ["sign", "foot-drop"], ["noSigns", "yes"]])));
    expect(both.success).toBe(false);
  });

  it("never refuses a yes that the form did not ask (an older copy of the form)", () => {
    expect(screenSchema.parse(screenFromForm(form([["asked", "foot-drop"], ["sign", "saddle-numbness"]])))).toEqual({ asked: ["foot-drop", "saddle-numbness"], signs: ["saddle-numbness"] });
  });

  it("refuses a screen that was not posted where one is required", () => {
    expect(screenSchema.safeParse(requiredScreenFromForm(form([]))).success).toBe(false);
  });
});
