import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db";
import { careAccess } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { type Actor, isId } from "./actor";

/*
 * Who may read or change a runner's records: every access check of the data layer is one of these. Each
 * throws "not found", never "forbidden": a row that exists but is not yours is indistinguishable from one
 * that does not exist.
 */

/**
 * A clinician who may see this runner: one in the care team (a cover through its last day), or an admin
 * of the runner's clinic (the care_access view). Every clinician read and write of one runner starts here.
 */
export async function assertInCare(tx: Queryable, actor: Actor, runnerId: string, what = "Runner") {
  if (actor.role !== "clinician" || !isId(runnerId)) throw new NotFoundError(what);
  const [row] = await tx
    .select({ runnerId: careAccess.runnerId })
    .from(careAccess)
    .where(and(eq(careAccess.clinicianId, actor.id), eq(careAccess.runnerId, runnerId)));
  if (!row) throw new NotFoundError(what);
}

/** The runner themself, or a clinician who may see them (assertInCare): who may read a runner's records. */
export async function assertMayRead(tx: Queryable, actor: Actor, runnerId: string, what = "Runner") {
  if (actor.role === "runner") {
    if (actor.id !== runnerId) throw new NotFoundError(what);
    return;
  }
  await assertInCare(tx, actor, runnerId, what);
}

/** Logging, check-ins and answering questionnaires are the runner's own acts: anyone else gets "not found". */
export function assertRunner(actor: Actor, what = "Runner") {
  if (actor.role !== "runner") throw new NotFoundError(what);
}

/** The admin pages and actions do not exist for anyone but an admin of the actor's own clinic. */
export function assertAdmin(actor: Actor) {
  if (actor.role !== "clinician" || !actor.admin) throw new NotFoundError("Page");
}
