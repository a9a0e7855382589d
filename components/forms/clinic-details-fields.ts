import type { SimpleField } from "@/components/forms/simple-form";
import { timeZoneNames } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { limitLabel } from "@/lib/labels";
import { PAIN_RULE_KEYS, type PainRules } from "@/lib/rules/thresholds";

/** The clinic's details and pain-rule defaults as form fields: the set-up page and the admin's details page share them. */
export function clinicDetailsFields(
  current: { name: string; phone: string; /** None yet: the device's is proposed. */ timeZone?: string; requireSecondFactor: boolean; retentionYears?: number; painRules: PainRules },
  locale: Locale,
): SimpleField[] {
  const t = wordsFor(locale, "team");
  return [
    { name: "name", label: t("clinicName"), defaultValue: current.name, autoComplete: "organization" },
    { name: "phone", label: t("clinicPhone"), hint: t("clinicPhoneHint"), defaultValue: current.phone, autoComplete: "tel" },
    { kind: "timeZone", name: "timeZone", label: t("clinicZone"), zones: timeZoneNames(), defaultValue: current.timeZone },
    {
      kind: "checkbox",
      name: "requireSecondFactor",
      label: t("secondFactor"),
      hint: t("secondFactorHint"),
      defaultChecked: current.requireSecondFactor,
    },
    {
      kind: "numeric",
      name: "retentionYears",
      label: t("retention"),
      hint: t("retentionHint"),
      defaultValue: String(current.retentionYears ?? 8),
    },
    ...PAIN_RULE_KEYS.map((k): SimpleField => ({ kind: "numeric", name: k, label: limitLabel(k, locale), defaultValue: String(current.painRules[k]), hint: t("limitHint") })),
  ];
}
