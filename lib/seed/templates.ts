import type { Presentation } from "@/db/schema";

/*
 * Clinic templates seeded from the protocols in the source articles (Askling, Nordic, nerve glides). Items name exercises by library key; the dose is
 * what the template prescribes (it may differ from the exercise's default).
 */
export interface TemplateItemSeed {
  exercise: string;
  sets: number;
  /** One of these four per set. */
  reps?: number;
  holdSeconds?: number;
  durationSeconds?: number;
  distanceMetres?: number;
  daysPerWeek: number;
  timesPerDay?: number;
  notes?: string;
}
export interface TemplatePhaseSeed {
  label: string;
  weeks: number | null;
  items: TemplateItemSeed[];
}
export interface TemplateSeed {
  name: string;
  presentation: Presentation;
  description: string;
  phases: TemplatePhaseSeed[];
}

export const templateSeeds: TemplateSeed[] = [
  {
    name: "Acute hamstring strain (Askling L-protocol)",
    presentation: "hamstring_strain",
    description:
      "Lengthening exercises for an acute strain. Return to play was a mean 28 days against 51 for conventional rehab.",
    phases: [
      {
        label: "Weeks 1-2: settle and load",
        weeks: 2,
        items: [
          { exercise: "askling-extender", sets: 3, reps: 12, daysPerWeek: 7, timesPerDay: 2 },
          { exercise: "isometric-hold", sets: 5, holdSeconds: 30, daysPerWeek: 7 },
          { exercise: "glute-bridge", sets: 3, reps: 12, daysPerWeek: 3 },
        ],
      },
      {
        label: "Weeks 3-4: full L-protocol and walk-run",
        weeks: null,
        items: [
          { exercise: "askling-extender", sets: 3, reps: 12, daysPerWeek: 7, timesPerDay: 2 },
          { exercise: "askling-diver", sets: 3, reps: 6, daysPerWeek: 3, notes: "Every other day." },
          { exercise: "askling-glider", sets: 3, reps: 4, daysPerWeek: 2, notes: "Every third day." },
          { exercise: "walk-run", sets: 6, durationSeconds: 180, daysPerWeek: 3, notes: "Each 3 minutes: 1 minute easy running, 2 minutes walking." },
        ],
      },
    ],
  },
  {
    name: "Adverse neural tension (nerve glides, no stretching)",
    presentation: "neural_tension",
    description:
      "For 'tight hamstrings' that stretching does not help: glide the sciatic nerve to light tension, and do not stretch.",
    phases: [
      {
        label: "Glides and strength",
        weeks: null,
        items: [
          { exercise: "supine-glide", sets: 2, reps: 10, daysPerWeek: 7, notes: "Light tension only." },
          { exercise: "seated-slider", sets: 2, reps: 10, daysPerWeek: 7 },
          { exercise: "glute-bridge", sets: 3, reps: 12, daysPerWeek: 3 },
          { exercise: "walk-run", sets: 6, durationSeconds: 180, daysPerWeek: 3, notes: "Each 3 minutes: 1 minute easy running, 2 minutes walking." },
        ],
      },
    ],
  },
  {
    name: "Tight hamstrings (stretching and soft tissue around runs)",
    presentation: "tight_hamstrings",
    description: "Warm up, stretch before and after running, and roll the hamstrings.",
    phases: [
      {
        label: "Around every run",
        weeks: null,
        items: [
          { exercise: "leg-swings", sets: 2, reps: 15, daysPerWeek: 3, notes: "Before running." },
          { exercise: "standing-stretch", sets: 3, holdSeconds: 30, daysPerWeek: 5, notes: "Before and after running." },
          { exercise: "strap-stretch", sets: 3, holdSeconds: 30, daysPerWeek: 5 },
          { exercise: "foam-roll", sets: 2, holdSeconds: 60, daysPerWeek: 5 },
        ],
      },
    ],
  },
  {
    name: "Exercise-associated cramp (fluids, massage, stretching)",
    presentation: "cramp",
    description:
      "Cramps in hard or long training usually come with dehydration and low electrolytes: drink, including a sports drink with electrolytes on long or hot runs; ease the spasm with gentle massage; stretch before and after running. Sources: 'Deep Hamstring Ache From Running' (L. Ray) and 'Why are my hamstrings so tight?'. Refer if cramps come at rest or with weakness or numbness.",
    phases: [
      {
        label: "Around hard and long runs",
        weeks: null,
        items: [
          { exercise: "foam-roll", sets: 2, holdSeconds: 60, daysPerWeek: 3, notes: "Gentle massage of the hamstrings, not deep pressure on a muscle that has just cramped." },
          { exercise: "standing-stretch", sets: 3, holdSeconds: 30, daysPerWeek: 3, notes: "Before and after running." },
          { exercise: "strap-stretch", sets: 3, holdSeconds: 30, daysPerWeek: 3 },
          { exercise: "walk-run", sets: 6, durationSeconds: 180, daysPerWeek: 3, notes: "Drink before you start; take a sports drink with electrolytes on runs over an hour or in the heat." },
        ],
      },
    ],
  },
  {
    name: "Nordic hamstring progression",
    presentation: "hamstring_strain",
    description: "Four weeks of progressive Nordic hamstring exercise, then maintain.",
    phases: [
      { label: "Week 1", weeks: 1, items: [{ exercise: "nordic", sets: 2, reps: 5, daysPerWeek: 1 }] },
      { label: "Week 2", weeks: 1, items: [{ exercise: "nordic", sets: 2, reps: 6, daysPerWeek: 2 }] },
      { label: "Week 3", weeks: 1, items: [{ exercise: "nordic", sets: 3, reps: 7, daysPerWeek: 3, notes: "6-8 repetitions." }] },
      { label: "Week 4", weeks: 1, items: [{ exercise: "nordic", sets: 3, reps: 9, daysPerWeek: 3, notes: "8-10 repetitions." }] },
      { label: "Maintain", weeks: null, items: [{ exercise: "nordic", sets: 3, reps: 9, daysPerWeek: 1 }] },
    ],
  },
  {
    name: "Referred pain from the lower back",
    presentation: "referred_lumbar",
    description: "Spinal mobility, nerve glides and graded walking-running. Refer on if leg symptoms spread or weakness appears.",
    phases: [
      {
        label: "Mobility and glides",
        weeks: null,
        items: [
          { exercise: "press-up", sets: 2, reps: 10, daysPerWeek: 7 },
          { exercise: "cat-camel", sets: 2, reps: 10, daysPerWeek: 7 },
          { exercise: "supine-glide", sets: 2, reps: 10, daysPerWeek: 7 },
          { exercise: "walk-run", sets: 6, durationSeconds: 180, daysPerWeek: 3, notes: "Each 3 minutes: 1 minute easy running, 2 minutes walking." },
        ],
      },
    ],
  },
];
