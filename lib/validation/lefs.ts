import { said } from "@/lib/i18n/said";
import { z } from "zod";
import { LEFS_ITEMS } from "@/lib/rules/lefs";
import { blankToUndefined, clientId } from "./fields";

/** Every one of the 20 items answered 0-4: a questionnaire with a gap is not scored (a gap would read as "unable"). */
const answer = (n: number) =>
  z.preprocess(
    blankToUndefined,
    z.custom<unknown>((v) => v !== undefined, { error: said("answerQuestion", { n }) }).pipe(z.coerce.number().int().min(0, said("answerQuestion", { n })).max(4, said("answerQuestion", { n }))),
  );

/** The form posts q1 … q20; the errors come back beside each question, and the answers as one list. */
export const lefsResponseSchema = z
  .object({ clientId: clientId(), ...Object.fromEntries(LEFS_ITEMS.map((_, i) => [`q${i + 1}`, answer(i + 1)])) })
  .transform((form) => ({ clientId: form.clientId as string, answers: LEFS_ITEMS.map((_, i) => (form as Record<string, unknown>)[`q${i + 1}`] as number) }));
export type LefsResponseInput = z.infer<typeof lefsResponseSchema>;
