/*
 * The roster: a clinician's caseload ranked by who needs attention. judge.ts reads each runner's rows and
 * judges them with lib/rules (the triage, the progression); pages.ts keeps those judgements as stored
 * summaries and serves a page of them sorted and filtered in SQL; view.ts reads the page's URL.
 */
export { type CaseloadRow, getRunnerTriage, judgeCaseload } from "./judge";
export type { LastRun } from "./last-run";
export { getOwnStatus, getOwnSummary, getRosterPage, listCaseload, onRoster, type RosterPage, type RosterRow } from "./pages";
export { PAGE_SIZE, readView, type RosterView, type Sort, SORTS } from "./view";
