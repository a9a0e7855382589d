import "server-only";
import { saveCheckin } from "@/lib/data/logs";
import { attempt } from "@/lib/form-result";
import { parseForm, readForm } from "@/lib/validation/form-data";
import { checkinFormToObject, checkinSchema } from "@/lib/validation/logs";
import { SCREEN_LISTS, screenValues } from "@/lib/validation/red-flags";

/** Parses and stores a check-in form with its red-flag screen: the live submit and the offline outbox share it. */
export async function submitCheckin(formData: FormData) {
  const read = readForm(formData, SCREEN_LISTS);
  return attempt(screenValues(read), parseForm(read, checkinSchema, checkinFormToObject(read)), saveCheckin, { retrySafe: true });
}

/** Where a stored check-in leads: a yes to a red flag goes straight to its advice, never to a traffic light. */
export function afterCheckin(saved: { screen: { id: string; urgency: string | null } | null }) {
  return saved.screen?.urgency ? `/red-flags/${saved.screen.id}` : "/today?checkedIn=1";
}
