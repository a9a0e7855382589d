import { randomUUID } from "node:crypto";
import type { Queryable } from "@/db";
import * as s from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { today } from "@/lib/dates";

/*
 * Test data through the same tables the app writes, with unique emails so tests can share a database
 * and run in parallel. Used by the integration tests and the end-to-end tests alike.
 */
const unique = () => randomUUID().slice(0, 8);

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: s.Role;
  clinicId: string;
  password: string;
  admin?: boolean;
}

export async function createClinic(db: Queryable, name = `Clinic ${unique()}`, phone: string | null = "01632 960 123") {
  const [clinic] = await db.insert(s.clinics).values({ name, phone }).returning();
  return clinic!;
}

export async function createUser(
  db: Queryable,
  args: { clinicId: string; role: s.Role; name?: string; password?: string | null; admin?: boolean },
): Promise<TestUser> {
  const password = args.password === undefined ? `pw-${unique()}-${unique()}` : args.password;
  const name = args.name ?? `${args.role === "clinician" ? "Clinician" : "Runner"} ${unique()}`;
  const email = `${args.role}-${unique()}@test.example`;
  const [user] = await db
    .insert(s.users)
    .values({
      email,
      name,
      role: args.role,
      clinicId: args.clinicId,
      passwordHash: password ? await hashPassword(password) : null,
      isAdmin: args.admin ?? false,
    })
    .returning();
  return { id: user!.id, email, name, role: args.role, clinicId: args.clinicId, password: password ?? "", admin: args.admin ?? false };
}

export async function createRunnerInCare(
  db: Queryable,
  args: { clinicId: string; clinicianId: string; presentation?: s.Presentation; startDate?: string; name?: string; password?: string | null; usualPain?: number; timeZone?: string },
) {
  const runner = await createUser(db, { clinicId: args.clinicId, role: "runner", name: args.name, password: args.password });
  await db.insert(s.careTeam).values({ clinicianId: args.clinicianId, runnerId: runner.id });
  await db.insert(s.runnerProfiles).values({
    runnerId: runner.id,
    presentation: args.presentation ?? "neural_tension",
    affectedSide: "left",
    goal: "Back to 10 km pain-free",
    startDate: args.startDate ?? today(args.timeZone),
    usualPain: args.usualPain ?? 0,
    timeZone: args.timeZone ?? "UTC",
  });
  return runner;
}

/** A clinic with one clinician who has one runner: the smallest caseload. */
export async function createCaseload(db: Queryable) {
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id });
  return { clinic, clinician, runner };
}

export async function createExercise(db: Queryable, overrides: Partial<s.NewExercise> = {}) {
  const [exercise] = await db
    .insert(s.exercises)
    .values({
      name: `Exercise ${unique()}`,
      category: "nerve_glide",
      instructions: "Lie on your back and glide the nerve to light tension.",
      defaultSets: 2,
      defaultReps: 10,
      defaultDaysPerWeek: 7,
      painRule: "neural",
      ...overrides,
    })
    .returning();
  return exercise!;
}

/** An active plan with one version holding the given prescriptions (daily by default). */
export async function createActivePlan(
  db: Queryable,
  args: { runnerId: string; clinicianId: string; startDate?: string; items: { exerciseId: string; daysPerWeek?: number; weekdays?: number[]; timesPerDay?: number }[] },
) {
  const startDate = args.startDate ?? today();
  const [plan] = await db
    .insert(s.plans)
    .values({ runnerId: args.runnerId, title: "Nerve glide plan", startDate, createdBy: args.clinicianId })
    .returning();
  const [version] = await db
    .insert(s.planVersions)
    .values({ planId: plan!.id, version: 1, effectiveFrom: startDate, createdBy: args.clinicianId })
    .returning();
  const prescriptions = await db
    .insert(s.prescriptions)
    .values(
      args.items.map((item, position) => ({
        planVersionId: version!.id,
        exerciseId: item.exerciseId,
        sets: 2,
        reps: 10,
        daysPerWeek: item.daysPerWeek ?? 7,
        timesPerDay: item.timesPerDay ?? 1,
        weekdays: item.weekdays ?? [],
        position,
      })),
    )
    .returning();
  return { plan: plan!, version: version!, prescriptions };
}

export const actorOf = (user: TestUser) => ({ id: user.id, role: user.role, clinicId: user.clinicId, admin: user.admin ?? false });
