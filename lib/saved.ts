import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/validation/form-state";

/*
 * Where a successful write leads. With JavaScript the action answers with the next address and the form
 * navigates there itself (components/forms/use-saved-action): the submit costs its SQL, not a render of the
 * next page inside the same response. Without JavaScript the browser gets a 303 to it, as before.
 */
export async function saved(next: string): Promise<FormState> {
  if ((await headers()).has("next-action")) return { next };
  revalidatePath("/", "layout");
  redirect(next);
}
