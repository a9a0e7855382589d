import "server-only";
import type { Queryable } from "@/db";
import { auditLog } from "@/db/schema";
import type { Actor } from "./actor";

/** Records who did what to which row; called inside the transaction of the write it describes. */
export async function recordAudit(
  tx: Queryable,
  actor: Pick<Actor, "id">,
  action: string,
  subject: { type: string; id: string },
  detail: Record<string, unknown> = {},
) {
  await tx.insert(auditLog).values({ actorId: actor.id, action, subjectType: subject.type, subjectId: subject.id, detail });
}
