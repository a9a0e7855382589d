/*
 * After the end-to-end run: the servers' own log lines must hold no demo runner's email, name or note text,
 * and none of the coordinates of the route the run-file tests import (testing/run-files.ts).
 * Usage: tsx scripts/check-log-privacy.ts LOGFILE. Exits 1, naming what leaked, if any does.
 */
import { readFileSync } from "node:fs";
import { demoRunners } from "../lib/seed/demo-caseload";
import { routeCoordinates } from "../testing/run-files";

const file = process.argv[2];
if (!file) throw new Error("usage: check-log-privacy LOGFILE");
// Only what the servers printed: Playwright prefixes those lines with [WebServer].
const serverLines = readFileSync(file, "utf8").split("\n").filter((l) => l.includes("[WebServer]"));
const secrets = [...demoRunners.flatMap((r) => [r.email, r.name]), "Tried the hills with the club", ...routeCoordinates()];
const leaks = secrets.filter((s) => serverLines.some((l) => l.includes(s)));
console.log(`Server log: ${serverLines.length} lines checked for ${secrets.length} demo names, emails, note texts and route coordinates.`);
if (leaks.length > 0) {
  console.log(`Found in the server log: ${leaks.join(", ")}`);
  process.exit(1);
}
