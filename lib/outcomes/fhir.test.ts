import { describe, expect, it } from "vitest";
import { errorsOf, fhirIssues } from "@/testing/fhir-validator";
import { answersOf, questionnaireOf, questionnaireUrl, responseOf } from "./fhir";
import { GROC, INSTRUMENTS, LEFS, PSFS } from "./instruments";

const subject = { reference: "urn:uuid:6f1c8f0e-8b1e-4c3e-9a57-1f0b9c7a2d11", display: "Runner" };
const fills = {
  lefs: { id: "a1c2e3f4-0000-4000-8000-000000000001", date: "2026-11-02", answers: [4, 3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 3, 2, 1, 0] },
  psfs: { id: "a1c2e3f4-0000-4000-8000-000000000002", date: "2026-11-02", answers: [3, 7], named: ["Running 10 km", "Sitting through a 2-hour drive"] },
  groc: { id: "a1c2e3f4-0000-4000-8000-000000000003", date: "2026-12-01", answers: [-3] },
};

describe("outcome measures in FHIR R4", () => {
  it("each instrument is a valid Questionnaire, and each fill a valid QuestionnaireResponse that points at it", () => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      const questionnaire = questionnaireOf(instrument);
      expect(errorsOf(fhirIssues(questionnaire))).toEqual([]);
      const response = responseOf(instrument, fills[instrument.id], subject);
      expect(errorsOf(fhirIssues(response))).toEqual([]);
      expect(response.questionnaire).toBe(questionnaire.url);
    }
    expect(questionnaireOf(LEFS).item).toHaveLength(20);
    expect(questionnaireOf(GROC).item[0]).toMatchObject({ answerOption: expect.arrayContaining([{ valueCoding: expect.objectContaining({ code: "-7", display: "A very great deal worse" }) }]) });
  });

  it("a response read back gives the same answers, activities and score", () => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      const fill = fills[instrument.id];
      const sent = JSON.parse(JSON.stringify(responseOf(instrument, fill, subject)));
      expect(answersOf(sent)).toMatchObject({ instrument: { id: instrument.id }, answers: fill.answers, named: "named" in fill ? fill.named : [] });
    }
    expect(answersOf(responseOf(LEFS, fills.lefs, subject))!.score).toBe(40);
    expect(answersOf(responseOf(PSFS, fills.psfs, subject))!.score).toBe(5);
  });

  it("does not read a response of another questionnaire, or one with an answer missing", () => {
    expect(answersOf({ questionnaire: "http://example.org/Questionnaire/other", item: [] })).toBeNull();
    const gap = responseOf(LEFS, fills.lefs, subject);
    expect(answersOf({ ...gap, item: gap.item.slice(1) })).toBeNull();
    expect(answersOf({ questionnaire: questionnaireUrl(PSFS), item: [{ linkId: "activity", item: [{ linkId: "activity.name", answer: [{ valueString: "Running" }] }] }] })).toBeNull();
  });
});
