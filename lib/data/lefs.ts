import "server-only";
import { perRequest } from "@/lib/request-memo";
import { getDb } from "@/db";
import { lefsResponses } from "@/db/schema";
import { lefsTotal } from "@/lib/rules/lefs";
import type { LefsResponseInput } from "@/lib/validation/lefs";
import { type Actor } from "./actor";
import { type ClientKey, insertOnce } from "./insert-once";
import { InvalidFieldError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertRunner } from "./access";
import { getMeasures } from "./measures";
import { runnerCalendar } from "./runner-calendar";
import { said } from "@/lib/i18n/said";

/*
 * The LEFS outcome measure as its own pages read it: the schedule and fills come from the one measures
 * module (getMeasures), scoped as every series is; another runner or another clinic gets "not found".
 */
export const getLefs = perRequest(async (actor: Actor, runnerId: string) => {
  const { days, measures } = await getMeasures(actor, runnerId);
  const lefs = measures.find((m) => m.instrument.id === "lefs")!;
  return {
    schedule: lefs.schedule,
    responses: lefs.responses.map((r) => ({ id: r.id, date: r.date, total: r.score, answers: r.answers })),
    today: days.today,
    due: lefs.due != null,
    nextDue: lefs.nextReview,
  };
});

/** The runner's own questionnaire, dated their today; a resend with the same client id stores nothing new. */
export async function saveLefs(actor: Actor, input: LefsResponseInput): Promise<{ id: string; total: number; duplicate: boolean }> {
  assertRunner(actor);
  if (input.answers.length !== 20) throw new InvalidFieldError("answers", said("answerAll20"));
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { today, dischargedOn } = await runnerCalendar(tx, actor.id);
    if (dischargedOn) throw new InvalidFieldError("clientId", said("dischargedNoQuestionnaire"));
    const total = lefsTotal(input.answers);
    const columns = { id: lefsResponses.id, total: lefsResponses.total };
    const key: ClientKey<{ id: string; total: number }> = { table: lefsResponses, columns, owner: [lefsResponses.runnerId, actor.id], clientId: [lefsResponses.clientId, input.clientId] };
    const stored = (await insertOnce(tx, key, async () => {
      const values = { runnerId: actor.id, clientId: input.clientId, date: today, answers: input.answers, total };
      const [row] = await tx.insert(lefsResponses).values(values).onConflictDoNothing({ target: [lefsResponses.runnerId, lefsResponses.clientId] }).returning(columns);
      return row;
    }))!;
    if (!stored.duplicate) await recordAudit(tx, actor, "lefs.fill", { type: "lefs", id: stored.row.id }, { total });
    return { ...stored.row, duplicate: stored.duplicate };
  });
}
