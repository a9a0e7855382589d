import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { auditSentence, groupRepeatedViews } from "@/lib/audit-sentences";
import { actorOf, createCaseload } from "@/testing/factories";
import { recordRead } from "./audit";
import { listAuditTrail, parseAuditFilters } from "./audit-trail";

let db: Db;
beforeAll(async () => {
  db = await getDb();
}, 120_000);

describe("the clinic's audit trail", () => {
  it("reads as sentences with real times, repeated views on one line, and only to the clinic's own clinicians", async () => {
    const { clinician, runner } = await createCaseload(db);
    const maya = actorOf(clinician);
    for (let i = 0; i < 3; i++) await recordRead(maya, "runner.view", runner.id);

    const { rows, timeZone } = await listAuditTrail(maya, parseAuditFilters({ kind: "reads" }));
    expect(timeZone).toBeTruthy();
    // Both engines hand back a Date, so the page can format it in the clinic's zone.
    expect(rows.map((r) => r.at instanceof Date && !Number.isNaN(r.at.getTime()))).toEqual([true, true, true]);
    const lines = groupRepeatedViews(rows);
    expect(lines).toHaveLength(1);
    expect(auditSentence(lines[0]!, lines[0]!.times)).toBe(`${clinician.name} opened ${runner.name}'s record 3 times`);
    expect(lines[0]!.firstAt.getTime()).toBeLessThanOrEqual(lines[0]!.at.getTime());

    const other = await createCaseload(db);
    expect((await listAuditTrail(actorOf(other.clinician), parseAuditFilters({ kind: "reads" }))).rows).toEqual([]);
    expect((await listAuditTrail(actorOf(runner), parseAuditFilters({}))).rows).toEqual([]);
  });
});
