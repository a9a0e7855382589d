import { describe, expect, it } from "vitest";
import { PAGE_SIZE, viewCaseload } from "./caseload-view";

const row = (name: string, over: Partial<Parameters<typeof viewCaseload>[0][number]> = {}) => ({
  name,
  presentation: "cramp" as const,
  planTitle: null,
  lastLogDate: null,
  lastPainDuring: null,
  completion: null,
  ...over,
});

describe("viewCaseload", () => {
  const rows = [row("Zoe", { lastPainDuring: 2 }), row("adam", { presentation: "neural_tension", lastPainDuring: 7 }), row("Mia")];

  it("keeps triage order by default", () => {
    expect(viewCaseload(rows, {}).rows.map((r) => r.name)).toEqual(["Zoe", "adam", "Mia"]);
  });

  it("searches by name, ignoring case, and filters by presentation", () => {
    expect(viewCaseload(rows, { q: "AD" }).rows.map((r) => r.name)).toEqual(["adam"]);
    expect(viewCaseload(rows, { presentation: "neural_tension" }).total).toBe(1);
  });

  it("sorts by a column either way, empty values last", () => {
    expect(viewCaseload(rows, { sort: "pain", dir: "desc" }).rows.map((r) => r.name)).toEqual(["adam", "Zoe", "Mia"]);
    expect(viewCaseload(rows, { sort: "pain" }).rows.map((r) => r.name)).toEqual(["Zoe", "adam", "Mia"]);
    expect(viewCaseload(rows, { sort: "name" }).rows.map((r) => r.name)).toEqual(["adam", "Mia", "Zoe"]);
  });

  it("pages 300 runners", () => {
    const many = Array.from({ length: 300 }, (_, i) => row(`Runner ${i}`));
    const last = viewCaseload(many, { page: "6" });
    expect([last.pages, last.page, last.rows.length]).toEqual([300 / PAGE_SIZE, 6, PAGE_SIZE]);
    expect(viewCaseload(many, { page: "99" }).page).toBe(6);
  });
});
