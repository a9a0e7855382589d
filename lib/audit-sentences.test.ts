import { execSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { auditSentence, groupRepeatedViews } from "./audit-sentences";
import type { AuditRow } from "./data/audit-trail";

const row = (id: number, action: string, actorName: string | null, runnerName: string | null, minute: number): AuditRow => ({
  id,
  at: new Date(Date.UTC(2026, 11, 5, 9, minute)),
  action,
  actorName,
  actorRole: actorName ? "clinician" : null,
  runnerName,
  runnerId: runnerName,
});

describe("the audit log in sentences", () => {
  it("names the person and the runner, and StrideBack for what the jobs do", () => {
    expect(auditSentence(row(1, "runner.view", "Maya Patel", "Alex Runner", 0))).toBe("Maya Patel opened Alex Runner's record");
    expect(auditSentence(row(2, "notify.exercise", null, "Alex Runner", 0))).toBe("StrideBack sent an exercise reminder to Alex Runner");
    expect(auditSentence(row(3, "checkin.create", "Alex Runner", "Alex Runner", 0))).toBe("Alex Runner did the morning check-in");
    expect(auditSentence(row(4, "auth.sign_in_failed", null, null, 0))).toBe("Someone not signed in failed to sign in");
    expect(auditSentence(row(5, "export.fhir", "Maya Patel", "Alex Runner", 0))).toBe("Maya Patel downloaded the health record (FHIR) for Alex Runner");
    expect(auditSentence(row(6, "plan.revise", "Maya Patel", null, 0))).toBe("Maya Patel revised a runner's plan");
    expect(auditSentence(row(7, "runner.view", "Maya Patel", "Alex Runner", 0), 5)).toBe("Maya Patel opened Alex Runner's record 5 times");
  });

  it("says each sentence in the reader's language", () => {
    expect(auditSentence(row(1, "runner.view", "Maya Patel", "Alex Runner", 0), 1, "es")).toBe("Maya Patel abrió la ficha de Alex Runner");
    expect(auditSentence(row(2, "notify.exercise", null, "Alex Runner", 0), 1, "es")).toBe("StrideBack envió un recordatorio de ejercicios a Alex Runner");
    expect(auditSentence(row(3, "auth.sign_in_failed", null, null, 0), 1, "es")).toBe("Alguien sin sesión iniciada no consiguió iniciar sesión");
    expect(auditSentence(row(4, "export.report-pdf", "Maya Patel", "Alex Runner", 0), 3, "es")).toBe("Maya Patel descargó el informe de evolución (PDF) para Alex Runner 3 veces");
  });

  it("has a sentence for every action the code records, so no event code reaches the page", () => {
    const source = execSync("grep -rhoE 'recordAudit\\([^,]+, [^,]+, \"[a-z_.]+\"' lib app --include=*.ts --include=*.tsx", { encoding: "utf8" });
    const actions = [...new Set([...source.matchAll(/"([a-z_.]+)"$/gm)].map((m) => m[1]!))];
    expect(actions.length).toBeGreaterThan(40);
    const unphrased = actions.filter((a) => auditSentence(row(7, a, "Maya Patel", "Alex Runner", 0)).includes(`"${a}"`));
    expect(unphrased).toEqual([]);
  });

  it("groups consecutive views of one record by one person, and nothing else", () => {
    const rows = [
      row(5, "runner.view", "Maya Patel", "Alex Runner", 40),
      row(4, "runner.view", "Maya Patel", "Alex Runner", 30),
      row(3, "runner.view", "Maya Patel", "Alex Runner", 20),
      row(2, "note.create", "Maya Patel", "Alex Runner", 10),
      row(1, "runner.view", "Maya Patel", "Alex Runner", 0),
    ];
    const lines = groupRepeatedViews(rows);
    expect(lines.map((l) => auditSentence(l, l.times))).toEqual([
      "Maya Patel opened Alex Runner's record 3 times",
      "Maya Patel wrote a note for Alex Runner",
      "Maya Patel opened Alex Runner's record",
    ]);
    expect(lines[0]!.firstAt.toISOString()).toBe("2026-12-05T09:20:00.000Z");
    expect(groupRepeatedViews([row(2, "note.update", "Maya Patel", "Alex Runner", 1), row(1, "note.update", "Maya Patel", "Alex Runner", 0)])).toHaveLength(2);
  });
});
