import { say } from "@/lib/i18n/say";
import type { Chip } from "@/lib/rules/triage";

/** Chips as an English-reading clinician sees them: tests compare the words, as the roster shows them. */
export const worded = (chips: readonly Chip[]) => chips.map((c) => ({ tone: c.tone, text: say("en", c.says) }));
