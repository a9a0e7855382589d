"use server";

import { changePassword } from "@/lib/data/account";
import { attempt } from "@/lib/form-result";
import { changePasswordSchema } from "@/lib/validation/auth";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { dismissLockNotice } from "@/lib/auth/session-rows";
import { getActor } from "@/lib/auth/current-actor";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setDistanceUnit, setLocale } from "@/lib/data/preferences";
import { getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locales";
import { said } from "@/lib/i18n/said";
import { wordsFor } from "@/lib/i18n/words";
import { DISTANCE_UNITS } from "@/lib/units";

/** Both roles change their password the same way; passwords are never sent back to the form. */
export async function changePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt({}, parseForm(read, changePasswordSchema), changePassword);
  if (!result.ok) return result.state;
  return { message: (await getTranslations("account"))("passwordChanged") };
}

const unitSchema = z.object({ unit: z.enum(DISTANCE_UNITS, said("unit")) });

/** Kilometres or miles on one's own screens, for either role; stored distances do not change. */
export async function setDistanceUnitAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, unitSchema), setDistanceUnit);
  if (!result.ok) return result.state;
  revalidatePath("/", "layout");
  return { message: (await getTranslations("account"))("saved"), values: read.values };
}

/**
 * One's own language, for either role. "Saved" is said in the language just chosen: the page around it
 * changes to it as the layout revalidates.
 */
export async function setLocaleAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const t = await getTranslations("language");
  const result = await attempt(read.values, parseForm(read, z.object({ locale: z.enum(LOCALES, t("invalid")) })), setLocale);
  if (!result.ok) return result.state;
  revalidatePath("/", "layout");
  return { message: wordsFor(read.values.locale as (typeof LOCALES)[number], "language")("saved"), values: read.values };
}

/** Hides the "your sign-in was locked" notice for this session once the user has read it. */
export async function dismissLockNoticeAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await dismissLockNotice(actor.id);
  revalidatePath("/", "layout");
}
