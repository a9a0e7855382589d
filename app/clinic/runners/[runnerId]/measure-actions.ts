"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { askDischargeMeasures, scheduleMeasure, stopMeasure } from "@/lib/data/measures";
import { attempt, unlessRefused } from "@/lib/form-result";
import { INSTRUMENT_IDS } from "@/lib/outcomes/instruments";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { measureScheduleSchema } from "@/lib/validation/measures";

/*
 * A runner's outcome measures, set by a clinician caring for them. The bound ids are checked again here
 * (zod) and in lib/data (the runner must be in the clinician's care).
 */
const bound = z.object({ runnerId: z.uuid(), instrument: z.enum(INSTRUMENT_IDS as ["lefs", "psfs", "groc"]) });

export async function scheduleMeasureAction(runnerId: string, instrument: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const ids = bound.safeParse({ runnerId, instrument });
  if (!ids.success) return { values: read.values, message: (await getTranslations("done"))("cannotSchedule") };
  const result = await attempt(read.values, parseForm(read, measureScheduleSchema), (actor, input) => scheduleMeasure(actor, ids.data.runnerId, ids.data.instrument, input));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${runnerId}`);
  return { values: read.values, message: (await getTranslations("done"))("scheduled") };
}

async function signedIn() {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

export async function stopMeasureAction(runnerId: string, instrument: string) {
  const actor = await signedIn();
  const ids = bound.safeParse({ runnerId, instrument });
  if (!ids.success) redirect("/clinic");
  await unlessRefused(stopMeasure(actor, ids.data.runnerId, ids.data.instrument), () => redirect(`/clinic/runners/${runnerId}`));
  revalidatePath(`/clinic/runners/${runnerId}`);
  redirect(`/clinic/runners/${runnerId}?saved=measureStopped#outcomes`);
}

export async function askDischargeMeasuresAction(runnerId: string) {
  const actor = await signedIn();
  if (!z.uuid().safeParse(runnerId).success) redirect("/clinic");
  await unlessRefused(askDischargeMeasures(actor, runnerId), () => redirect(`/clinic/runners/${runnerId}`));
  revalidatePath(`/clinic/runners/${runnerId}`);
  redirect(`/clinic/runners/${runnerId}?saved=measuresAsked#discharge`);
}
