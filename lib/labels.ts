import { presentationEnum, type Presentation } from "@/db/schema";
import type { PainRules } from "@/lib/rules/thresholds";
import type { Triage } from "@/lib/rules/triage";
import { formatWeekday } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";

/*
 * Words a clinician and a runner read for the stored enum values, in the reader's language (labels.* in the
 * message files). Client forms read the same messages through the clinic's provider (app/clinic/layout.tsx).
 */
export const PRESENTATIONS = presentationEnum.enumValues;
export const SIDES = ["left", "right", "both"] as const;
export const CATEGORIES = ["nerve_glide", "stretch", "strength", "eccentric", "soft_tissue", "running"] as const;
export const PAIN_RULES = ["standard", "neural"] as const;
export type Category = (typeof CATEGORIES)[number];

const labels = (locale: Locale) => wordsFor(locale, "labels");
export const presentationLabel = (p: Presentation, locale: Locale = "en") => labels(locale)(`presentation.${p}`);
export const sideLabel = (side: (typeof SIDES)[number], locale: Locale = "en") => labels(locale)(`side.${side}`);
/** "Hamstring strain (left)": what a runner is treated for, as a list or a header names it. */
export function presentationAndSide(p: Presentation, side: (typeof SIDES)[number], locale: Locale = "en") {
  const within = labels(locale)(`sideWithin.${side}`);
  return `${presentationLabel(p, locale)} (${within})`;
}
export const categoryLabel = (c: Category, locale: Locale = "en") => labels(locale)(`category.${c}`);
export const painRuleLabel = (r: (typeof PAIN_RULES)[number], locale: Locale = "en") => labels(locale)(`painRule.${r}`);
export const limitLabel = (k: keyof PainRules, locale: Locale = "en") => labels(locale)(`limit.${k}`);

/** A runner's status in words, as the roster's badge and the report say it: "Amber, worsening" (red and urgent say enough). */
export function triageLabel(triage: Pick<Triage, "status" | "worsening">, locale: Locale = "en"): string {
  const t = wordsFor(locale, "triage");
  const status = t(triage.status);
  return triage.worsening && triage.status !== "red" && triage.status !== "urgent" ? t("worsening", { status }) : status;
}

function minutesAndSeconds(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/**
 * A dose in the reader's words: "3 × 12, twice a day, every day"; "6 × 3 min, 3 days a week";
 * "2 × 10, Mon, Wed, Fri" ("2 × 10, lun, mié, vie").
 */
export function doseLabel(
  d: { sets: number; reps: number | null; holdSeconds: number | null; durationSeconds?: number | null; distanceMetres?: number | null; daysPerWeek: number; timesPerDay?: number; weekdays?: number[] },
  locale: Locale = "en",
) {
  const t = wordsFor(locale, "dose");
  const each =
    d.reps != null ? `${d.reps}` : d.holdSeconds != null ? t("hold", { seconds: d.holdSeconds }) : d.durationSeconds != null ? minutesAndSeconds(d.durationSeconds) : `${d.distanceMetres} m`;
  const days =
    d.weekdays && d.weekdays.length > 0 ? d.weekdays.map((w) => formatWeekday(w, locale)).join(", ") : d.daysPerWeek >= 7 ? t("everyDay") : t("daysAWeek", { count: d.daysPerWeek });
  return t("dose", { sets: d.sets, each, times: d.timesPerDay ?? 1, days });
}
