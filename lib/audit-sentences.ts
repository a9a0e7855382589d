import type { AuditRow } from "@/lib/data/audit-trail";

/*
 * The audit log in sentences: "Maya Patel opened Alex Runner's record", "StrideBack sent a reminder to
 * Alex Runner". Who did it is the person signed in, or StrideBack itself for what the jobs do; an event
 * with nobody signed in (a failed sign-in) is "someone not signed in".
 */

type Phrase = (runner: string) => string;
const of = (runner: string) => (runner ? `${runner}'s` : "a runner's");
const to = (runner: string) => (runner ? ` to ${runner}` : "");
const forRunner = (runner: string) => (runner ? ` for ${runner}` : "");

const PHRASES: Record<string, Phrase> = {
  "runner.view": (r) => `opened ${of(r)} record`,
  "messages.view": (r) => `read the messages with ${r || "a runner"}`,
  "caseload.view": () => "opened the caseload",
  "runner.create": (r) => `added ${r || "a runner"} and sent an invite`,
  "runner.discharge": (r) => `discharged ${r || "a runner"}`,
  "runner.readmit": (r) => `re-admitted ${r || "a runner"}`,
  "runner.reviewed": (r) => `marked ${of(r)} record reviewed`,
  "invite.issue": (r) => `sent a new invite${to(r)}`,
  "profile.update": (r) => `edited ${of(r)} profile`,
  "profile.time_zone": () => "changed their time zone",
  "pain_rules.update": (r) => `changed ${of(r)} pain limits`,
  "plan.create": (r) => `created a plan${forRunner(r)}`,
  "plan.revise": (r) => `revised ${of(r)} plan`,
  "plan.end": (r) => `ended ${of(r)} plan`,
  "plan.phase_approve": (r) => `approved the next phase of ${of(r)} plan`,
  "plan.phase_hold": (r) => `held the next phase of ${of(r)} plan`,
  "plan.phase_step_back": (r) => `stepped ${of(r)} plan back a phase`,
  "plan.phase_auto": (r) => `moved ${of(r)} plan to its next phase, as it was set to`,
  "plan.phase_auto_step_back": (r) => `stepped ${of(r)} plan back a phase, as it was set to`,
  "plan.self_progressing": (r) => `changed whether ${of(r)} plan progresses by itself`,
  "template.create": () => "saved a plan as a template",
  "ladder.start": (r) => `started ${of(r)} walk-run ladder`,
  "ladder.end": (r) => `ended ${of(r)} walk-run ladder`,
  "ladder.up": (r) => `stepped ${of(r)} walk-run ladder up`,
  "ladder.down": (r) => `stepped ${of(r)} walk-run ladder down`,
  "ladder.hold": (r) => `held ${of(r)} walk-run ladder`,
  "clinic.ladder": () => "changed the clinic's walk-run ladder",
  "clinic.update": () => "changed the clinic's details",
  "note.create": (r) => `wrote a note${forRunner(r)}`,
  "note.update": (r) => `edited a note${forRunner(r)}`,
  "lefs.schedule": (r) => `scheduled the LEFS questionnaire${forRunner(r)}`,
  "lefs.stop": (r) => `stopped the LEFS questionnaire${forRunner(r)}`,
  "lefs.fill": () => "filled in the LEFS questionnaire",
  "measure.schedule": (r) => `scheduled an outcome measure${forRunner(r)}`,
  "measure.stop": (r) => `stopped an outcome measure${forRunner(r)}`,
  "measure.ask_discharge": (r) => `asked ${r || "a runner"} for the discharge measures`,
  "measure.fill": () => "filled in an outcome questionnaire",
  "message.send": (r) => `sent a message in ${of(r)} conversation`,
  "run.create": () => "logged a run",
  "run.update": () => "edited a run",
  "run.delete": () => "deleted a run",
  "run.file_add": () => "added a watch's file to a run",
  "run_file.read": () => "read a run file from a watch",
  "run_file.discard": () => "discarded a run file",
  "session.create": () => "logged an exercise session",
  "session.update": () => "edited an exercise session",
  "session.delete": () => "deleted an exercise session",
  "checkin.create": () => "did the morning check-in",
  "checkin.update": () => "changed a morning check-in",
  "checkin.delete": () => "deleted a morning check-in",
  "red_flag.report": (r) => `reported a red flag${r ? ` (${r})` : ""}`,
  "red_flag.screen": () => "answered the red-flag questions: none of the signs",
  "red_flag.resolve": (r) => `closed a red flag${forRunner(r)}`,
  "care.handover": (r) => `handed ${r || "a runner"} over to a colleague`,
  "care.cover_start": (r) => `added a colleague to cover ${r || "a runner"}`,
  "care.cover_end": (r) => `ended a colleague's cover of ${r || "a runner"}`,
  "clinician.invite": () => "invited a colleague",
  "clinician.join": () => "joined the clinic",
  "clinician.deactivate": () => "deactivated a colleague's account",
  "clinician.reactivate": () => "reactivated a colleague's account",
  "clinician.admin_grant": () => "made a colleague an admin",
  "clinician.admin_remove": () => "removed a colleague's admin rights",
  "exercise.create": () => "added an exercise to the library",
  "exercise.update": () => "edited an exercise in the library",
  "exercise.copy": () => "copied a library exercise to edit",
  "exercise.media.add": () => "added a photo or video to an exercise",
  "exercise.media.remove": () => "removed a photo or video from an exercise",
  "reminders.update": () => "changed their reminders",
  "push.subscribe": () => "turned on notifications on a phone",
  "push.unsubscribe": () => "turned off notifications on a phone",
  "auth.sign_in": () => "signed in",
  "auth.sign_out": () => "signed out",
  "auth.sign_in_failed": () => "failed to sign in",
  "auth.lock": () => "was locked out after repeated failed sign-ins",
  "auth.password_change": () => "changed their password",
  "auth.password_reset_request": () => "asked for a password reset link",
  "auth.password_reset": () => "reset their password",
  "second_factor.enrol": () => "turned on two-step sign-in",
  "second_factor.verify": () => "signed in with a two-step code",
  "second_factor.disable": () => "turned off two-step sign-in",
  "second_factor.admin_reset": () => "reset a colleague's two-step sign-in",
  "account.close": (r) => `closed ${of(r)} account`,
  "account.deidentify": (r) => `removed the identifying data of ${r || "a closed account"} (name, email, notes, messages and files) at the end of the retention period`,
  "data_export.request": (r) => `asked for a copy of ${of(r)} data`,
  "data_export.ready": (r) => `prepared a copy of ${of(r)} data`,
  "data_export.download": (r) => `downloaded a copy of ${of(r)} data`,
  "clinic.retention": () => "changed how long closed accounts' records are kept",
};

const NOTIFY: Record<string, string> = {
  exercise: "an exercise reminder",
  checkin: "a check-in reminder",
  nudge: "a nudge after days without a log",
  digest: "the daily caseload digest",
  message: "a new-message notice",
  account: "an account email",
  invite: "an invite",
  red_flag: "a red-flag alert",
  data_export: "a notice that a data archive is ready",
};

const EXPORTS: Record<string, string> = {
  fhir: "the health record (FHIR)",
  "logs-csv": "the logs as CSV",
  "caseload-csv": "the caseload's logs as CSV",
  "programme-pdf": "the home programme (PDF)",
  "report-pdf": "the progress report (PDF)",
  "discharge-summary-pdf": "the discharge summary (PDF)",
};

function phrase(action: string, runner: string): string {
  const known = PHRASES[action];
  if (known) return known(runner);
  if (action.startsWith("notify.")) return `sent ${NOTIFY[action.slice(7)] ?? "a message"}${to(runner)}`;
  if (action.startsWith("export.")) return `downloaded ${EXPORTS[action.slice(7)] ?? "an export"}${forRunner(runner)}`;
  return `did "${action}"${forRunner(runner)}`;
}

/** Who did it, in words. */
export function auditActor(row: Pick<AuditRow, "action" | "actorName">): string {
  if (row.actorName) return row.actorName;
  return row.action.startsWith("auth.") ? "Someone not signed in" : "StrideBack";
}

/** One audit event as a sentence. `times` > 1 for a run of the same view grouped into one line. */
export function auditSentence(row: Pick<AuditRow, "action" | "actorName" | "runnerName">, times = 1): string {
  const sentence = `${auditActor(row)} ${phrase(row.action, row.runnerName ?? "")}`;
  return times > 1 ? `${sentence} ${times} times` : sentence;
}

export interface AuditLine extends AuditRow {
  /** How many events the line stands for: repeated views of one record by one person in a row are one line. */
  times: number;
  /** The earliest of them (`at` is the latest). */
  firstAt: Date;
}

/** Consecutive views of the same record by the same person become one line ("… 5 times"); every change stays its own line. */
export function groupRepeatedViews(rows: AuditRow[]): AuditLine[] {
  const lines: AuditLine[] = [];
  for (const row of rows) {
    const last = lines.at(-1);
    if (last && row.action.endsWith(".view") && last.action === row.action && last.actorName === row.actorName && last.runnerId === row.runnerId) {
      last.times += 1;
      last.firstAt = row.at;
    } else lines.push({ ...row, times: 1, firstAt: row.at });
  }
  return lines;
}
