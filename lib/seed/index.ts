import { randomUUID } from "node:crypto";
import { eq, isNull, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { addDaysIso, daysBetween, today as todayIso } from "@/lib/dates";
import { phaseStartDates } from "@/lib/plans/phases";
import type { Db, Tx } from "@/db";
import * as s from "@/db/schema";
import {
  basePain,
  DEMO_CLINIC,
  DEMO_CLINIC_PHONE,
  DEMO_PASSWORD,
  DEMO_TIME_ZONE,
  demoAdmin,
  demoClinicians,
  demoRunners,
  STOPPED_SILENCE_DAYS,
  type DemoRunner,
} from "./demo-caseload";
import { exerciseLibrary } from "./exercise-library";
import { ILLUSTRATIONS } from "@/lib/illustrations/library";
import { templateSeeds } from "./templates";
import { seedFormerRunners } from "./demo-episodes";
import { establishClinic } from "@/lib/clinic/establish";

/** A small deterministic generator, so every fresh demo database tells the same story. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const clampScore = (value: number) => Math.max(0, Math.min(10, Math.round(value)));

/** The global exercise library; safe to run again (existing entries keep their text and gain their drawing). */
export async function seedExerciseLibrary(db: Db | Tx): Promise<Map<string, string>> {
  await db
    .insert(s.exercises)
    .values(exerciseLibrary.map(({ key, ...entry }) => ({ ...entry, clinicId: null, illustration: key, illustrationAlt: ILLUSTRATIONS[key]!.alt })))
    .onConflictDoUpdate({
      target: [s.exercises.clinicId, s.exercises.name],
      set: { illustration: sql`excluded.illustration`, illustrationAlt: sql`excluded.illustration_alt` },
      setWhere: sql`${s.exercises.illustration} is distinct from excluded.illustration or ${s.exercises.illustrationAlt} is distinct from excluded.illustration_alt`,
    });
  const rows = await db.select({ id: s.exercises.id, name: s.exercises.name }).from(s.exercises).where(isNull(s.exercises.clinicId));
  const idByName = new Map(rows.map((r) => [r.name, r.id]));
  return new Map(exerciseLibrary.map((e) => [e.key, idByName.get(e.name)!]));
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/** Seeds the demo clinic unless it is already there. Returns whether it wrote anything. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const existing = await db.select({ id: s.clinics.id }).from(s.clinics).where(eq(s.clinics.name, DEMO_CLINIC)).limit(1);
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const exerciseIds = await seedExerciseLibrary(tx);
    // The clinic and its admin, created the way set-up creates them; then the physiotherapists.
    const established = await establishClinic(tx, { name: DEMO_CLINIC, phone: DEMO_CLINIC_PHONE, timeZone: DEMO_TIME_ZONE }, { ...demoAdmin, passwordHash }, "demo");
    const clinic = { id: established.clinicId };
    const clinicianIds = new Map<string, string>();
    for (const c of demoClinicians) {
      const [row] = await tx
        .insert(s.users)
        .values({ email: c.email, name: c.name, role: "clinician", clinicId: clinic!.id, passwordHash })
        .returning();
      clinicianIds.set(c.key, row!.id);
    }
    const templateIds = await seedTemplates(tx, clinic!.id, clinicianIds.get("maya")!, exerciseIds);
    await seedFormerRunners(tx, clinic!.id, clinicianIds, new Map([...templateIds].map(([name, t]) => [name, t.id])));
    for (const [index, runner] of demoRunners.entries()) {
      await seedRunner(tx, {
        runner,
        index,
        clinicId: clinic!.id,
        clinicianId: clinicianIds.get(runner.clinician)!,
        template: templateIds.get(runner.template)!,
        passwordHash,
      });
    }
  });
  return true;
}

interface SeededTemplate {
  id: string;
  items: (s.NewTemplateItem & { phase: number; phaseWeeks: number | null })[];
}

async function seedTemplates(tx: Tx, clinicId: string, createdBy: string, exerciseIds: Map<string, string>) {
  const result = new Map<string, SeededTemplate>();
  for (const t of templateSeeds) {
    const [template] = await tx
      .insert(s.planTemplates)
      .values({ clinicId, name: t.name, presentation: t.presentation, description: t.description, createdBy })
      .returning();
    const items = t.phases.flatMap((phase, p) =>
      phase.items.map((item, position) => ({
        templateId: template!.id,
        phase: p + 1,
        phaseLabel: phase.label,
        phaseWeeks: phase.weeks,
        exerciseId: exerciseIds.get(item.exercise)!,
        sets: item.sets,
        reps: item.reps ?? null,
        holdSeconds: item.holdSeconds ?? null,
        durationSeconds: item.durationSeconds ?? null,
        distanceMetres: item.distanceMetres ?? null,
        daysPerWeek: item.daysPerWeek,
        timesPerDay: item.timesPerDay ?? 1,
        notes: item.notes ?? "",
        position,
      })),
    );
    await tx.insert(s.templateItems).values(items);
    result.set(t.name, { id: template!.id, items });
  }
  return result;
}

async function seedRunner(
  tx: Tx,
  args: { runner: DemoRunner; index: number; clinicId: string; clinicianId: string; template: SeededTemplate; passwordHash: string },
) {
  const { runner, index, clinicId, clinicianId, template, passwordHash } = args;
  const rand = random(1000 + index);
  const end = todayIso(DEMO_TIME_ZONE);
  const start = addDaysIso(end, -runner.weeks * 7);
  const [user] = await tx
    .insert(s.users)
    .values({ email: runner.email, name: runner.name, role: "runner", clinicId, passwordHash })
    .returning();
  const runnerId = user!.id;
  await tx.insert(s.careTeam).values({ clinicianId, runnerId });
  await tx.insert(s.runnerProfiles).values({
    runnerId,
    presentation: runner.presentation,
    affectedSide: runner.side,
    goal: runner.goal,
    startDate: start,
    usualPain: runner.usualPain,
    timeZone: DEMO_TIME_ZONE,
  });
  const [plan] = await tx
    .insert(s.plans)
    .values({ runnerId, title: runner.template, goal: runner.goal, startDate: start, templateId: template.id, createdBy: clinicianId })
    .returning();

  // One plan version per template phase. The demo's history began each phase on its earliest day; a phase
  // whose day has not come yet waits for its criteria, as every later phase does now.
  const starts = phaseStartDates(template.items, start);
  const phaseOf = (phase: number) => template.items.find((i) => i.phase === phase);
  const versions: { id: string; from: string; prescriptions: { id: string; daysPerWeek: number; timesPerDay: number; sets: number; reps: number | null; holdSeconds: number | null }[] }[] = [];
  for (const [phase, from] of [...starts.entries()].sort((a, b) => a[0] - b[0])) {
    const [version] = await tx
      .insert(s.planVersions)
      .values({
        planId: plan!.id,
        version: versions.length + 1,
        effectiveFrom: from,
        createdBy: clinicianId,
        changeNote: phaseOf(phase)?.phaseLabel ?? "",
        phase,
        phaseLabel: starts.size > 1 ? (phaseOf(phase)?.phaseLabel ?? "") : "",
        minDays: starts.size > 1 && phaseOf(phase)?.phaseWeeks != null ? phaseOf(phase)!.phaseWeeks! * 7 : null,
        waiting: from > end,
        beganBecause: from > end ? "" : phase === 1 ? "Began with the plan" : "Approved by the clinician: 3 green sessions with settled mornings",
      })
      .returning();
    const rows = template.items
      .filter((i) => i.phase === phase)
      .map((i) => ({
        id: randomUUID(),
        planVersionId: version!.id,
        exerciseId: i.exerciseId,
        sets: i.sets,
        reps: i.reps ?? null,
        holdSeconds: i.holdSeconds ?? null,
        durationSeconds: i.durationSeconds ?? null,
        distanceMetres: i.distanceMetres ?? null,
        daysPerWeek: i.daysPerWeek,
        timesPerDay: i.timesPerDay ?? 1,
        notes: i.notes ?? "",
        position: i.position,
      }));
    await tx.insert(s.prescriptions).values(rows);
    if (from <= end) versions.push({ id: version!.id, from, prescriptions: rows });
  }

  const sessions: s.NewSessionLog[] = [];
  const results: s.NewExerciseResult[] = [];
  const checkins: s.NewMorningCheckin[] = [];
  const totalDays = daysBetween(start, end);
  const lastLogged = runner.trajectory === "stopped" ? addDaysIso(end, -STOPPED_SILENCE_DAYS) : addDaysIso(end, -1);
  let distance = 2 + rand() * 2;

  for (let day = start; daysBetween(day, lastLogged) >= 0; day = addDaysIso(day, 1)) {
    const progress = daysBetween(start, day) / totalDays;
    let pain = basePain(runner.trajectory, progress);
    const daysAgo = daysBetween(day, end);
    // Chloe's flare: a hard run three days ago that had not settled by the next mornings.
    const flareRun = runner.trajectory === "flare" && daysAgo === 3;
    if (runner.trajectory === "flare" && daysAgo <= 2) pain = 5;
    const noise = () => (rand() - 0.5) * 2;
    const version = [...versions].reverse().find((v) => v.from <= day)!;

    const due = version.prescriptions.filter((p) => rand() < p.daysPerWeek / 7);
    // The demo runner (first in the list) always did yesterday's session, so today asks for a check-in.
    const forced = index === 0 && daysAgo === 1;
    if (due.length > 0 && (forced || rand() < runner.adherence)) {
      const id = randomUUID();
      sessions.push({
        id,
        runnerId,
        clientId: randomUUID(),
        kind: "exercise",
        date: day,
        durationMinutes: 10 + due.length * 5,
        rpe: clampScore(3 + rand() * 3),
        painDuring: clampScore(pain - 1 + noise()),
        // Pain after usually settles to the morning level; now and then it stays up a point (amber).
        painAfter: clampScore(pain - 1 + (rand() < 0.12 ? 1 : 0)),
        planVersionId: version.id,
      });
      for (const p of due) {
        const done = rand() < 0.92;
        results.push({
          sessionLogId: id,
          prescriptionId: p.id,
          done,
          sets: done ? p.sets : null,
          reps: done ? p.reps : null,
          holdSeconds: done ? p.holdSeconds : null,
          painDuring: done ? clampScore(pain - 1.5 + noise()) : null,
        });
      }
      // The second dose of a twice-a-day exercise (Askling's Extender), that evening, as the first went.
      const twice = due.filter((p) => p.timesPerDay > 1 && results.some((r) => r.sessionLogId === id && r.prescriptionId === p.id && r.done));
      if (twice.length > 0) {
        const evening = randomUUID();
        const morning = sessions.at(-1)!;
        sessions.push({ ...morning, id: evening, clientId: randomUUID(), durationMinutes: 5 + twice.length * 5 });
        for (const p of twice) {
          const first = results.find((r) => r.sessionLogId === id && r.prescriptionId === p.id)!;
          results.push({ ...first, sessionLogId: evening });
        }
      }
    }
    // Runs start in week 2 and lengthen as pain allows.
    if (flareRun || (daysBetween(start, day) >= 7 && rand() < runner.runsPerWeek / 7)) {
      distance = Math.min(14, distance * (pain < 3 ? 1.06 : 0.97));
      const km = flareRun ? distance * 1.6 : distance;
      sessions.push({
        runnerId,
        clientId: randomUUID(),
        kind: "run",
        date: day,
        distanceKm: Math.round(km * 10) / 10,
        durationMinutes: Math.round(km * (5.5 + rand())),
        rpe: clampScore(flareRun ? 8 : 4 + rand() * 3),
        painDuring: flareRun ? 6 : clampScore(pain + noise()),
        painAfter: flareRun ? 7 : clampScore(pain - 1 + (rand() < 0.15 ? 1 : 0)),
        notes: flareRun ? "Tried the hills with the club. Sharp pulling at the top of the hamstring." : "",
        planVersionId: version.id,
      });
    }
    if (rand() < 0.85 || (runner.trajectory === "flare" && daysAgo <= 3)) {
      checkins.push({
        runnerId,
        clientId: randomUUID(),
        date: addDaysIso(day, 1),
        // Morning pain follows the trajectory without day-to-day noise: under the 24-hour rule any rise
        // is a signal, so random jitter would paint every demo runner red.
        pain: runner.trajectory === "flare" && daysAgo <= 3 ? 5 : clampScore(Math.max(runner.usualPain, pain - 1)),
        stiffness: clampScore(pain + noise()),
      });
    }
  }
  // Check-ins are dated the morning after; keep none in the runner's future or past their silence.
  const keptCheckins = checkins.filter((c) => c.date <= (runner.trajectory === "stopped" ? lastLogged : addDaysIso(end, -1)));
  await insertInChunks(sessions, (chunk) => tx.insert(s.sessionLogs).values(chunk));
  await insertInChunks(results, (chunk) => tx.insert(s.exerciseResults).values(chunk));
  await insertInChunks(keptCheckins, (chunk) => tx.insert(s.morningCheckins).values(chunk));
}
