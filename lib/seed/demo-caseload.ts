import type { Presentation } from "@/db/schema";

/*
 * The demo clinic: two clinicians and ten runners spread over the five presentations StrideBack starts from, each with
 * a trajectory that exercises the triage: improving, worsening, stopped logging, a red next-morning flare.
 */

export const DEMO_PASSWORD = "strideback-demo";
export const DEMO_CLINIC = "Riverside Sports Physio";
/** A number from the range Ofcom keeps for drama: it rings nobody. */
export const DEMO_CLINIC_PHONE = "020 7946 0321";
/** The demo clinic and its runners keep London's calendar. */
export const DEMO_TIME_ZONE = "Europe/London";

/** The clinic's lead, its admin: manages colleagues and sees every runner, but has no caseload of their own. */
export const demoAdmin = { name: "Riley Shaw", email: "riley@riverside.example" } as const;

export const demoClinicians = [
  { key: "maya", name: "Maya Patel", email: "maya@riverside.example" },
  { key: "sam", name: "Sam Okafor", email: "sam@riverside.example" },
] as const;

export type Trajectory = "improving" | "worsening" | "stopped" | "flare" | "steady" | "fluctuating";

export interface DemoRunner {
  name: string;
  email: string;
  clinician: (typeof demoClinicians)[number]["key"];
  presentation: Presentation;
  side: "left" | "right" | "both";
  goal: string;
  weeks: number;
  template: string;
  trajectory: Trajectory;
  /** Share of prescribed sessions actually done. */
  adherence: number;
  runsPerWeek: number;
  usualPain: number;
}

export const demoRunners: DemoRunner[] = [
  {
    name: "Alex Morgan",
    email: "alex@runner.example",
    clinician: "maya",
    presentation: "neural_tension",
    side: "left",
    goal: "Back to 10 km pain-free",
    weeks: 10,
    template: "Adverse neural tension (nerve glides, no stretching)",
    trajectory: "improving",
    adherence: 0.85,
    runsPerWeek: 3,
    usualPain: 1,
  },
  {
    name: "Jordan Lee",
    email: "jordan@runner.example",
    clinician: "maya",
    presentation: "hamstring_strain",
    side: "right",
    goal: "Race the club 5 km in March",
    weeks: 8,
    template: "Acute hamstring strain (Askling L-protocol)",
    trajectory: "improving",
    adherence: 0.9,
    runsPerWeek: 2,
    usualPain: 0,
  },
  {
    name: "Priya Shah",
    email: "priya@runner.example",
    clinician: "maya",
    presentation: "tight_hamstrings",
    side: "both",
    goal: "Half marathon without tightness",
    weeks: 12,
    template: "Tight hamstrings (stretching and soft tissue around runs)",
    trajectory: "worsening",
    adherence: 0.8,
    runsPerWeek: 4,
    usualPain: 1,
  },
  {
    name: "Ben Carter",
    email: "ben@runner.example",
    clinician: "maya",
    presentation: "referred_lumbar",
    side: "left",
    goal: "Run to work again",
    weeks: 9,
    template: "Referred pain from the lower back",
    trajectory: "stopped",
    adherence: 0.7,
    runsPerWeek: 2,
    usualPain: 2,
  },
  {
    name: "Chloe Dubois",
    email: "chloe@runner.example",
    clinician: "maya",
    presentation: "hamstring_strain",
    side: "left",
    goal: "Back to track sessions",
    weeks: 8,
    template: "Acute hamstring strain (Askling L-protocol)",
    trajectory: "flare",
    adherence: 0.9,
    runsPerWeek: 3,
    usualPain: 0,
  },
  {
    name: "Tom Becker",
    email: "tom@runner.example",
    clinician: "sam",
    presentation: "cramp",
    side: "right",
    goal: "Finish the marathon without cramping",
    weeks: 8,
    template: "Exercise-associated cramp (fluids, massage, stretching)",
    trajectory: "improving",
    adherence: 0.75,
    runsPerWeek: 4,
    usualPain: 0,
  },
  {
    name: "Nina Rossi",
    email: "nina@runner.example",
    clinician: "sam",
    presentation: "neural_tension",
    side: "right",
    goal: "10 km trail race",
    weeks: 11,
    template: "Adverse neural tension (nerve glides, no stretching)",
    trajectory: "improving",
    adherence: 0.95,
    runsPerWeek: 3,
    usualPain: 1,
  },
  {
    name: "Omar Haddad",
    email: "omar@runner.example",
    clinician: "sam",
    presentation: "tight_hamstrings",
    side: "left",
    goal: "Keep running 30 km a week",
    weeks: 10,
    template: "Tight hamstrings (stretching and soft tissue around runs)",
    trajectory: "steady",
    adherence: 0.8,
    runsPerWeek: 4,
    usualPain: 1,
  },
  {
    name: "Lena Fischer",
    email: "lena@runner.example",
    clinician: "sam",
    presentation: "hamstring_strain",
    side: "right",
    goal: "Prevent a second strain this season",
    weeks: 9,
    template: "Nordic hamstring progression",
    trajectory: "improving",
    adherence: 0.85,
    runsPerWeek: 3,
    usualPain: 0,
  },
  {
    name: "Kai Nakamura",
    email: "kai@runner.example",
    clinician: "sam",
    presentation: "referred_lumbar",
    side: "right",
    goal: "Sit through a workday and run after it",
    weeks: 12,
    template: "Referred pain from the lower back",
    trajectory: "fluctuating",
    adherence: 0.65,
    runsPerWeek: 2,
    usualPain: 2,
  },
];

/** Days since the runner's last entry, for the one who stopped logging. */
export const STOPPED_SILENCE_DAYS = 18;

/** The runner's typical pain on a day, 0 (first day) to 1 (yesterday) through their history. */
export function basePain(trajectory: Trajectory, progress: number): number {
  switch (trajectory) {
    case "improving":
    case "stopped":
    case "flare":
      return 5.5 - 4.5 * progress;
    case "worsening":
      return progress < 0.6 ? 2.5 - progress : 1.9 + (progress - 0.6) * 11;
    case "steady":
      return 1.8;
    case "fluctuating":
      return 3.2 + 1.5 * Math.sin(progress * 14);
  }
}
