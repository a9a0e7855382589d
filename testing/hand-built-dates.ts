import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/*
 * Dates a person reads come from lib/date-format.ts (Intl, one format per locale). These patterns find
 * a date built by hand instead: sliced out of an ISO string, formatted by the platform's default locale,
 * assembled from its parts, or given a format of its own.
 */
const PATTERNS: [RegExp, string][] = [
  [/toISOString\(\)\s*\.\s*(slice|substring|substr|split)\(/, "an ISO string sliced into a date"],
  [/\b\w*(date|Date|day|Day|iso|Iso)\w*\s*\.\s*(slice|substring|substr)\(\s*\d/, "a date string sliced into pieces"],
  [/\.toLocale(Date|Time)?String\(/, "a date formatted outside lib/date-format"],
  [/\bnew Intl\.DateTimeFormat\(/, "a date format of its own"],
  [/\bformat\(\s*parseISO\(/, "a date-fns pattern of its own"],
  [/\.get(UTC)?(Date|Month|FullYear)\(\)/, "a date assembled from its parts"],
];

/** Where a person reads dates: pages, components, emails, PDFs and the exports. */
export const READER_FACING = ["app", "components", "lib/mail", "lib/pdf", "lib/export", "lib/rules", "lib/red-flag-time.ts", "lib/audit-sentences.ts"];

/** Files allowed a pattern, each with its reason. */
export const ALLOWED: Record<string, string> = {
  // The zone's UTC offset ("GMT+13:00"), not a date.
  "app/(runner)/today/zone-notice.tsx": "new Intl.DateTimeFormat",
  // Reads an instant's calendar date and clock time in a zone (parts for arithmetic), not a date shown.
  "lib/red-flag-time.ts": "new Intl.DateTimeFormat",
};

export function handBuiltDates(source: string): string[] {
  return source.split("\n").flatMap((line, i) => PATTERNS.filter(([p]) => p.test(line)).map(([, what]) => `line ${i + 1}: ${what}`));
}

export function scanForHandBuiltDates(root: string): string[] {
  const found: string[] = [];
  const visit = (rel: string) => {
    const full = path.join(root, rel);
    if (statSync(full).isDirectory()) return readdirSync(full).forEach((f) => visit(path.join(rel, f)));
    if (!/\.tsx?$/.test(rel) || /\.test\.tsx?$/.test(rel)) return;
    const source = readFileSync(full, "utf8");
    const allowed = ALLOWED[rel];
    for (const hit of handBuiltDates(source)) {
      const line = source.split("\n")[Number(hit.match(/line (\d+)/)![1]) - 1]!;
      if (allowed && line.includes(allowed)) continue;
      found.push(`${rel} ${hit}`);
    }
  };
  READER_FACING.forEach(visit);
  return found;
}
