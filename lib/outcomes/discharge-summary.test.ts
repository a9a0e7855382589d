import { describe, expect, it } from "vitest";
import { type DischargeSummary, deidentifiedSummary, resolutionLine } from "./discharge-summary";
import { summaryLines } from "./summary-lines";

const window = { from: "2026-01-05", to: "2026-01-18", sessions: 6, during: 3, after: 2.5 };
const summary: DischargeSummary = {
  runner: { name: "Priya Shah", presentation: "hamstring_strain", affectedSide: "left", goal: "Run the Leeds half with my brother" },
  startedOn: "2026-01-05",
  dischargedOn: "2026-03-02",
  dischargedBy: "Maya Patel",
  closingNote: "Moved to Leeds for her new job at the hospital.",
  template: null,
  plans: [{ title: "Hamstring strain", startDate: "2026-01-05", phases: [{ label: "Phase 1", from: "2026-01-05", because: "" }, { label: "Phase 2", from: "2026-02-02", because: "Her wedding is in May" }] }],
  pain: { first: window, last: { ...window, from: "2026-02-17", to: "2026-03-02", after: 0.5 }, change: { from: 2.5, to: 0.5, points: -2, trend: "improving" } },
  daysToPainFree: 35,
  measures: [{ id: "groc", short: "GROC", name: "Global Rating of Change", first: { date: "2026-03-02", score: 5 }, last: { date: "2026-03-02", score: 5 }, points: 5, real: true, threshold: "MCID 3 points" }],
  running: { startedOn: "2026-02-09", steps: [{ step: 1, label: "1 min run, 2 min walk, x5", from: "2026-02-09", because: "Night shifts this week" }] },
  redFlags: [
    {
      reported: "week 2",
      signs: "Foot drop",
      resolution: resolutionLine({ resolution: "referred-doctor", note: "Dr Okafor at St James's, seen on Friday", by: "Maya Patel" }),
      flag: { reportedAt: "2026-01-15T09:30:00.000Z", timeZone: "Europe/London", signs: ["foot-drop"], resolution: "referred-doctor", note: "Dr Okafor at St James's, seen on Friday", by: "Maya Patel" },
    },
    { reported: "week 5", signs: "Saddle numbness", resolution: resolutionLine({ resolution: "called", note: null, by: "Maya Patel" }) },
    { reported: "week 6", signs: "Foot drop", resolution: resolutionLine({ resolution: null, note: null, by: null }) },
  ],
  adherence: { done: 30, prescribed: 36 },
};

describe("a discharge summary past its retention period", () => {
  const after = deidentifiedSummary(summary, { name: "Former runner", removed: "[removed]" });

  it("says nothing a person wrote and does not name the runner", () => {
    const text = JSON.stringify(after);
    for (const said of ["Priya", "Leeds", "hospital", "wedding", "Night shifts", "Okafor", "St James"]) expect(text).not.toContain(said);
    expect(after.runner).toMatchObject({ name: "Former runner", goal: "" });
    expect(after.closingNote).toBe("[removed]");
    expect(after.plans[0]!.phases.map((p) => p.because)).toEqual(["", "[removed]"]);
    expect(after.running!.steps[0]!.because).toBe("[removed]");
  });

  it("keeps each red flag's resolution without its note, and every date, measure and number", () => {
    expect(after.redFlags.map((f) => f.resolution)).toEqual(["Referred to a doctor or specialist, by Maya Patel", "Called the runner, by Maya Patel", "Still open at discharge"]);
    expect(after.redFlags[0]!.flag).toMatchObject({ resolution: "referred-doctor", note: null, by: "Maya Patel", signs: ["foot-drop"] });
    const { startedOn, dischargedOn, dischargedBy, pain, daysToPainFree, measures, adherence } = summary;
    expect(after).toMatchObject({ startedOn, dischargedOn, dischargedBy, pain, daysToPainFree, measures, adherence });
    expect(after.runner).toMatchObject({ presentation: "hamstring_strain", affectedSide: "left" });
    expect(after.plans[0]).toMatchObject({ title: "Hamstring strain", startDate: "2026-01-05" });
    expect(after.running!.steps[0]).toMatchObject({ step: 1, from: "2026-02-09" });
  });
});

describe("a discharge summary read in Spanish", () => {
  const { title, subtitle, sections } = summaryLines(summary, "es");
  const section = (n: number) => sections[n]!.lines.join(" ");

  it("words its own sentences, dates and numbers in Spanish and keeps what the clinician wrote as written", () => {
    expect(title).toBe("Informe de alta: Priya Shah");
    expect(subtitle).toMatch(/^Rotura de isquiotibiales, izquierdo\. Atención del lun, 5 ene al lun, 2 mar \(unas 8 semanas\), alta dada por Maya Patel\.$/);
    expect(sections.map((s) => s.heading)).toEqual(["Planes y fases", "El dolor a lo largo del episodio", "Medidas de resultado", "Vuelta a correr", "Señales de alarma", "Adherencia", "Nota de cierre"]);
    expect(section(0)).toContain("Phase 2, desde el lun, 2 feb: Her wedding is in May.");
    expect(section(1)).toMatch(/2,5 de media en las dos primeras semanas y de 0,5 en las dos últimas: una mejoría real/);
    expect(section(2)).toBe("Escala Global de Cambio: GROC +5 (Bastante mejor) el lun, 2 mar; un cambio real (MCID de 3 puntos).");
    expect(section(5)).toBe("30 de 36 sesiones de ejercicio prescritas hechas (83 %).");
    expect(sections[6]!.lines).toEqual(["Moved to Leeds for her new job at the hospital."]);
  });

  it("words a red flag kept whole in Spanish, and one kept only as its English sentence as it was", () => {
    const [whole, older] = sections[4]!.lines;
    expect(whole).toMatch(/el pie cae o golpea el suelo\. Lo derivó a un médico o especialista \(Dr Okafor at St James's, seen on Friday\), por Maya Patel\.$/i);
    expect(older).toBe("week 5: Saddle numbness. Called the runner, by Maya Patel.");
  });
});
