import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb, selectRows } from "@/db";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { exercises, planVersions, plans, prescriptions } from "@/db/schema";
import { seedExerciseLibrary } from "@/lib/seed";
import { addDaysIso } from "@/lib/dates";
import { createCaseload } from "@/testing/factories";

/*
 * Migration 0015 on plans written before it: a template's phases dated ahead become waiting phases, the
 * ones already begun say so, and an edit joins the phase that was in force on its day. The data steps run
 * here on such a plan inside a transaction that is rolled back, so other tests' rows are left as they were.
 */
let db: Db;
beforeAll(async () => {
  db = await getDb();
  await seedExerciseLibrary(db);
});

const migration = readFileSync(path.join(MIGRATIONS_FOLDER, "0015_progression.sql"), "utf8");
const dataSteps = migration
  .slice(migration.indexOf("-- Existing plans"))
  .split("--> statement-breakpoint")
  .map((s) => s.trim())
  .filter(Boolean);

class RolledBack extends Error {}

describe("migration 0015: no phase begins by date alone", () => {
  it("turns an active plan's future dated phases into waiting ones and numbers the rest", async () => {
    const { clinician, runner } = await createCaseload(db);
    const [nordic] = await db.select().from(exercises).where(eq(exercises.name, "Nordic hamstring exercise"));
    const [{ d: today }] = (await selectRows<{ d: string }>(db, sql`select current_date::text as d`)) as [{ d: string }];
    let checked = false;
    await db
      .transaction(async (tx) => {
        const [plan] = await tx.insert(plans).values({ runnerId: runner.id, title: "Nordic", startDate: addDaysIso(today, -10), createdBy: clinician.id }).returning();
        const born = new Date("2026-10-01T09:00:00Z");
        const dated = [-10, -3, 4, 11].map((days, i) => ({ planId: plan!.id, version: i + 1, effectiveFrom: addDaysIso(today, days), changeNote: `Week ${i + 1}`, createdBy: clinician.id, createdAt: born }));
        const edit = { planId: plan!.id, version: 5, effectiveFrom: addDaysIso(today, -1), changeNote: "Sore: one set", createdBy: clinician.id, createdAt: new Date("2026-10-05T09:00:00Z") };
        const rows = await tx.insert(planVersions).values([...dated, edit]).returning({ id: planVersions.id });
        await tx.insert(prescriptions).values(rows.map((r) => ({ planVersionId: r.id, exerciseId: nordic!.id, sets: 2, reps: 5, daysPerWeek: 1, position: 0 })));
        for (const step of dataSteps) await tx.execute(sql.raw(step));
        const after = await tx.select().from(planVersions).where(eq(planVersions.planId, plan!.id)).orderBy(planVersions.version);
        expect(after.map((v) => [v.version, v.phase, v.phaseLabel, v.waiting, v.minDays])).toEqual([
          [1, 1, "", false, 7],
          [2, 2, "Week 2", false, 7],
          [3, 3, "Week 3", true, 7],
          [4, 4, "Week 4", true, null],
          [5, 2, "Week 2", false, 7],
        ]);
        expect(after[1]!.beganBecause).toBe("Began on its date (before phases waited for their criteria)");
        checked = true;
        throw new RolledBack();
      })
      .catch((error) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    expect(checked).toBe(true);
  });
});
