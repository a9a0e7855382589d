import type { Presentation } from "@/db/schema";
import type { PainRules } from "@/lib/rules/thresholds";
import { formatWeekday } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";

/** Words a clinician and a runner read for the stored enum values. */
export const presentationLabel: Record<Presentation, string> = {
  hamstring_strain: "Hamstring strain",
  cramp: "Cramp",
  referred_lumbar: "Referred pain from the lower back",
  tight_hamstrings: "Tight hamstrings",
  neural_tension: "Sciatic nerve tension",
};

export const sideLabel = { left: "Left", right: "Right", both: "Both sides" } as const;

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

export const categoryLabel = {
  nerve_glide: "Nerve glide",
  stretch: "Stretch",
  strength: "Strength",
  eccentric: "Eccentric loading",
  soft_tissue: "Soft tissue",
  running: "Running",
} as const;

/** The exercise's pain rule in words; the numbers are each runner's own limits, shown on their page. */
export const painRuleLabel = {
  standard: "Standard: pain during and after within the runner's limits; next morning no worse than before",
  neural: "Neural: light tension only; any pain after above the runner's baseline is amber",
} as const;

/** Each limit a clinician can set for one runner, as the runner's page and its form name it. */
export const limitLabel: Record<keyof PainRules, string> = {
  painDuringAmberAbove: "Pain during: amber above",
  painDuringRedAbove: "Pain during: red above",
  painAfterAmberAbove: "Pain after: amber above",
  painAfterRedAbove: "Pain after: red above",
  morningRiseRed: "Next morning: red at a rise of",
  morningPainRedAbove: "Next morning: red above",
  loadRatioLow: "Load ratio band: from",
  loadRatioHigh: "Load ratio band: to",
  loadRatioDanger: "Load ratio: high risk above",
  reinjuryPainDuring: "Tear questions at pain during of",
  morningCreepSessions: "Morning creep: sessions in a row",
  noCheckinSessions: "No check-ins: flag at sessions in 7 days",
  returnKmAbove: "After a break: km in 7 days above",
  returnRunsAbove: "After a break: runs in 7 days above",
  notScreenedDays: "Not screened: days without a check-in",
  progressGreenSessions: "Next phase: green sessions in a row",
  progressClearDays: "Next phase: days clear of red",
  stepBackReds: "Step back: red sessions in a phase",
  stepBackDays: "Step back: within days",
  ladderGreenRuns: "Walk-run ladder: green runs to step up",
};

/** A phone number as a link the phone can dial: digits and a leading +, nothing else. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, "")}`;
