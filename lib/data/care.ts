import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db";
import { careTeam } from "@/db/schema";
import { type Actor, isId, NotFoundError } from "./actor";

/** Throws "not found" unless the actor is a clinician looking after this runner. Every clinician write starts here. */
export async function assertInCare(tx: Queryable, actor: Actor, runnerId: string) {
  if (actor.role !== "clinician" || !isId(runnerId)) throw new NotFoundError("Runner");
  const [row] = await tx
    .select({ runnerId: careTeam.runnerId })
    .from(careTeam)
    .where(and(eq(careTeam.clinicianId, actor.id), eq(careTeam.runnerId, runnerId)));
  if (!row) throw new NotFoundError("Runner");
}
