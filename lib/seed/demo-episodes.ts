import type { Tx } from "@/db";
import * as s from "@/db/schema";
import { addDaysIso, type IsoDate, today } from "@/lib/dates";
import { type DischargeSummary, keptFlag } from "@/lib/outcomes/discharge-summary";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import { DEMO_TIME_ZONE, demoClinicians } from "./demo-caseload";

/*
 * Former runners of the demo clinic: discharged months ago, each with the discharge summary and the figures
 * its episode left, so the clinic's outcomes page has something to add up on a fresh demo database. Their
 * summaries are written as the discharge writes them; their day-by-day logs are not kept in the demo.
 */
interface Former {
  name: string;
  presentation: s.Presentation;
  template: string;
  clinician: (typeof demoClinicians)[number]["key"];
  weeks: number;
  painFreeDay: number | null;
  pain: [number, number];
  psfs: [number, number] | null;
  groc: number;
  done: number;
  redFlag: boolean;
}

const FORMER: Former[] = [
  { name: "Nadia Ferreira", presentation: "neural_tension", template: "Adverse neural tension (nerve glides, no stretching)", clinician: "maya", weeks: 6, painFreeDay: 28, pain: [4.2, 0.8], psfs: [3.3, 8], groc: 6, done: 0.9, redFlag: false },
  { name: "Owen Brennan", presentation: "neural_tension", template: "Adverse neural tension (nerve glides, no stretching)", clinician: "sam", weeks: 8, painFreeDay: 35, pain: [3.8, 1.2], psfs: [4, 7.5], groc: 5, done: 0.8, redFlag: false },
  { name: "Priya Raman", presentation: "neural_tension", template: "Tight hamstrings (stretching and soft tissue around runs)", clinician: "maya", weeks: 10, painFreeDay: 56, pain: [4, 2.1], psfs: [3.5, 5], groc: 3, done: 0.7, redFlag: false },
  { name: "Tom Lindqvist", presentation: "hamstring_strain", template: "Acute hamstring strain (Askling L-protocol)", clinician: "maya", weeks: 9, painFreeDay: 42, pain: [5.1, 1], psfs: [2, 8.5], groc: 6, done: 0.85, redFlag: false },
  { name: "Hana Sato", presentation: "hamstring_strain", template: "Acute hamstring strain (Askling L-protocol)", clinician: "sam", weeks: 7, painFreeDay: null, pain: [4.6, 3.9], psfs: [3, 4], groc: 1, done: 0.5, redFlag: false },
  { name: "Luis Moreno", presentation: "referred_lumbar", template: "Referred pain from the lower back", clinician: "sam", weeks: 5, painFreeDay: null, pain: [5, 4.5], psfs: null, groc: -1, done: 0.6, redFlag: true },
];

const PRESCRIBED_PER_WEEK = 14;

function summaryOf(f: Former, startedOn: string, dischargedOn: string, by: string): DischargeSummary {
  const prescribed = f.weeks * PRESCRIBED_PER_WEEK;
  const window = (from: string, to: string, after: number) => ({ from, to, sessions: 8, during: Math.max(0, Math.round((after - 0.5) * 10) / 10), after });
  const change = Math.abs(f.pain[1] - f.pain[0]);
  const real = change >= RULE_DEFINITIONS.realChangePoints;
  return {
    runner: { name: f.name, presentation: f.presentation, affectedSide: "left", goal: "Back to running pain-free" },
    startedOn,
    dischargedOn,
    dischargedBy: by,
    closingNote: f.painFreeDay ? "Goals met: back to full training." : "Referred on: not settling with rehab alone.",
    template: f.template,
    plans: [{ title: f.template, startDate: startedOn, phases: [{ label: "Phase 1", from: startedOn, because: "Began with the plan" }] }],
    pain: {
      first: window(startedOn, addDaysIso(startedOn, 13), f.pain[0]),
      last: window(addDaysIso(dischargedOn, -13), dischargedOn, f.pain[1]),
      change: { from: f.pain[0], to: f.pain[1], points: f.pain[1] - f.pain[0], trend: real ? (f.pain[1] < f.pain[0] ? "improving" : "worsening") : "no real change" },
    },
    daysToPainFree: f.painFreeDay,
    measures: [
      ...(f.psfs
        ? [{ id: "psfs" as const, short: "PSFS", name: "Patient-Specific Functional Scale", first: { date: startedOn, score: f.psfs[0] }, last: { date: dischargedOn, score: f.psfs[1] }, points: Math.round((f.psfs[1] - f.psfs[0]) * 10) / 10, real: f.psfs[1] - f.psfs[0] >= 2, threshold: "MCID 2 points" }]
        : []),
      { id: "groc" as const, short: "GROC", name: "Global Rating of Change", first: { date: dischargedOn, score: f.groc }, last: { date: dischargedOn, score: f.groc }, points: f.groc, real: Math.abs(f.groc) >= 3, threshold: "MCID 3 points" },
    ],
    running: null,
    redFlags: f.redFlag ? [demoFlag(addDaysIso(startedOn, 9), by)] : [],
    adherence: { done: Math.round(prescribed * f.done), prescribed },
  };
}

export async function seedFormerRunners(tx: Tx, clinicId: string, clinicianIds: Map<string, string>, templateIds: Map<string, string>) {
  const end = today(DEMO_TIME_ZONE);
  for (const [i, f] of FORMER.entries()) {
    const dischargedOn = addDaysIso(end, -40 - i * 17);
    const startedOn = addDaysIso(dischargedOn, -(f.weeks * 7 - 1));
    const clinicianId = clinicianIds.get(f.clinician)!;
    const clinician = demoClinicians.find((c) => c.key === f.clinician)!;
    const [user] = await tx.insert(s.users).values({ email: `former${i + 1}@runner.example`, name: f.name, role: "runner", clinicId, passwordHash: null }).returning();
    await tx.insert(s.careTeam).values({ clinicianId, runnerId: user!.id });
    const reason = summaryOf(f, startedOn, dischargedOn, clinician.name).closingNote;
    await tx.insert(s.runnerProfiles).values({ runnerId: user!.id, presentation: f.presentation, affectedSide: "left", startDate: startedOn, timeZone: DEMO_TIME_ZONE, dischargedOn, dischargeReason: reason });
    const body = summaryOf(f, startedOn, dischargedOn, clinician.name);
    await tx.insert(s.episodes).values({
      runnerId: user!.id,
      clinicId,
      startedOn,
      dischargedOn,
      dischargedBy: clinicianId,
      presentation: f.presentation,
      templateId: templateIds.get(f.template) ?? null,
      templateName: f.template,
      careTeam: [clinicianId],
      daysToPainFree: f.painFreeDay,
      sessionsDone: body.adherence.done,
      sessionsPrescribed: body.adherence.prescribed,
      redFlags: body.redFlags.length,
      psfsFirst: f.psfs?.[0] ?? null,
      psfsLast: f.psfs?.[1] ?? null,
      groc: f.groc,
      body,
    });
  }
}

/** A red flag raised in the episode's second week and referred on, kept whole as a discharge keeps it. */
function demoFlag(day: IsoDate, by: string): DischargeSummary["redFlags"][number] {
  return keptFlag({ reportedAt: `${day}T08:15:00.000Z`, timeZone: DEMO_TIME_ZONE, signs: ["foot-drop"], resolution: "referred-doctor", note: "spinal surgeon, seen within the week", by });
}
