"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { FormAction } from "@/lib/validation/form-state";

/**
 * useActionState for a form whose action answers "saved, go to …" (lib/saved): the page it leads to loads
 * by navigation. The form stays pending until then, so a second tap cannot send it again.
 */
export function useSavedAction(action: FormAction) {
  const router = useRouter();
  const [state, formAction, pending] = useFormAction(action);
  useEffect(() => {
    if (state.next) router.push(state.next);
  }, [state, router]);
  return [state, formAction, pending || Boolean(state.next)] as const;
}
