import { inWords } from "@/lib/i18n/say";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { lefsResponses } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { lefsSummary } from "@/lib/rules/lefs";
import { say } from "@/lib/i18n/say";
import { actorOf, createCaseload } from "@/testing/factories";
import { lefsResponseSchema } from "@/lib/validation/lefs";
import { NotFoundError } from "@/lib/errors";
import { getLefs, saveLefs } from "./lefs";
import { scheduleMeasure, stopMeasure } from "./measures";

const every14 = { atIntake: false, everyDays: 14, atDischarge: false, startsOn: today() };

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const answers = (total: number) => Array.from({ length: 20 }, (_, i) => Math.min(4, Math.max(0, total - i * 4)));
const form = (values: Record<string, string>) => ({ clientId: randomUUID(), ...values });

describe("the LEFS outcome measure", () => {
  it("is scheduled by the runner's clinician, due on its day, filled once per client id, and judged against the 9-point MDC", async () => {
    const { clinician, runner } = await createCaseload(db);
    const other = await createCaseload(db);
    expect((await getLefs(actorOf(runner), runner.id)).due).toBe(false);
    await expect(scheduleMeasure(actorOf(other.clinician), runner.id, "lefs", every14)).rejects.toBeInstanceOf(NotFoundError);
    await scheduleMeasure(actorOf(clinician), runner.id, "lefs", every14);
    expect(await getLefs(actorOf(runner), runner.id)).toMatchObject({ due: true, nextDue: today(), schedule: { everyDays: 14 } });

    const clientId = randomUUID();
    const first = await saveLefs(actorOf(runner), { clientId, answers: answers(40) });
    expect(first).toMatchObject({ total: 40, duplicate: false });
    expect(await saveLefs(actorOf(runner), { clientId, answers: answers(40) })).toMatchObject({ id: first.id, duplicate: true });
    const after = await getLefs(actorOf(clinician), runner.id);
    expect(after).toMatchObject({ due: false, nextDue: addDaysIso(today(), 14) });
    expect(after.responses.map((r) => r.total)).toEqual([40]);

    await saveLefs(actorOf(runner), { clientId: randomUUID(), answers: answers(49) });
    const scores = (await getLefs(actorOf(clinician), runner.id)).responses;
    expect(say("en", lefsSummary(scores))).toMatch(/up 9 points \(better\).*: a real change/);

    await expect(getLefs(actorOf(other.clinician), runner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLefs(actorOf(other.runner), runner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(stopMeasure(actorOf(other.clinician), runner.id, "lefs")).rejects.toBeInstanceOf(NotFoundError);
    expect((await getLefs(actorOf(runner), runner.id)).schedule).not.toBeNull();
    await stopMeasure(actorOf(clinician), runner.id, "lefs");
    expect((await getLefs(actorOf(runner), runner.id)).schedule).toBeNull();
  });

  it("refuses a questionnaire with a question left out, or a score out of range, before anything is stored", () => {
    const full = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`q${i + 1}`, "3"]));
    expect(lefsResponseSchema.parse(form(full)).answers).toEqual(Array(20).fill(3));
    const { q7: _omitted, ...missing } = full;
    const parsed = lefsResponseSchema.safeParse(form(missing));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), inWords(i.message, "en")])).toEqual([["q7", "Answer question 7."]]);
    expect(lefsResponseSchema.safeParse(form({ ...full, q3: "5" })).success).toBe(false);
    expect(lefsResponseSchema.safeParse(form({ ...full, q3: "-1" })).success).toBe(false);
  });

  it("is held to 20 answers of 0-4 and a true total by the database itself", async () => {
    const { runner } = await createCaseload(db);
    const row = { runnerId: runner.id, date: today(), clientId: randomUUID() };
    await expect(db.insert(lefsResponses).values({ ...row, answers: Array(20).fill(2), total: 41 })).rejects.toThrow();
    await expect(db.insert(lefsResponses).values({ ...row, answers: Array(19).fill(2), total: 38 })).rejects.toThrow();
    await expect(db.insert(lefsResponses).values({ ...row, answers: [...Array(19).fill(2), 5], total: 43 })).rejects.toThrow();
    expect(await db.select().from(lefsResponses).where(eq(lefsResponses.runnerId, runner.id))).toEqual([]);
  });
});
