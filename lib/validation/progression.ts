import { z } from "zod";
import { RETURN_TO_RUN_CHECKLIST } from "@/lib/rules/ladder";
import { said } from "@/lib/i18n/said";
import { optionalText, wholeNumber } from "./fields";

/** Starting the walk-run ladder: every return-to-run criterion ticked (recorded, not judged), and an optional note. */
export const ladderStartSchema = z.object({
  runnerId: z.uuid(),
  checklist: z
    .array(z.enum(RETURN_TO_RUN_CHECKLIST))
    .refine((ticked) => RETURN_TO_RUN_CHECKLIST.every((item) => ticked.includes(item)), said("tickCriteria")),
  note: optionalText("note", 1000),
});

/** The clinic's own ladder: up to 12 steps, each walk minutes (0 for continuous running), run minutes and repeats. */
export const ladderStepSchema = z.object({
  walkMinutes: wholeNumber("walkMinutes", 0, 30),
  runMinutes: wholeNumber("runMinutes", 1, 120),
  repeats: wholeNumber("repeats", 1, 20),
});
export const clinicLadderSchema = z.object({ steps: z.array(ladderStepSchema).max(12, said("ladderMax", { max: 12 })) });

/** The clinic ladder form: rows of three fields (walk-1, run-1, repeats-1, ...); a row left blank is no step. */
export const LADDER_ROWS = 12;
const fieldOf = { walkMinutes: "walk", runMinutes: "run", repeats: "repeats" } as const;
export const clinicLadderFormSchema = z.record(z.string(), z.string()).transform((values, ctx) => {
  const steps: z.infer<typeof ladderStepSchema>[] = [];
  for (let row = 1; row <= LADDER_ROWS; row++) {
    const typed = Object.fromEntries((Object.keys(fieldOf) as (keyof typeof fieldOf)[]).map((k) => [k, (values[`${fieldOf[k]}-${row}`] ?? "").trim()]));
    if (Object.values(typed).every((v) => v === "")) continue;
    const parsed = ladderStepSchema.safeParse(typed);
    if (parsed.success) steps.push(parsed.data);
    else for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [`${fieldOf[issue.path[0] as keyof typeof fieldOf]}-${row}`], message: issue.message });
  }
  return { steps };
});
