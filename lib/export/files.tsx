import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { getClinicContact } from "@/lib/data/red-flags";
import type { Actor } from "@/lib/data/actor";
import { runnerLogsCsv } from "@/lib/data/exports";
import { runnerFhirBundle } from "@/lib/data/fhir";
import { recordExport } from "@/lib/data/audit";
import { getProgramme } from "@/lib/data/programme";
import { getProgressReport } from "@/lib/data/report";
import { printablePicture } from "@/lib/pdf/images";
import { ProgrammeDocument } from "@/lib/pdf/programme-document";
import { ReportDocument } from "@/lib/pdf/report-document";
import { SummaryDocument } from "@/lib/pdf/summary-document";
import { getEpisode } from "@/lib/data/episodes";
import type { Locale } from "@/lib/i18n/locales";
import { NotFoundError } from "@/lib/errors";
import { summaryLines } from "@/lib/outcomes/summary-lines";

/*
 * The files that can leave StrideBack about one runner. Each is built from lib/data reads that authorize
 * the actor (their own record, or a runner in their care; anyone else is "not found"), and each download
 * is recorded in the audit trail.
 */
export const EXPORTS = {
  "programme.pdf": { kind: "programme-pdf", type: "application/pdf" },
  "report.pdf": { kind: "report-pdf", type: "application/pdf" },
  "discharge-summary.pdf": { kind: "discharge-summary-pdf", type: "application/pdf" },
  "logs.csv": { kind: "logs-csv", type: "text/csv; charset=utf-8" },
  "fhir.json": { kind: "fhir", type: "application/fhir+json; charset=utf-8" },
} as const;
export type ExportFile = keyof typeof EXPORTS;
export const isExportFile = (file: string): file is ExportFile => Object.hasOwn(EXPORTS, file);

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "runner";

/**
 * The programme is printed in the runner's language whoever prints it (lib/data/programme); the report and
 * the discharge summary in the language of whoever downloads them, who reads them or sends them on.
 */
async function build(actor: Actor, runnerId: string, file: ExportFile, locale: Locale): Promise<{ body: Uint8Array | string; filename: string }> {
  switch (file) {
    case "programme.pdf": {
      const programme = await getProgramme(actor, runnerId);
      const pictures = await Promise.all(programme.items.map(printablePicture));
      return { body: await renderToBuffer(<ProgrammeDocument programme={programme} pictures={pictures} />), filename: `home-programme-${slug(programme.runner.name)}-${programme.date}.pdf` };
    }
    case "report.pdf": {
      const [report, clinic] = await Promise.all([getProgressReport(actor, runnerId), getClinicContact(actor)]);
      return { body: await renderToBuffer(<ReportDocument report={report} clinic={clinic} locale={locale} />), filename: `progress-report-${slug(report.runner.name)}-${report.today}.pdf` };
    }
    case "discharge-summary.pdf": {
      const [episode, clinic] = await Promise.all([getEpisode(actor, runnerId), getClinicContact(actor)]);
      if (!episode) throw new NotFoundError("Discharge summary");
      const lines = summaryLines(episode.body, locale);
      return {
        body: await renderToBuffer(<SummaryDocument {...lines} clinic={clinic} written={episode.dischargedOn} locale={locale} />),
        filename: `discharge-summary-${slug(episode.body.runner.name)}-${episode.dischargedOn}.pdf`,
      };
    }
    case "logs.csv": {
      const { name, csv } = await runnerLogsCsv(actor, runnerId);
      return { body: csv, filename: `strideback-logs-${slug(name)}.csv` };
    }
    case "fhir.json": {
      const { runnerName, date, bundle } = await runnerFhirBundle(actor, runnerId);
      return { body: JSON.stringify(bundle, null, 2), filename: `strideback-fhir-${slug(runnerName)}-${date}.json` };
    }
  }
}

export async function buildExport(actor: Actor, runnerId: string, file: ExportFile, locale: Locale = "en") {
  const built = await build(actor, runnerId, file, locale);
  await recordExport(actor, EXPORTS[file].kind, runnerId);
  return built;
}
