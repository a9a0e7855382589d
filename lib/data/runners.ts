import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { careTeam, runnerProfiles, users } from "@/db/schema";
import { type Actor, isId } from "./actor";

/**
 * A runner as the acting user may see them: a clinician only for runners in their care, a runner only
 * themselves. Anyone else's id gives null (the page shows "not found"). Memoized per request: the page
 * and each of its chart cards ask for the same runner.
 */
export const getRunner = cache(async (actor: Actor, runnerId: string) => {
  if (!isId(runnerId)) return null;
  if (actor.role === "runner" && actor.id !== runnerId) return null;
  const db = await getDb();
  const query = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      hasPassword: users.passwordHash,
      presentation: runnerProfiles.presentation,
      affectedSide: runnerProfiles.affectedSide,
      goal: runnerProfiles.goal,
      startDate: runnerProfiles.startDate,
      usualPain: runnerProfiles.usualPain,
    })
    .from(users)
    .innerJoin(runnerProfiles, eq(runnerProfiles.runnerId, users.id));
  const [row] =
    actor.role === "clinician"
      ? await query
          .innerJoin(careTeam, and(eq(careTeam.runnerId, users.id), eq(careTeam.clinicianId, actor.id)))
          .where(eq(users.id, runnerId))
      : await query.where(eq(users.id, runnerId));
  if (!row) return null;
  const { hasPassword, ...runner } = row;
  return { ...runner, invitePending: hasPassword == null };
});
