import { eq, isNull, sql } from "drizzle-orm";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb, selectRows } from "@/db";
import { clinics, episodes, exercises, planTemplates } from "@/db/schema";
import { seedDemoIfEmpty } from ".";
import { DEMO_CLINIC } from "./demo-caseload";
import { exerciseLibrary } from "./exercise-library";

describe("the demo seed", () => {
  it("builds the demo clinic once; running it again changes nothing", async () => {
    const db = await getDb();
    // On the shared PostgreSQL database another test file may have seeded it first: either way, once.
    const [before] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from clinics where name = ${DEMO_CLINIC}`);
    expect(await seedDemoIfEmpty(db)).toBe(before!.n === 0);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect(await db.select().from(clinics).where(eq(clinics.name, DEMO_CLINIC))).toHaveLength(1);
  }, 60_000);

  it("holds what the demo promises: an admin and 2 physiotherapists, 8+ runners over every presentation, each with a plan and weeks of history", async () => {
    const db = await getDb();
    const [clinic] = await db.select().from(clinics).where(eq(clinics.name, DEMO_CLINIC));
    const [counts] = await selectRows<{ clinicians: number; admins: number; runners: number; presentations: number; withPlan: number; minWeeks: number }>(db, sql`
      select count(*) filter (where u.role = 'clinician' and not u.is_admin)::int as clinicians,
             count(*) filter (where u.is_admin)::int as admins,
             count(*) filter (where u.role = 'runner')::int as runners,
             count(distinct rp.presentation)::int as presentations,
             count(*) filter (where exists (select 1 from plans p where p.runner_id = u.id and p.status = 'active'))::int as "withPlan",
             min((select (max(l.date) - min(l.date)) / 7 from session_logs l where l.runner_id = u.id)) filter (where u.role = 'runner')::int as "minWeeks"
      from users u left join runner_profiles rp on rp.runner_id = u.id
      where u.clinic_id = ${clinic!.id} and rp.discharged_on is null
    `);
    expect(counts).toMatchObject({ clinicians: 2, admins: 1, presentations: 5 });
    expect(counts!.runners).toBeGreaterThanOrEqual(8);
    expect(counts!.withPlan).toBe(counts!.runners);
    expect(counts!.minWeeks).toBeGreaterThanOrEqual(6);
    // Former runners, discharged with their summaries, give the clinic's outcomes page figures to show.
    const former = await db.select({ presentation: episodes.presentation, templateId: episodes.templateId }).from(episodes).where(eq(episodes.clinicId, clinic!.id));
    expect(former.length).toBeGreaterThanOrEqual(6);
    expect(new Set(former.map((e) => e.presentation)).size).toBeGreaterThanOrEqual(3);
    expect(former.every((e) => e.templateId)).toBe(true);
    const library = await db.select({ name: exercises.name, illustration: exercises.illustration, alt: exercises.illustrationAlt }).from(exercises).where(isNull(exercises.clinicId));
    // Every exercise of the seeded library shows its step-by-step drawing, described in words (other test
    // files add library rows of their own to the shared database).
    const seeded = new Set(exerciseLibrary.map((e) => e.name));
    for (const entry of library.filter((e) => seeded.has(e.name))) {
      expect(entry.illustration, entry.name).toBeTruthy();
      expect(existsSync(path.join(process.cwd(), "public", "illustrations", `${entry.illustration}.svg`))).toBe(true);
      expect(entry.alt).toMatch(/^1: .+ 2: /);
    }
    expect(library.length).toBeGreaterThanOrEqual(15);
    expect(library.map((e) => e.name)).toEqual(expect.arrayContaining(["Supine sciatic nerve glide (slider)", "Askling Extender", "Askling Diver", "Askling Glider", "Nordic hamstring exercise", "Glute bridge"]));
    expect((await db.select().from(planTemplates).where(eq(planTemplates.clinicId, clinic!.id))).length).toBeGreaterThanOrEqual(4);
  });
});
