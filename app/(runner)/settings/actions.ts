"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { saveRunnerReminders } from "@/lib/data/reminders";
import { setOwnTimeZone } from "@/lib/data/runners";
import { attempt } from "@/lib/form-result";
import { timeZone } from "@/lib/validation/clinic";
import { parseForm, readForm } from "@/lib/validation/form-data";
import { runnerRemindersSchema } from "@/lib/validation/reminders";
import type { FormState } from "@/lib/validation/form-state";

const schema = z.object({ timeZone: timeZone() });

/** The runner's own time zone: their "today", mornings and windows move with it. */
export async function setTimeZoneAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const values = read.values;
  const result = await attempt(values, parseForm(read, schema), (actor, input) => setOwnTimeZone(actor, input.timeZone));
  if (!result.ok) return result.state;
  revalidatePath("/", "layout");
  return { values, message: (await getTranslations("settings"))("zoneSaved", { zone: values.timeZone?.replaceAll("_", " ") ?? "" }) };
}

/** When and how the runner is reminded; every switch left unticked is off. */
export async function saveRunnerRemindersAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData, ["exerciseDays"]);
  const values = { ...read.values, exerciseDays: read.list("exerciseDays").join(",") };
  const parsed = parseForm(read, runnerRemindersSchema, { ...read.values, exerciseDays: read.list("exerciseDays") });
  const result = await attempt(values, parsed, saveRunnerReminders);
  if (!result.ok) return result.state;
  return { values, message: (await getTranslations("reminders"))("saved") };
}
