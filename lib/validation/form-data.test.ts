import { fieldErrors } from "./fields";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseForm, readForm } from "./form-data";
import { checkinSchema, runLogSchema, sessionFormToObject, sessionLogSchema } from "./logs";

/* Every log form goes through readForm and parseForm: an omitted, blank or doubled field is refused, never 0. */
const rx = randomUUID();
const forms = {
  run: { schema: runLogSchema, fields: { clientId: randomUUID(), date: "2026-11-20", distanceKm: "5", durationMinutes: "30", rpe: "4", painDuring: "2", painAfter: "3", notes: "" }, lists: [] as string[] },
  checkin: { schema: checkinSchema, fields: { clientId: randomUUID(), date: "2026-11-20", pain: "1", stiffness: "2" }, lists: [] as string[] },
  session: {
    schema: sessionLogSchema,
    fields: { clientId: randomUUID(), date: "2026-11-20", durationMinutes: "20", rpe: "3", painAfter: "2", notes: "", prescriptionId: rx, [`done:${rx}`]: "yes", [`sets:${rx}`]: "2", [`reps:${rx}`]: "10", [`pain:${rx}`]: "1" },
    lists: ["prescriptionId"],
  },
};

function post(fields: Record<string, string>, extra: [string, string][] = []) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  for (const [k, v] of extra) data.append(k, v);
  return data;
}

function parse(kind: keyof typeof forms, data: FormData) {
  const form = forms[kind];
  const read = readForm(data, form.lists);
  return kind === "session" ? parseForm(read, sessionLogSchema, sessionFormToObject(read)) : parseForm(read, form.schema as typeof runLogSchema);
}

const required = { run: ["painDuring", "painAfter", "rpe", "durationMinutes", "distanceKm", "date"], checkin: ["pain", "date"], session: ["painAfter", "rpe", "durationMinutes", "date"] } as const;

describe.each(Object.keys(forms) as (keyof typeof forms)[])("the %s form", (kind) => {
  it("accepts a complete form", () => {
    expect(parse(kind, post(forms[kind].fields)).success).toBe(true);
  });

  it.each(required[kind])("refuses %s when it is missing, empty or blank, with an error beside it", (field) => {
    for (const value of [undefined, "", "   "]) {
      const fields: Record<string, string> = { ...forms[kind].fields };
      if (value === undefined) delete fields[field];
      else fields[field] = value;
      const result = parse(kind, post(fields));
      expect(result.success).toBe(false);
      // Missing reads as missing ("Enter pain after."), not as out of range.
      const errors = fieldErrors(result.error!) as Record<string, string[]>;
      expect(errors[field]![0]).toMatch(/^Enter /);
    }
  });

  it("refuses a field sent twice, beside that field", () => {
    const field = required[kind][0];
    const result = parse(kind, post(forms[kind].fields, [[field, "0"]]));
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ [field]: ["This was sent twice. Reload the page and try again."] });
    expect(fieldErrors(result.error!, "es")).toEqual({ [field]: ["Esto se ha enviado dos veces. Recarga la página y vuelve a intentarlo."] });
  });
});

describe("the session form's per-exercise fields", () => {
  it("stores an omitted pain during as not recorded, never as 0", () => {
    const fields: Record<string, string> = { ...forms.session.fields };
    delete fields[`pain:${rx}`];
    const read = readForm(post(fields), forms.session.lists);
    const result = parseForm(read, sessionLogSchema, sessionFormToObject(read));
    expect(result.success).toBe(true);
    expect(result.data!.results[0]!.painDuring).toBeUndefined();
  });

  it("reads the checklist: a ticked row is done, an unticked one due today is skipped, another unticked one is left out", () => {
    const [due, other] = [randomUUID(), randomUUID()];
    const fields = { ...forms.session.fields, painDuring: "2" };
    const read = readForm(
      post(fields, [["prescriptionId", due], [`ifUnticked:${due}`, "no"], ["prescriptionId", other], [`ifUnticked:${other}`, "omit"]]),
      forms.session.lists,
    );
    const result = parseForm(read, sessionLogSchema, sessionFormToObject(read));
    expect(result.data!.painDuring).toBe(2);
    expect(result.data!.results.map((r) => [r.prescriptionId, r.done])).toEqual([
      [rx, true],
      [due, false],
    ]);
  });

  it("stores an omitted session pain during as missing, never as 0", () => {
    const result = parse("session", post(forms.session.fields));
    expect(result.success).toBe(true);
    expect(result.data!.painDuring).toBeUndefined();
  });

  it("refuses the same exercise twice in one session", () => {
    const result = parse("session", post(forms.session.fields, [["prescriptionId", rx]]));
    expect(result.success).toBe(false);
  });
});

describe("edges", () => {
  it.each([
    ["a NUL byte in the notes", { notes: "sore\u0000" }, "notes", "Remove the invisible control characters from this text."],
    ["year 0000", { date: "0000-01-01" }, "date", "Enter a date between 2000 and 2099."],
    ["year 9999", { date: "9999-12-31" }, "date", "Enter a date between 2000 and 2099."],
    ["year 0001", { date: "0001-01-01" }, "date", "Enter a date between 2000 and 2099."],
  ])("refuses %s beside the field", (_label, change, field, message) => {
    const result = parse("run", post({ ...forms.run.fields, ...change }));
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toMatchObject({ [field]: [message] });
  });
});
