import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { accountClosures, invites, pushSubscriptions, users } from "@/db/schema";
import type { Removed } from "@/db/schema";
import { revokeUserSessions } from "@/lib/auth/session-rows";
import type { IsoDate } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { assertAdmin, assertMayRead } from "./access";
import { confirmOwnPassword } from "./account";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { said } from "@/lib/i18n/said";

/*
 * Closing a runner's account, by the runner (who confirms with their password) or by an admin of their
 * clinic. Everything that reaches the person stops in the closing transaction: sign-in and every session
 * (users.deactivated_at, which sign-in, sessions and every delivery already honour), reminders, push
 * subscriptions, unused invites. The clinical record stays as it was, readable to the care team, until the
 * clinic's retention period has passed (lib/data/retention.ts then removes what identifies the person).
 */
export interface Closure {
  closedAt: Date;
  closedBy: string;
  byRunner: boolean;
  retainUntil: IsoDate;
  deidentifiedAt: Date | null;
  removed: Removed | null;
}

export async function closeAccount(actor: Actor, runnerId: string, confirm: { password?: string } = {}): Promise<Closure> {
  const db = await getDb();
  if (actor.role === "runner") {
    if (actor.id !== runnerId) throw new NotFoundError("Runner");
    await confirmOwnPassword(actor, confirm.password ?? "", "password", said("notYourPassword"));
  } else {
    assertAdmin(actor);
  }
  await db.transaction(async (tx) => {
    const [runner] = await tx
      .select({ id: users.id, retentionYears: sql<number>`k.retention_years`, today: sql<string>`(timezone(k.time_zone, now()))::date::text` })
      .from(users)
      .innerJoin(sql`clinics k`, sql`k.id = ${users.clinicId}`)
      .where(and(eq(users.id, runnerId), eq(users.role, "runner"), eq(users.clinicId, actor.clinicId)))
      .for("update", { of: users });
    if (!runner) throw new NotFoundError("Runner");
    const [closed] = await tx
      .insert(accountClosures)
      .values({ runnerId, closedBy: actor.id, retainUntil: sql`(${runner.today}::date + make_interval(years => ${runner.retentionYears}::int))::date` })
      .onConflictDoNothing()
      .returning({ retainUntil: accountClosures.retainUntil });
    // Closed already (a second tap, or the admin and the runner at once): nothing more to do.
    if (!closed) return;
    await tx.update(users).set({ deactivatedAt: sql`now()` }).where(eq(users.id, runnerId));
    await revokeUserSessions(tx, runnerId, "account closed");
    const phones = await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, runnerId)).returning({ id: pushSubscriptions.id });
    await tx.update(invites).set({ revokedAt: sql`now()` }).where(and(eq(invites.runnerId, runnerId), isNull(invites.usedAt), isNull(invites.revokedAt)));
    await recordAudit(tx, actor, "account.close", { type: "user", id: runnerId }, { by: actor.role === "runner" ? "runner" : "admin", retainUntil: closed.retainUntil, pushSubscriptionsRemoved: phones.length }, { runnerId });
  });
  return (await readClosure(runnerId))!;
}

/** The closure of a runner's account, for the runner's page (their care team) and nobody else; null while open. */
export async function getClosure(actor: Actor, runnerId: string): Promise<Closure | null> {
  const db = await getDb();
  await assertMayRead(db, actor, runnerId);
  return readClosure(runnerId);
}

async function readClosure(runnerId: string): Promise<Closure | null> {
  const db = await getDb();
  const [row] = await selectRows<Closure>(db, sql`
    select c.closed_at as "closedAt", b.name as "closedBy", c.closed_by = c.runner_id as "byRunner", c.retain_until::text as "retainUntil",
           c.deidentified_at as "deidentifiedAt", c.removed
    from account_closures c join users b on b.id = c.closed_by
    where c.runner_id = ${runnerId}`);
  return row ? { ...row, closedAt: new Date(row.closedAt), deidentifiedAt: row.deidentifiedAt ? new Date(row.deidentifiedAt) : null } : null;
}

/** How many years the actor's clinic keeps a closed runner's record whole. */
export async function retentionYears(actor: Actor): Promise<number> {
  const db = await getDb();
  const [row] = await selectRows<{ years: number }>(db, sql`select retention_years as years from clinics where id = ${actor.clinicId}`);
  return row?.years ?? 8;
}
