import { answerCount, type Instrument, score, scoreRange } from "./instrument";
import { INSTRUMENTS } from "./instruments";

/*
 * The outcome measures in FHIR R4, read from the same data as the forms: each instrument as a
 * Questionnaire (its items, its answers in words, its range), each fill as a QuestionnaireResponse that
 * points at it, and the score as an Observation (lib/data/fhir.ts puts them in the runner's bundle).
 * answersOf reads a response back, so a record sent elsewhere and returned gives the same answers.
 */
export const STRIDEBACK_FHIR = "https://strideback.app/fhir";

const answerSystem = (instrument: Instrument) => `${STRIDEBACK_FHIR}/CodeSystem/${instrument.id}-answer`;
export const questionnaireUrl = (instrument: Instrument) => `${STRIDEBACK_FHIR}/Questionnaire/${instrument.id}`;
const limit = (kind: "minValue" | "maxValue", value: number) => ({ url: `http://hl7.org/fhir/StructureDefinition/${kind}`, valueInteger: value });

/** The answer to a fixed item as a coding, worded where the scale words it. */
function coding(instrument: Instrument, value: number) {
  const label = instrument.scale.choices.find((c) => c.value === value)?.label;
  return { system: answerSystem(instrument), code: String(value), ...(label ? { display: label } : {}) };
}

/** A fixed item's answers: every value of the scale, in order. */
const options = (instrument: Instrument) =>
  Array.from({ length: instrument.scale.max - instrument.scale.min + 1 }, (_, i) => ({ valueCoding: coding(instrument, instrument.scale.min + i) }));

export function questionnaireOf(instrument: Instrument) {
  const { min, max } = instrument.scale;
  const items = instrument.ownItems
    ? [
        {
          linkId: "activity",
          text: instrument.ownItems.prompt,
          type: "group",
          required: true,
          repeats: true,
          item: [
            { linkId: "activity.name", text: "Activity", type: "string", required: true, maxLength: 120 },
            { linkId: "activity.rating", text: `${instrument.stem} (${min} to ${max})`, type: "integer", required: true, extension: [limit("minValue", min), limit("maxValue", max)] },
          ],
        },
      ]
    : instrument.items.map((text, i) => ({ linkId: `q${i + 1}`, text, type: "choice", required: true, answerOption: options(instrument) }));
  return {
    resourceType: "Questionnaire",
    // The id is the last part of the canonical url, so the url doubles as the entry's fullUrl in a bundle.
    id: instrument.id,
    url: questionnaireUrl(instrument),
    name: instrument.short,
    title: instrument.name,
    status: "active",
    subjectType: ["Patient"],
    description: `${instrument.stem} ${instrument.source}`,
    item: items,
  };
}

export interface Fill {
  id: string;
  date: string;
  answers: readonly number[];
  /** The runner's own items (PSFS's activities), in the order of the answers. */
  named?: readonly string[];
}

export function responseOf(instrument: Instrument, fill: Fill, subject: { reference: string; display?: string }) {
  const item = instrument.ownItems
    ? (fill.named ?? []).map((name, i) => ({
        linkId: "activity",
        item: [
          { linkId: "activity.name", answer: [{ valueString: name }] },
          { linkId: "activity.rating", answer: [{ valueInteger: fill.answers[i]! }] },
        ],
      }))
    : instrument.items.map((text, i) => ({ linkId: `q${i + 1}`, text, answer: [{ valueCoding: coding(instrument, fill.answers[i]!) }] }));
  return { resourceType: "QuestionnaireResponse", id: fill.id, questionnaire: questionnaireUrl(instrument), status: "completed", subject, authored: fill.date, item };
}

type ResponseItem = { linkId: string; answer?: { valueCoding?: { code?: string }; valueInteger?: number; valueString?: string }[]; item?: ResponseItem[] };

/** A QuestionnaireResponse read back into answers; null when it is not a complete fill of a StrideBack measure. */
export function answersOf(response: { questionnaire?: string; item?: ResponseItem[] }): { instrument: Instrument; answers: number[]; named: string[]; score: number } | null {
  const instrument = Object.values(INSTRUMENTS).find((i) => questionnaireUrl(i) === response.questionnaire);
  if (!instrument) return null;
  const items = response.item ?? [];
  const named = instrument.ownItems ? items.map((g) => g.item?.find((i) => i.linkId === "activity.name")?.answer?.[0]?.valueString ?? "") : [];
  const answers = instrument.ownItems
    ? items.map((g) => g.item?.find((i) => i.linkId === "activity.rating")?.answer?.[0]?.valueInteger ?? Number.NaN)
    : instrument.items.map((_, i) => Number(items.find((it) => it.linkId === `q${i + 1}`)?.answer?.[0]?.valueCoding?.code ?? Number.NaN));
  if (answers.length !== answerCount(instrument, named.length) || answers.some((a) => !Number.isInteger(a))) return null;
  return { instrument, answers, named, score: score(instrument, answers) };
}

const SURVEY = [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }] }];

/**
 * A fill's score as an Observation derived from its QuestionnaireResponse. No LOINC code for these totals
 * could be confirmed, so each is named by StrideBack's own system and by text. R4's Observation has no
 * decimal value, so PSFS's mean (one decimal) is a Quantity in UCUM's unitless "{score}".
 */
export function scoreObservation(instrument: Instrument, fill: { id: string; responseRef: string; date: string; score: number }, subject: { reference: string; display?: string }) {
  const { min, max } = scoreRange(instrument);
  const value = instrument.decimals > 0 ? { valueQuantity: { value: fill.score, unit: "{score}", system: "http://unitsofmeasure.org", code: "{score}" } } : { valueInteger: fill.score };
  return {
    resourceType: "Observation",
    id: fill.id,
    derivedFrom: [{ reference: fill.responseRef }],
    status: "final",
    category: SURVEY,
    code: {
      coding: [{ system: `${STRIDEBACK_FHIR}/CodeSystem/outcome-measure`, code: instrument.id === "lefs" ? "lefs-total" : `${instrument.id}-score`, display: `${instrument.name} ${instrument.scoring === "sum" ? "total score" : "score"}` }],
      text: `${instrument.name} (${instrument.short}) ${instrument.scoring === "sum" ? "total" : "score"}, ${min} to ${max}`,
    },
    subject,
    effectiveDateTime: fill.date,
    ...value,
  };
}
