/*
 * The README of a runner's data archive: what each file is, and each table's fields, in plain words. Every
 * table that can hold a row about a runner has its sentence here; a test fails when one is added without
 * it (lib/data/data-exports.int.test.ts).
 */
export const TABLE_WORDS: Record<string, string> = {
  users: "Your account: name, email, role, clinic, when it was made and when it was closed. Your password is never included.",
  runner_profiles: "What your physio recorded at intake: presentation, side, goal, start date, usual pain, time zone, discharge.",
  care_team: "Which clinicians look after you, and any colleague's cover with its last day.",
  invites: "The invitations sent to you to join (their links are not included).",
  auth_sessions: "Where and when you were signed in: each session's start, last use and end.",
  push_subscriptions: "The phones where you turned notifications on (their keys are not included).",
  reminder_settings: "Your reminder choices: days, times, email or not.",
  deliveries: "Every reminder, notification and email StrideBack sent you, and how.",
  plans: "Your exercise plans: title, goal, dates, who wrote them.",
  plan_versions: "Each version and phase of a plan, with why it began.",
  prescriptions: "The exercises in each plan version, with their doses.",
  session_logs: "Every session you logged: exercise or run, date, pain during, after and the next morning, effort, distance, time, notes.",
  exercise_results: "For each logged exercise session, what you did of each exercise.",
  morning_checkins: "Your morning check-ins: pain on waking, stiffness, and the nerve questions.",
  run_files: "The run files from your watch and what was read from them (distance, time, heart rate). The files themselves are in files/.",
  runner_pain_rules: "Any change your physio made to the pain rules for you, with the reason.",
  run_ladders: "Your walk-run return to running: the ladder and where you were on it.",
  ladder_moves: "Each step up or down the walk-run ladder, with why.",
  red_flag_reports: "Your answers to the red-flag questions, what was found and what your clinician did about it.",
  lefs_responses: "Your Lower Extremity Functional Scale answers and scores.",
  measure_schedules: "Which questionnaires your physio scheduled for you, and when.",
  measure_responses: "Your other questionnaire answers (PSFS, GROC) and their scores.",
  episodes: "Each episode of care that ended in a discharge, with its summary as written then.",
  messages: "Your conversation with your care team.",
  message_reads: "How far you and your clinicians had read your conversation.",
  clinician_notes: "Your clinicians' notes about your care.",
  runner_triage: "The roster's last summary of how you were doing (the light and what needs attention).",
  runner_series: "Stored chart series of your pain, drawn from your logs.",
  audit_log: "The audit trail: who read or changed your record, and when, including your own actions.",
  data_exports: "Your data archives: when each was asked for, made and removed.",
  account_closures: "If your account was closed: when, by whom, and until when your clinic keeps the record.",
  account_tokens: "One-time links for your account, such as a password reset (the links are not included).",
  recovery_codes: "Whether you have second-factor recovery codes (the codes are not included).",
};

export function readme(input: { name: string; at: Date; tables: Record<string, { name: string; type: string }[]>; counts: Record<string, number>; files: string[] }): string {
  const tables = Object.keys(input.tables).sort();
  return [
    `# Your StrideBack data`,
    "",
    `Everything StrideBack holds about ${input.name}, as it was on ${input.at.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    "",
    "## Files",
    "",
    "- `records/*.json`: every record about you, one file per kind of record, as stored (described below).",
    "- `fhir-bundle.json`: your pain scores, symptoms, questionnaires and programme in HL7 FHIR R4, the format health records use to exchange data.",
    "- `logs.csv`: every session and check-in as a spreadsheet, one row each.",
    `- \`files/\`: your run files as uploaded from your watch (${input.files.length}).`,
    "",
    "Dates are in your time zone's calendar (YYYY-MM-DD); instants are UTC (ISO 8601). Pain and effort are 0 to 10. Distances are kilometres.",
    "",
    "## Records",
    "",
    ...tables.flatMap((table) => [
      `### ${table}.json (${input.counts[table] ?? 0})`,
      "",
      TABLE_WORDS[table] ?? "",
      "",
      ...input.tables[table]!.map((column) => `- \`${column.name}\` (${column.type})`),
      "",
    ]),
  ].join("\n");
}
