import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/db";
import { invites, runnerProfiles, users } from "@/db/schema";
import { today } from "@/lib/dates";
import { actorOf, createCaseload, type TestUser } from "@/testing/factories";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { acceptInvite, checkInvite, createRunnerWithInvite, reissueInvite } from "./invites";

let db: Db;
let clinician: TestUser;
let outsider: TestUser;
const newRunner = (email: string) => ({ name: "Sam Runner", email, presentation: "neural_tension" as const, affectedSide: "left" as const, goal: "", startDate: today(), usualPain: 1, timeZone: "Europe/London", screen: { asked: ["saddle-numbness", "pop-bruising"], signs: [] } });

beforeAll(async () => {
  db = await getDb();
  ({ clinician } = await createCaseload(db));
  ({ clinician: outsider } = await createCaseload(db));
});

describe("invites", () => {
  it("stores only a hash of the token, and the link works once", async () => {
    const email = `inv-${Date.now()}@test.example`;
    const { runnerId, token } = await createRunnerWithInvite(actorOf(clinician), newRunner(email));
    const [row] = await db.select().from(invites).where(eq(invites.runnerId, runnerId));
    expect(row!.tokenHash).not.toContain(token);
    expect(await checkInvite(token)).toMatchObject({ status: "valid", email });
    expect((await acceptInvite(token, "a-long-password", "Pacific/Auckland", "en")).status).toBe("valid");
    expect((await acceptInvite(token, "another-password", "UTC", "en")).status).toBe("used");
    const [user] = await db.select().from(users).where(eq(users.id, runnerId));
    expect(user!.passwordHash).toMatch(/^\$argon2id/);
    // The usual pain recorded at intake is stored, and the zone the runner confirmed on accepting.
    const [profile] = await db.select().from(runnerProfiles).where(eq(runnerProfiles.runnerId, runnerId));
    expect(profile).toMatchObject({ usualPain: 1, timeZone: "Pacific/Auckland" });
  });

  it("refuses an email that already has an account, creating nothing", async () => {
    const email = `dup-${Date.now()}@test.example`;
    await createRunnerWithInvite(actorOf(clinician), newRunner(email));
    await expect(createRunnerWithInvite(actorOf(clinician), newRunner(email))).rejects.toThrow(InvalidFieldError);
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("revokes the old link when a new one is issued, and only the runner's clinician may issue", async () => {
    const { runnerId, token: first } = await createRunnerWithInvite(actorOf(clinician), newRunner(`re-${Date.now()}@test.example`));
    const second = await reissueInvite(actorOf(clinician), runnerId);
    expect((await checkInvite(first)).status).toBe("revoked");
    expect((await checkInvite(second)).status).toBe("valid");
    await expect(reissueInvite(actorOf(outsider), runnerId)).rejects.toThrow(NotFoundError);
  });

  it("says an expired or forged link is not usable", async () => {
    const { runnerId, token } = await createRunnerWithInvite(actorOf(clinician), newRunner(`exp-${Date.now()}@test.example`));
    await db.update(invites).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invites.runnerId, runnerId));
    expect((await checkInvite(token)).status).toBe("expired");
    expect((await acceptInvite(token, "a-long-password", "Pacific/Auckland", "en")).status).toBe("expired");
    expect((await checkInvite("forged-token")).status).toBe("unknown");
  });
});
