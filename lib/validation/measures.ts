import { said } from "@/lib/i18n/said";
import { z } from "zod";
import { PSFS } from "@/lib/outcomes/instruments";
import { blankToUndefined, calendarDate, checkbox, clientId, plainText, wholeNumber } from "./fields";

/*
 * The outcome-measure forms: a clinician's schedule for one measure, and the runner's PSFS and GROC
 * (LEFS has its own form of 20 questions, lib/validation/lefs.ts). Every rule here is also a CHECK on the
 * tables (db/schema/outcomes.ts).
 */
export const MEASURE_INTERVALS = [7, 14, 21, 28, 42] as const;

export const measureScheduleSchema = z
  .object({
    atIntake: checkbox(),
    everyDays: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: said("chooseHowOften") }).int().refine((n) => (MEASURE_INTERVALS as readonly number[]).includes(n), said("chooseHowOften")).nullable().default(null),
    ),
    atDischarge: checkbox(),
    startsOn: calendarDate(),
  })
  .refine((s) => s.atIntake || s.everyDays != null || s.atDischarge, { path: ["atIntake"], message: said("chooseOneTiming") });
export type MeasureScheduleInput = z.infer<typeof measureScheduleSchema>;

const SLOTS = [1, 2, 3] as const;
const activity = plainText().trim().max(120, said("activityLength"));

/**
 * PSFS: up to three activities, each with its rating. A rating needs its activity and an activity its
 * rating; the first slot is required. Follow-ups post the first fill's activities again (hidden fields).
 */
export const psfsSchema = z
  .object({
    clientId: clientId(),
    ...Object.fromEntries(SLOTS.flatMap((n) => [[`activity${n}`, z.preprocess(blankToUndefined, activity.optional())], [`rating${n}`, z.preprocess(blankToUndefined, z.unknown().optional())]])),
  })
  .superRefine((form, ctx) => {
    const f = form as Record<string, unknown>;
    if (!f.activity1) ctx.addIssue({ code: "custom", path: ["activity1"], message: said("firstActivity") });
    for (const n of SLOTS) {
      if (!f[`activity${n}`] && f[`rating${n}`] === undefined) continue;
      if (!f[`activity${n}`]) ctx.addIssue({ code: "custom", path: [`activity${n}`], message: said("nameActivity", { n }) });
      const rating = wholeNumber("activityRating", PSFS.scale.min, PSFS.scale.max, "psfs", n).safeParse(f[`rating${n}`]);
      if (!rating.success) ctx.addIssue({ code: "custom", path: [`rating${n}`], message: rating.error.issues[0]!.message });
    }
  })
  .transform((form) => {
    const f = form as Record<string, unknown>;
    const filled = SLOTS.filter((n) => f[`activity${n}`]);
    return {
      instrument: "psfs" as const,
      clientId: f.clientId as string,
      activities: filled.map((n) => f[`activity${n}`] as string),
      answers: filled.map((n) => Number(f[`rating${n}`])),
    };
  });

export const grocSchema = z
  .object({ clientId: clientId(), rating: wholeNumber("rating", -7, 7, "groc") })
  .transform((form) => ({ instrument: "groc" as const, clientId: form.clientId, activities: [] as string[], answers: [form.rating as number] }));

export type MeasureFillInput = z.infer<typeof psfsSchema> | z.infer<typeof grocSchema>;
export const FILL_SCHEMAS = { psfs: psfsSchema, groc: grocSchema } as const;
export type FilledInstrument = keyof typeof FILL_SCHEMAS;
export const isFilledInstrument = (id: string): id is FilledInstrument => id in FILL_SCHEMAS;

/** The schema of a posted fill by its `instrument` field; one StrideBack does not know is refused beside the form. */
const unknownInstrument = z.object({ clientId: clientId() }).pipe(z.custom<MeasureFillInput>(() => false, { path: ["clientId"], message: said("unknownMeasure") }));
export const fillSchemaFor = (instrument: string): z.ZodType<MeasureFillInput> => (isFilledInstrument(instrument) ? FILL_SCHEMAS[instrument] : unknownInstrument);
