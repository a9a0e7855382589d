import { said } from "@/lib/i18n/said";
import { z } from "zod";
import { isSignCode, RESOLUTION_CODES } from "@/lib/rules/red-flags";
import { screenMessage } from "@/lib/i18n/red-flag-words";
import { clientId, plainText, textLength } from "./fields";
import type { ReadForm } from "./form-data";

/*
 * A red-flag screen as a form posts it: `asked` (one hidden field per question shown), `sign` (one per box
 * ticked yes) and `noSigns` ("None of these"). A blank screen is not a "no": the runner must tick a sign
 * or "None of these". A yes is never refused for having been asked by an older copy of the form.
 */

export const screenSchema = z
  .object({
    asked: z.array(z.string().refine(isSignCode, said("expired"))).min(1, said("answerScreen")),
    signs: z.array(z.string().refine(isSignCode, said("expired"))),
    none: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.signs.length === 0 && !s.none) ctx.addIssue({ code: "custom", path: ["signs"], message: screenMessage("en", "noAnswer") });
    if (s.signs.length > 0 && s.none) ctx.addIssue({ code: "custom", path: ["signs"], message: screenMessage("en", "bothAnswers") });
  })
  .transform(({ asked, signs }) => {
    const yes = [...new Set(signs)];
    return { asked: [...new Set([...asked, ...yes])], signs: yes };
  });
export type ScreenInput = z.infer<typeof screenSchema>;

/** The screen's fields from a posted form; undefined when the form asked nothing. */
export function screenFromForm(read: ReadForm) {
  const asked = read.list("asked");
  if (asked.length === 0) return undefined;
  return { asked, signs: read.list("sign"), none: read.list("noSigns").includes("yes") };
}

/** For forms that always screen (intake, "something new"): a screen that was not posted is refused, not skipped. */
export function requiredScreenFromForm(read: ReadForm) {
  return screenFromForm(read) ?? { asked: [], signs: read.list("sign"), none: read.list("noSigns").includes("yes") };
}

/** The fields a screen posts that may come more than once, for readForm ("None of these" sent twice is still one answer). */
export const SCREEN_LISTS = ["asked", "sign", "noSigns"] as const;

/** What the form shows again after a refusal: the boxes that were ticked. */
export function screenValues(read: ReadForm): Record<string, string> {
  return { ...read.values, signs: read.list("sign").join(" ") };
}

/** The worry page: the screen, and in the runner's own words anything else that worries them (optional). */
export const worrySchema = z.object({ clientId: clientId(), screen: screenSchema, worry: plainText()
    .trim()
    .max(2000, said("under2000"))
    .optional()
    .transform((t) => t || null),
});
export type WorryInput = Omit<z.infer<typeof worrySchema>, "worry"> & { worry?: string | null };

export const resolutionSchema = z.object({
  resolution: z.enum(RESOLUTION_CODES, said("chooseResolution")),
  note: plainText()
    .trim()
    .max(1000, textLength("note", 1000))
    .optional()
    .transform((n) => n || null),
});
export type ResolutionInput = z.infer<typeof resolutionSchema>;
