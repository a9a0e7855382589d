import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db";
import { careAccess } from "@/db/schema";
import { type Actor, isId } from "./actor";
import { NotFoundError } from "@/lib/errors";

/**
 * Throws "not found" unless the actor is a clinician who may see this runner: one in the care team (a
 * cover through its last day), or an admin of the runner's clinic (the care_access view). Every
 * clinician read and write of one runner starts here.
 */
export async function assertInCare(tx: Queryable, actor: Actor, runnerId: string) {
  if (actor.role !== "clinician" || !isId(runnerId)) throw new NotFoundError("Runner");
  const [row] = await tx
    .select({ runnerId: careAccess.runnerId })
    .from(careAccess)
    .where(and(eq(careAccess.clinicianId, actor.id), eq(careAccess.runnerId, runnerId)));
  if (!row) throw new NotFoundError("Runner");
}
