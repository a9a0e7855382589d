import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { exercises, morningCheckins, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createActivePlan, createClinic, createRunnerInCare, createUser } from "@/testing/factories";
import { expect, signIn, test } from "../support/fixtures";

test("the roster of 300 runners, each with four weeks of logs, counts them all and pages them 50 at a time", async ({ page, db }) => {
  test.setTimeout(180_000);
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const [glide] = await db.select().from(exercises).where(eq(exercises.name, "Supine sciatic nerve glide (slider)"));
  const start = addDaysIso(today(), -28);
  for (let i = 0; i < 300; i++) {
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, password: null, name: `Load runner ${String(i).padStart(3, "0")}`, startDate: start });
    await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, startDate: start, items: [{ exerciseId: glide!.id }] });
    const days = Array.from({ length: 28 }, (_, d) => addDaysIso(start, d));
    await db.insert(sessionLogs).values(days.map((date, d) => ({ runnerId: runner.id, clientId: randomUUID(), kind: "run" as const, date, durationMinutes: 30, rpe: 4, painDuring: (i + d) % 8, painAfter: 2, distanceKm: 5 })));
    await db.insert(morningCheckins).values(days.map((date, d) => ({ runnerId: runner.id, clientId: randomUUID(), date, pain: (i + d) % 4, stiffness: 1 })));
  }
  await signIn(page, clinician);
  await expect(page.getByText("300 of 300 runners")).toBeVisible();
  // Speed is measured by `npm run bench`; here the roster must hold every runner and page them.
  await expect(page.getByRole("row")).toHaveCount(51);
});
