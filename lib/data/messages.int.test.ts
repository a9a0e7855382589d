import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb, selectRows } from "@/db";
import { auditLog, messages } from "@/db/schema";
import { actorOf, createCaseload, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { NotFoundError } from "@/lib/errors";
import { getThread, latestMessages, listThreads, markThreadRead, sendMessage, totalUnread, unreadCounts } from "./messages";

let db: Db;
let runner: TestUser;
let clinician: TestUser;
let colleague: TestUser;
let otherClinic: TestUser;
let otherRunner: TestUser;

beforeAll(async () => {
  db = await getDb();
  let clinic;
  ({ clinic, runner, clinician } = await createCaseload(db));
  colleague = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  ({ clinician: otherClinic, runner: otherRunner } = await createCaseload(db));
  // A runner of this clinic who is in another clinician's care only.
  await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: colleague.id });
});

const say = (body: string) => ({ clientId: randomUUID(), body });

describe("a runner's conversation with their care team", () => {
  it("carries messages both ways, with unread counts that clear when read", async () => {
    await sendMessage(actorOf(runner), runner.id, say("Is a 5 k easy run fine on Saturday?"));
    expect(await unreadCounts(actorOf(clinician))).toEqual(new Map([[runner.id, 1]]));
    expect(await totalUnread(actorOf(runner))).toBe(0);
    expect((await listThreads(actorOf(clinician))).map((t) => [t.name, t.unread, t.last.body])).toEqual([[runner.name, 1, "Is a 5 k easy run fine on Saturday?"]]);
    expect(await listThreads(actorOf(runner))).toEqual([]);

    const thread = await getThread(actorOf(clinician), runner.id);
    expect(thread.map((m) => [m.body, m.authorRole, m.mine])).toEqual([["Is a 5 k easy run fine on Saturday?", "runner", false]]);
    await markThreadRead(actorOf(clinician), runner.id);
    expect(await totalUnread(actorOf(clinician))).toBe(0);

    await sendMessage(actorOf(clinician), runner.id, say("Yes, if this morning's check-in stays at 2 or below."));
    expect(await totalUnread(actorOf(runner))).toBe(1);
    expect(await totalUnread(actorOf(clinician))).toBe(0);
    // Read and answered, the thread stays in the clinician's inbox with its last message.
    expect((await listThreads(actorOf(clinician))).map((t) => [t.name, t.unread, t.last.mine, t.last.body])).toEqual([[runner.name, 0, true, "Yes, if this morning's check-in stays at 2 or below."]]);
  });

  it("stores a resent message once", async () => {
    const message = say("Sent twice by a double tap");
    const first = await sendMessage(actorOf(runner), runner.id, message);
    const again = await sendMessage(actorOf(runner), runner.id, message);
    expect(again).toEqual({ id: first.id, duplicate: true });
    expect(await db.select().from(messages).where(eq(messages.clientId, message.clientId))).toHaveLength(1);
  });

  it("audits every message sent and every clinician's reading of a thread", async () => {
    const { id } = await sendMessage(actorOf(runner), runner.id, say("Audited"));
    expect(await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, id))).toEqual([{ action: "message.send" }]);
    await getThread(actorOf(clinician), runner.id);
    const [views] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log where action = 'messages.view' and actor_id = ${clinician.id} and runner_id = ${runner.id}`);
    expect(views!.n).toBeGreaterThan(0);
  });

  it("gives the runner's page the latest messages, oldest first, without a second audit row", async () => {
    const { clinician: physio, runner: ana } = await createCaseload(db);
    for (const body of ["One", "Two", "Three"]) await sendMessage(actorOf(ana), ana.id, say(body));
    expect((await latestMessages(actorOf(physio), ana.id, 2)).map((m) => [m.body, m.mine])).toEqual([["Two", false], ["Three", false]]);
    const [views] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log where action like '%.view' and actor_id = ${physio.id}`);
    expect(views!.n).toBe(0);
  });

  it("is not found for another runner, another clinic's clinician, or a colleague who does not care for the runner", async () => {
    for (const outsider of [otherRunner, otherClinic, colleague]) {
      await expect(getThread(actorOf(outsider), runner.id)).rejects.toThrow(NotFoundError);
      await expect(latestMessages(actorOf(outsider), runner.id, 2)).rejects.toThrow(NotFoundError);
      await expect(sendMessage(actorOf(outsider), runner.id, say("Let me in"))).rejects.toThrow(NotFoundError);
      await expect(markThreadRead(actorOf(outsider), runner.id)).rejects.toThrow(NotFoundError);
      expect((await unreadCounts(actorOf(outsider))).has(runner.id)).toBe(false);
    }
    // A client id reused on another thread does not reveal or touch the first.
    const reused = say("First thread");
    await sendMessage(actorOf(otherClinic), otherRunner.id, reused);
    await expect(sendMessage(actorOf(otherClinic), runner.id, reused)).rejects.toThrow(NotFoundError);
  });

  it("refuses an empty message in the database too", async () => {
    await expect(db.insert(messages).values({ runnerId: runner.id, authorId: runner.id, clientId: randomUUID(), body: "   " })).rejects.toThrow();
  });
});
