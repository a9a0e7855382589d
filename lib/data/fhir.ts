import "server-only";
import { createHash } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { lefsResponses, measureResponses } from "@/db/schema";
import { doseLabel } from "@/lib/labels";
import { questionnaireOf, responseOf, scoreObservation, STRIDEBACK_FHIR } from "@/lib/outcomes/fhir";
import { INSTRUMENTS } from "@/lib/outcomes/instruments";
import { now, today as todayIn } from "@/lib/dates";
import type { Actor } from "./actor";
import { programmeOf } from "./programme";
import { readableRunner } from "./runners";

/*
 * A runner's record as a FHIR R4 Bundle (type "collection"): the Patient; an Observation per pain score
 * (LOINC 72514-3, the 0-10 pain severity score, valueInteger) with when it was felt (during or after a run
 * or an exercise session, or the next morning) as a component; the outcome measures as Questionnaires, each
 * LEFS filled as a QuestionnaireResponse with its total as an Observation derived from it; and a CarePlan
 * for the plan in force. Entries are addressed by urn:uuid, derived from the database ids, so
 * exporting twice gives the same ids.
 */
export const PAIN_LOINC = "72514-3";
export const STRIDEBACK_SYSTEM = `${STRIDEBACK_FHIR}/CodeSystem`;

type Resource = Record<string, unknown> & { resourceType: string; id: string };
export type PainContext = "during-run" | "after-run" | "during-exercise" | "after-exercise" | "next-morning";
const CONTEXT_DISPLAY: Record<PainContext, string> = {
  "during-run": "During a run",
  "after-run": "Within an hour after a run",
  "during-exercise": "During an exercise session",
  "after-exercise": "Within an hour after an exercise session",
  "next-morning": "On waking (morning check-in)",
};

/** A stable UUID (version 5 layout) for a resource StrideBack derives, such as one of a session's two pain scores. */
export function derivedUuid(name: string): string {
  const h = createHash("sha1").update(`strideback:${name}`).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const urn = (id: string) => `urn:uuid:${id}`;

interface PainScore {
  sourceId: string;
  context: PainContext;
  date: string;
  value: number;
}

/** Every pain score of the runner, as the database holds them: two per session, one per check-in. */
async function painScores(runnerId: string): Promise<PainScore[]> {
  const db = await getDb();
  return selectRows<PainScore>(db, sql`
    select l.id as "sourceId", case when l.kind = 'run' then 'during-run' else 'during-exercise' end as context, l.date::text as date, l.pain_during as value
    from session_logs l where l.runner_id = ${runnerId}
    union all
    select l.id, case when l.kind = 'run' then 'after-run' else 'after-exercise' end, l.date::text, l.pain_after
    from session_logs l where l.runner_id = ${runnerId}
    union all
    select c.id, 'next-morning', c.date::text, c.pain from morning_checkins c where c.runner_id = ${runnerId}
    order by date, "sourceId", context`);
}

interface SymptomAnswer {
  sourceId: string;
  symptom: "sudden-pain" | "nerve-symptoms";
  date: string;
  value: boolean;
}

const SYMPTOM_DISPLAY: Record<SymptomAnswer["symptom"], string> = {
  "sudden-pain": "Sudden sharp pain or a pop during the activity",
  "nerve-symptoms": "New tingling, numbness or pins and needles after nerve glides",
};

/** The yes/no answers logged with sessions: asked only where they apply, so a null is not exported. */
async function symptomAnswers(runnerId: string): Promise<SymptomAnswer[]> {
  const db = await getDb();
  return selectRows<SymptomAnswer>(db, sql`
    select l.id as "sourceId", 'sudden-pain' as symptom, l.date::text as date, l.sudden_pain as value
    from session_logs l where l.runner_id = ${runnerId} and l.sudden_pain is not null
    union all
    select l.id, 'nerve-symptoms', l.date::text, l.nerve_symptoms
    from session_logs l where l.runner_id = ${runnerId} and l.nerve_symptoms is not null
    order by date, "sourceId", symptom`);
}

export async function runnerFhirBundle(actor: Actor, runnerId: string) {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  const [scores, answers, lefs, measures, programme] = await Promise.all([
    painScores(runner.id),
    symptomAnswers(runner.id),
    db.select().from(lefsResponses).where(eq(lefsResponses.runnerId, runner.id)).orderBy(asc(lefsResponses.date), asc(lefsResponses.createdAt)),
    db.select().from(measureResponses).where(eq(measureResponses.runnerId, runner.id)).orderBy(asc(measureResponses.date), asc(measureResponses.createdAt)),
    programmeOf(actor, runner),
  ]);
  const fills = [...lefs.map((r) => ({ ...r, instrument: "lefs" as const, score: r.total, activities: [] as string[] })), ...measures];
  const patient = { reference: urn(runner.id), display: runner.name };
  const resources: Resource[] = [
    {
      resourceType: "Patient",
      id: runner.id,
      active: runner.dischargedOn == null,
      name: [{ text: runner.name }],
      telecom: [{ system: "email", value: runner.email }],
    },
    ...scores.map((s) => ({
      resourceType: "Observation",
      id: derivedUuid(`pain:${s.sourceId}:${s.context}`),
      status: "final",
      category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }] }],
      code: { coding: [{ system: "http://loinc.org", code: PAIN_LOINC, display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }], text: "Pain score (0-10)" },
      subject: patient,
      effectiveDateTime: s.date,
      valueInteger: s.value,
      component: [
        {
          code: { coding: [{ system: `${STRIDEBACK_SYSTEM}/observation-component`, code: "pain-context", display: "When the pain was felt" }] },
          valueCodeableConcept: { coding: [{ system: `${STRIDEBACK_SYSTEM}/pain-context`, code: s.context, display: CONTEXT_DISPLAY[s.context] }], text: CONTEXT_DISPLAY[s.context] },
        },
      ],
    })),
    ...answers.map((a) => ({
      resourceType: "Observation",
      id: derivedUuid(`symptom:${a.sourceId}:${a.symptom}`),
      status: "final",
      category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }] }],
      code: { coding: [{ system: `${STRIDEBACK_SYSTEM}/symptom`, code: a.symptom, display: SYMPTOM_DISPLAY[a.symptom] }], text: SYMPTOM_DISPLAY[a.symptom] },
      subject: patient,
      effectiveDateTime: a.date,
      valueBoolean: a.value,
    })),
    ...Object.values(INSTRUMENTS).map(questionnaireOf),
    ...fills.flatMap((f) => {
      const instrument = INSTRUMENTS[f.instrument];
      const responseId = derivedUuid(`${f.instrument}-response:${f.id}`);
      return [
        responseOf(instrument, { id: responseId, date: f.date, answers: f.answers, named: f.activities }, patient),
        // The LEFS total keeps its row's id, as before the other measures joined it.
        scoreObservation(instrument, { id: f.instrument === "lefs" ? f.id : derivedUuid(`${f.instrument}-score:${f.id}`), responseRef: urn(responseId), date: f.date, score: f.score }, patient),
      ];
    }),
  ];
  if (programme.plan) {
    resources.push({
      resourceType: "CarePlan",
      id: derivedUuid(`careplan:${runner.id}:${programme.plan.title}:${programme.plan.version}`),
      status: "active",
      intent: "plan",
      title: programme.plan.title,
      ...(programme.plan.goal ? { description: programme.plan.goal } : {}),
      subject: patient,
      period: { start: programme.plan.effectiveFrom },
      activity: programme.items.map((item) => ({
        detail: {
          code: { text: item.exercise.name },
          status: "in-progress",
          description: `${doseLabel(item.prescription)}. ${item.exercise.instructions}`,
        },
      })),
    });
  }
  const bundle = {
    resourceType: "Bundle",
    id: derivedUuid(`bundle:${runner.id}:${now().toISOString()}`),
    type: "collection",
    timestamp: now().toISOString(),
    // A Questionnaire is addressed by its canonical url; everything else by the uuid derived from its row.
    entry: resources.map((resource) => ({ fullUrl: typeof resource.url === "string" ? resource.url : urn(resource.id), resource })),
  };
  return { runnerName: runner.name, date: todayIn(runner.timeZone), bundle };
}
