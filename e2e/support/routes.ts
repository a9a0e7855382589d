import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/*
 * Every page and route handler of the app, read from the app/ folder, so a route added tomorrow is
 * covered by the tests that walk this list without anyone remembering to add it.
 */
export interface AppRoute {
  /** The URL pattern, e.g. /clinic/runners/[runnerId]. */
  pattern: string;
  kind: "page" | "route";
}

export function appRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): AppRoute[] {
  const found: AppRoute[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      // (groups) do not appear in the URL.
      const segment = /^\(.*\)$/.test(entry) ? "" : `/${entry}`;
      found.push(...appRoutes(full, prefix + segment));
    } else if (entry === "page.tsx" || entry === "route.ts") {
      found.push({ pattern: prefix || "/", kind: entry === "page.tsx" ? "page" : "route" });
    }
  }
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** A concrete URL for a pattern: each dynamic segment from `values`, or an id that names nothing. */
export function fill(pattern: string, values: Record<string, string> = {}) {
  return pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, _rest, name: string) => values[name] ?? "00000000-0000-0000-0000-000000000000");
}
