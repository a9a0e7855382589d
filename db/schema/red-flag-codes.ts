/* The codes of the red-flag screen that the database checks; lib/rules/red-flags words and groups them. */

/** What the runner must do, most urgent first (lib/rules/red-flags gives each its advice). */
export const URGENCIES = ["emergency", "today", "within-24h", "this-week"] as const;
/** Every red-flag sign a screen may ask (lib/rules/red-flags groups them and words the questions). */
export const SIGN_CODES = [
  "saddle-numbness",
  "bladder-bowel",
  "sexual-function",
  "both-legs",
  "worsening-weakness",
  "foot-drop",
  "spreading-numbness",
  "fever-back-pain",
  "weight-loss",
  "night-pain",
  "pop-bruising",
  "palpable-gap",
  "cannot-walk",
] as const;
/** History recorded at intake that raises suspicion of serious pathology. */
export const HISTORY_FLAG_CODES = ["previous-cancer", "recent-trauma", "over-50-new-back-pain", "immunosuppression"] as const;
/** What a clinician can record to close a flag. */
export const RESOLUTION_CODES = ["called", "referred-emergency", "referred-doctor", "seen-in-clinic", "not-a-concern"] as const;
