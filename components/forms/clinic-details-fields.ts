import type { SimpleField } from "@/components/forms/simple-form";
import { timeZoneNames } from "@/lib/dates";
import { limitLabel } from "@/lib/labels";
import { PAIN_RULE_KEYS, type PainRules } from "@/lib/rules/thresholds";

/** The clinic's details and pain-rule defaults as form fields: the set-up page and the admin's details page share them. */
export function clinicDetailsFields(current: { name: string; phone: string; /** None yet: the device's is proposed. */ timeZone?: string; requireSecondFactor: boolean; retentionYears?: number; painRules: PainRules }): SimpleField[] {
  return [
    { name: "name", label: "Clinic name", defaultValue: current.name, autoComplete: "organization" },
    { name: "phone", label: "Clinic phone", hint: "The number a runner with a warning sign is told to call.", defaultValue: current.phone, autoComplete: "tel" },
    { kind: "timeZone", name: "timeZone", label: "Clinic time zone", zones: timeZoneNames(), defaultValue: current.timeZone },
    {
      kind: "checkbox",
      name: "requireSecondFactor",
      label: "Require a second factor for every clinician",
      hint: "Clinicians then sign in with a code from an authenticator app; one without it sets it up at their next sign-in.",
      defaultChecked: current.requireSecondFactor,
    },
    {
      kind: "numeric",
      name: "retentionYears",
      label: "Keep a closed account's record for (years)",
      hint: "When a runner's account is closed, their clinical record stays readable to the care team this long; then their name, email, notes and files are removed. 8 years is what many health services require for adults.",
      defaultValue: String(current.retentionYears ?? 8),
    },
    ...PAIN_RULE_KEYS.map((k): SimpleField => ({ kind: "numeric", name: k, label: limitLabel(k), defaultValue: String(current.painRules[k]), hint: "Clinic default; a clinician can change it for one runner." })),
  ];
}
