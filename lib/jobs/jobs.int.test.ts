import { createECDH, randomBytes, randomUUID } from "node:crypto";
// @ts-expect-error http_ece ships no types: web-push's own encryption, used here to read what arrived.
import ece from "http_ece";
import type PgBoss from "pg-boss";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb, selectRows } from "@/db";
import { careTeam, deliveries, pushSubscriptions, redFlagReports } from "@/db/schema";
import { checkInvite, createRunnerWithInvite } from "@/lib/data/invites";
import { morningScreenOf, saveCheckin } from "@/lib/data/checkins";
import { createRunLog, createSessionLog } from "@/lib/data/logs";
import { saveClinicianReminders, saveRunnerReminders } from "@/lib/data/reminders";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createActivePlan, createCaseload, createClinic, createExercise, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { startPushService } from "@/testing/push-service";
import { startSmtpSink } from "@/testing/smtp-sink";
import { savePushSubscription } from "@/lib/data/push";
import { reportWorry } from "@/lib/data/red-flags";
import { dischargeRunner } from "@/lib/data/discharge";
import { sendMessage, markThreadRead } from "@/lib/data/messages";
import { enqueue, QUEUES } from "./queue";
import { sendReminder, startWorker, tick } from "./worker";

/*
 * The whole path of a reminder or an invite, on the real queue and a real SMTP server: a write queues a
 * job, the worker picks it up, the delivery is claimed once and the mail arrives. The clock is driven by
 * the instant each tick is given, as the worker's cron gives it the minute it fires.
 */
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let boss: PgBoss;
let db: Db;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.STRIDEBACK_PUBLIC_URL = "https://strideback.test";
  db = await getDb();
  boss = await startWorker({ pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await boss.stop({ graceful: false, close: false, wait: true });
  await sink.close();
});

async function eventually<T>(read: () => T | Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until no job for these people is waiting or running, so "nothing was sent" is a finding, not
 * impatience. Only theirs: the PostgreSQL test database is shared with other test files' people.
 */
const drained = (...people: { id: string }[]) =>
  eventually(
    async () => (await selectRows<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and data->>'userId' = any(${sql.param(people.map((p) => p.id))}::text[])`))[0]!.n,
    (n) => n === 0,
    "their reminders to be sent",
  );

/** The instant a wall-clock time happens in a zone, as PostgreSQL's zone rules say. */
async function instantAt(date: string, time: string, timeZone: string): Promise<Date> {
  const [row] = await selectRows<{ at: string | Date }>(db, sql`select (${`${date} ${time}`}::timestamp at time zone ${timeZone}) as at`);
  return new Date(row!.at);
}

describe("invites by email", () => {
  it("emails the new runner a link that opens their invite", async () => {
    const { clinician } = await createCaseload(db);
    const email = `invited-${randomUUID().slice(0, 8)}@test.example`;
    const screen = { asked: ["saddle-numbness"], signs: [] };
    const { token } = await createRunnerWithInvite(actorOf(clinician), { name: "Ana Invited", email, presentation: "neural_tension", affectedSide: "left", goal: "", startDate: today(), usualPain: 0, timeZone: "UTC", screen });
    const [mail] = await eventually(() => sink.to(email), (m) => m.length > 0, "the invite email");
    expect(mail!.subject).toBe(`${clinician.name} invited you to StrideBack`);
    const link = mail!.text.match(/https:\/\/strideback\.test\/invite\/(\S+)/)?.[1];
    expect(link).toBe(token);
    expect(await checkInvite(link!)).toMatchObject({ status: "valid", email });
    // The job holds the token sealed: nothing in the queue's tables can be used as the link.
    const [stored] = await selectRows<{ data: string }>(db, sql`select data::text from pgboss.job where name = ${QUEUES.invite} and data->>'runnerId' = (select id::text from users where email = ${email})`);
    expect(stored?.data ?? (await selectRows<{ data: string }>(db, sql`select data::text from pgboss.archive where name = ${QUEUES.invite}`)).map((r) => r.data).join()).not.toContain(token);
  });
});

describe("reminders in the runner's time zone", () => {
  let runner: TestUser;
  let day: string;

  beforeAll(async () => {
    const { clinic, clinician } = await createCaseload(db);
    runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, timeZone: "Pacific/Auckland", startDate: addDaysIso(today("Pacific/Auckland"), -5) });
    const glide = await createExercise(db);
    await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, items: [{ exerciseId: glide.id }] });
    // Exercise reminders every day at 07:00; the nudge is off so that only the reminder under test is due.
    await saveRunnerReminders(actorOf(runner), { exerciseDays: 0b1111111, exerciseTime: "07:00", checkinReminder: true, wakeTime: "06:30", nudge: false, email: true });
    day = addDaysIso(today("Pacific/Auckland"), 1);
  });

  it("sends the 07:00 exercise reminder at 07:00 in Auckland, once, and not a minute before", async () => {
    await tick(boss, await instantAt(day, "06:59", "Pacific/Auckland"));
    await drained(runner);
    expect(sink.to(runner.email).filter((m) => m.subject === "Your exercises for today")).toHaveLength(0);

    const seven = await instantAt(day, "07:00", "Pacific/Auckland");
    // 07:00 in Auckland is the evening before in UTC: the reminder follows the runner's clock, not the server's.
    expect(seven.toISOString().slice(0, 10)).toBe(addDaysIso(day, -1));
    await tick(boss, seven);
    await eventually(() => sink.to(runner.email).filter((m) => m.subject === "Your exercises for today"), (m) => m.length === 1, "the exercise reminder");

    // The next minutes' ticks, and a second clock firing the same minute, send nothing more.
    await tick(boss, seven);
    await tick(boss, await instantAt(day, "07:01", "Pacific/Auckland"));
    await drained(runner);
    expect(sink.to(runner.email).filter((m) => m.subject === "Your exercises for today")).toHaveLength(1);
    const sent = await db.select().from(deliveries).where(and(eq(deliveries.userId, runner.id), eq(deliveries.kind, "exercise")));
    expect(sent).toMatchObject([{ occasion: day, channel: "email" }]);
  });

  it("sends the next-morning check-in reminder after a logged session, and none once the runner has checked in", async () => {
    const morning = today("Pacific/Auckland");
    const yesterday = addDaysIso(morning, -1);
    const { clinic, clinician } = await createCaseload(db);
    const checkedIn = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, timeZone: "Pacific/Auckland", startDate: yesterday });
    for (const who of [runner, checkedIn]) {
      await createRunLog(actorOf(who), { clientId: randomUUID(), date: yesterday, distanceKm: 5, durationMinutes: 30, rpe: 4, painDuring: 1, painAfter: 1, notes: "" });
    }
    const asked = (await morningScreenOf(db, checkedIn.id, morning)).flatMap((g) => g.signs.map((sign) => sign.code));
    await saveCheckin(actorOf(checkedIn), { clientId: randomUUID(), date: morning, pain: 1, stiffness: 1, screen: { asked, signs: [] } });
    await tick(boss, await instantAt(morning, "06:30", "Pacific/Auckland"));
    const [mail] = await eventually(() => sink.to(runner.email).filter((m) => m.subject === "How does it feel this morning?"), (m) => m.length === 1, "the check-in reminder");
    expect(mail!.text).toContain("https://strideback.test/check-in");
    // A clinical detail never leaves in an email.
    expect(mail!.text).not.toMatch(/pain (during|after)|\b[0-9]\/10\b/i);
    await drained(runner, checkedIn);
    expect(sink.to(checkedIn.email).filter((m) => m.subject === "How does it feel this morning?")).toHaveLength(0);
  });

  it("does not remind a runner who turned reminders off, or who has done today's exercises", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const quiet = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, timeZone: "Europe/London" });
    const done = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, timeZone: "Europe/London" });
    const glide = await createExercise(db);
    await createActivePlan(db, { runnerId: quiet.id, clinicianId: clinician.id, items: [{ exerciseId: glide.id }] });
    const { prescriptions } = await createActivePlan(db, { runnerId: done.id, clinicianId: clinician.id, items: [{ exerciseId: glide.id }] });
    await saveRunnerReminders(actorOf(quiet), { exerciseDays: 0b1111111, exerciseTime: "18:00", checkinReminder: false, wakeTime: "07:00", nudge: false, email: false });
    await saveRunnerReminders(actorOf(done), { exerciseDays: 0b1111111, exerciseTime: "18:00", checkinReminder: false, wakeTime: "07:00", nudge: false, email: true });
    const london = today("Europe/London");
    const result = { prescriptionId: prescriptions[0]!.id, done: true, sets: 2, reps: 10, painDuring: 1 };
    await createSessionLog(actorOf(done), { clientId: randomUUID(), date: london, durationMinutes: 10, rpe: 3, painAfter: 1, notes: "", results: [result] });
    await tick(boss, await instantAt(london, "18:05", "Europe/London"));
    await drained(quiet, done);
    expect(sink.to(quiet.email)).toHaveLength(0);
    expect(sink.to(done.email)).toHaveLength(0);
  });

  it("nudges once after three days without a log, in the runner's morning", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const start = addDaysIso(today("UTC"), -10);
    const silent = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, timeZone: "UTC", startDate: start });
    await saveCheckin(actorOf(silent), { clientId: randomUUID(), date: addDaysIso(start, 2), pain: 1, stiffness: 1 });
    // The last log was 8 days ago: one nudge this morning, and the next tick sends no second one.
    await tick(boss, await instantAt(today("UTC"), "07:10", "UTC"));
    await tick(boss, await instantAt(today("UTC"), "07:20", "UTC"));
    await eventually(() => sink.to(silent.email), (m) => m.length >= 1, "the nudge");
    await drained(silent);
    expect(sink.to(silent.email).map((m) => m.subject)).toEqual(["Checking in from StrideBack"]);
  });
});

describe("the clinician's daily digest", () => {
  it("lists runners who stopped logging or have an open red flag (even once discharged), in the clinician's own zone, and is not sent when nobody needs attention", async () => {
    const { clinic, clinician } = await createCaseload(db);
    // Discharged, but the red flag she reported is still open: a discharge must not hide it.
    const flagged = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, name: "Flagged Fay" });
    await reportWorry(actorOf(flagged), { clientId: randomUUID(), screen: { asked: ["saddle-numbness", "bladder-bowel", "sexual-function", "both-legs", "worsening-weakness", "foot-drop", "spreading-numbness"], signs: ["bladder-bowel"] } });
    await dischargeRunner(actorOf(clinician), flagged.id, { date: today("UTC"), reason: "Moved away" });
    // A clinician whose caseload is empty: nobody needs attention.
    const calm = await createUser(db, { clinicId: (await createClinic(db)).id, role: "clinician" });
    await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, name: "Stopped Sam", startDate: addDaysIso(today("UTC"), -20) });
    await saveClinicianReminders(actorOf(clinician), { digest: true, digestTime: "08:00", timeZone: "Europe/Berlin", email: true });
    await saveClinicianReminders(actorOf(calm), { digest: true, digestTime: "08:00", timeZone: "Europe/Berlin", email: true });
    const day = today("Europe/Berlin");
    await tick(boss, await instantAt(day, "08:00", "Europe/Berlin"));
    // Fay's report also sent the clinician an alert the moment she made it: the digest is the other mail.
    const digests = () => sink.to(clinician.email).filter((m) => /needs? your attention/.test(m.subject));
    const [mail] = await eventually(digests, (m) => m.length === 1, "the digest");
    expect(mail!.text).toContain("Stopped Sam: stopped logging");
    expect(mail!.text).toMatch(/Flagged Fay: .*red flag/);
    await drained(calm);
    expect(sink.to(calm.email)).toHaveLength(0);
  });
});

describe("red-flag alerts", () => {
  it("alert the runner's clinicians at once, by email when no phone takes it and whatever the reminder settings, naming no patient or sign", async () => {
    const { clinic, clinician } = await createCaseload(db);
    const colleague = await createUser(db, { clinicId: clinic.id, role: "clinician" });
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, name: "Saddle Sid" });
    await db.insert(careTeam).values({ clinicianId: colleague.id, runnerId: runner.id });
    // The colleague turned reminder emails off: an urgent alert is not a reminder, it still arrives.
    await saveClinicianReminders(actorOf(colleague), { digest: false, digestTime: "08:00", timeZone: "UTC", email: false });
    const sent = { clientId: randomUUID(), screen: { asked: ["saddle-numbness"], signs: ["saddle-numbness"] } };
    const flag = await reportWorry(actorOf(runner), sent);
    for (const who of [clinician, colleague]) {
      const [mail] = await eventually(() => sink.to(who.email), (m) => m.length === 1, "the red-flag alert");
      expect(mail!.subject).toBe("StrideBack: a runner in your care reported an urgent sign");
      expect(mail!.text).toContain(`https://strideback.test/clinic/runners/${runner.id}`);
      for (const secret of ["Saddle Sid", "saddle", "numbness", runner.email]) expect(`${mail!.subject}\n${mail!.text}`.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // The same form again (a retried send) stores nothing new and alerts nobody twice; a screen with no yes alerts nobody.
    expect(await reportWorry(actorOf(runner), sent)).toMatchObject({ id: flag.id, duplicate: true });
    const calm = await reportWorry(actorOf(runner), { clientId: randomUUID(), screen: { asked: ["saddle-numbness"], signs: [] } });
    const [stored] = await db.select({ alertQueuedAt: redFlagReports.alertQueuedAt }).from(redFlagReports).where(eq(redFlagReports.id, calm.id));
    expect(stored!.alertQueuedAt).toBeNull();
    await eventually(
      async () => (await selectRows<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and data->>'reportId' = ${flag.id}`))[0]!.n,
      (n) => n === 0,
      "the alert job to finish",
    );
    expect(sink.to(clinician.email)).toHaveLength(1);
    expect(sink.to(colleague.email)).toHaveLength(1);
  });
});

describe("message alerts", () => {
  it("emails the other side about an unread message, without its words, and not once it is read", async () => {
    process.env.STRIDEBACK_MESSAGE_ALERT_DELAY_SECONDS = "0";
    const { runner, clinician } = await createCaseload(db);
    await sendMessage(actorOf(clinician), runner.id, { clientId: randomUUID(), body: "How did the hill session feel?" });
    const [mail] = await eventually(() => sink.to(runner.email), (m) => m.length === 1, "the message alert");
    expect(mail!.subject).toBe(`New message from ${clinician.name}`);
    expect(mail!.text).toContain("https://strideback.test/messages");
    expect(mail!.text).not.toContain("hill session");

    // Read before the alert went out: nothing is sent.
    process.env.STRIDEBACK_MESSAGE_ALERT_DELAY_SECONDS = "2";
    const { id } = await sendMessage(actorOf(runner), runner.id, { clientId: randomUUID(), body: "Fine, a 2 at most" });
    await markThreadRead(actorOf(clinician), runner.id);
    await eventually(
      async () => (await selectRows<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and data->>'messageId' = ${id}`))[0]!.n,
      (n) => n === 0,
      "the alert job to run",
    );
    expect(sink.to(clinician.email)).toHaveLength(0);
  });
});

describe("jobs and the writes that cause them", () => {
  it("queue nothing when the write rolls back", async () => {
    const runnerId = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await enqueue(tx, QUEUES.invite, { inviteId: randomUUID(), runnerId, sealedToken: "x" });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    const found = await selectRows(db, sql`select 1 from pgboss.job where data->>'runnerId' = ${runnerId}`);
    expect(found).toHaveLength(0);
  });
});

describe("notifications on the runner's phone", () => {
  it("replace the email on a phone where they are on, and email returns when the push service forgets the phone", async () => {
    const pushService = await startPushService();
    try {
      const { runner } = await createCaseload(db);
      // The phone's keys, as a browser makes them: the test keeps the private half to read what arrives.
      const phone = createECDH("prime256v1");
      phone.generateKeys();
      const auth = randomBytes(16).toString("base64url");
      const endpoint = `${pushService.origin}/push/${randomUUID()}`;
      await savePushSubscription(actorOf(runner), { endpoint, keys: { p256dh: phone.getPublicKey().toString("base64url"), auth } });

      await sendReminder({ userId: runner.id, kind: "nudge", occasion: "push-test", at: new Date().toISOString() });
      const [request] = pushService.received.filter((r) => endpoint.endsWith(r.path));
      expect(request?.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
      expect(request?.headers["content-encoding"]).toBe("aes128gcm");
      const payload = JSON.parse(ece.decrypt(request!.body, { version: "aes128gcm", privateKey: phone, authSecret: auth }).toString("utf8")) as Record<string, string>;
      expect(payload).toEqual({ title: "Checking in from StrideBack", body: "No log for a few days. Your plan is here whenever you are ready.", url: "/today" });
      expect(sink.to(runner.email).filter((m) => m.subject === "Checking in from StrideBack")).toHaveLength(0);
      expect(await db.select({ channel: deliveries.channel }).from(deliveries).where(and(eq(deliveries.userId, runner.id), eq(deliveries.occasion, "push-test")))).toEqual([{ channel: "push" }]);

      // The runner uninstalled the app: the push service answers 410, the phone is forgotten, email it is.
      pushService.forget(new URL(endpoint).pathname);
      await sendReminder({ userId: runner.id, kind: "nudge", occasion: "push-test-2", at: new Date().toISOString() });
      expect(await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, runner.id))).toEqual([]);
      await eventually(() => sink.to(runner.email).filter((m) => m.subject === "Checking in from StrideBack"), (m) => m.length === 1, "the email instead");
    } finally {
      await pushService.close();
    }
  });
});
