import { z } from "zod";
import { presentationEnum } from "@/db/schema/runners";

/*
 * The clinic outcomes page's filters and links, read from the URL: anything malformed is dropped, never
 * an error (the page shows every episode instead), because a URL is typed or pasted, not submitted.
 */
const isoDate = z.iso.date();
export const FIGURES = ["episodes", "painFree", "lefsReal", "psfsReal", "grocReal", "redFlags"] as const;
export type Figure = (typeof FIGURES)[number];

export const outcomeFiltersSchema = z.object({
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  clinician: z.uuid().optional().catch(undefined),
});
export type OutcomeFilters = z.infer<typeof outcomeFiltersSchema>;

/** One group of the page: a presentation, a template (by id), or the episodes built from no template. */
export const groupSchema = z.union([
  z.object({ by: z.literal("presentation"), presentation: z.enum(presentationEnum.enumValues) }),
  z.object({ by: z.literal("template"), template: z.union([z.uuid(), z.literal("none")]) }),
]);
export type OutcomeGroup = z.infer<typeof groupSchema>;
export const figureSchema = z.enum(FIGURES).catch("episodes");
