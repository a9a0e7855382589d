import { z } from "zod";
import { RETURN_TO_RUN_CHECKLIST } from "@/lib/rules/ladder";
import { plainText } from "./fields";

/** Starting the walk-run ladder: every return-to-run criterion ticked (recorded, not judged), and an optional note. */
export const ladderStartSchema = z.object({
  runnerId: z.uuid(),
  checklist: z
    .array(z.enum(RETURN_TO_RUN_CHECKLIST))
    .refine((ticked) => RETURN_TO_RUN_CHECKLIST.every((item) => ticked.includes(item)), "Tick each return-to-run criterion you checked before starting the ladder."),
  note: plainText("The note must be plain text.").trim().max(1000, "The note is at most 1,000 characters."),
});

/** The clinic's own ladder: up to 12 steps, each walk minutes (0 for continuous running), run minutes and repeats. */
const minutes = (min: number, max: number, what: string) => z.coerce.number({ error: `${what}: a whole number from ${min} to ${max}.` }).int(`${what}: a whole number from ${min} to ${max}.`).min(min, `${what}: a whole number from ${min} to ${max}.`).max(max, `${what}: a whole number from ${min} to ${max}.`);
export const ladderStepSchema = z.object({
  walkMinutes: minutes(0, 30, "Walk minutes"),
  runMinutes: minutes(1, 120, "Run minutes"),
  repeats: minutes(1, 20, "Repeats"),
});
export const clinicLadderSchema = z.object({ steps: z.array(ladderStepSchema).max(12, "A ladder has at most 12 steps.") });

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
