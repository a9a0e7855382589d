import type { Server } from "../servers";
import { rssMb } from "../servers";
import { add, log, signedIn } from "../context";
import { clinicianEmail } from "../dataset";
import type { Visitor } from "../http";

/**
 * The caseload CSV of one clinician (300 runners x 2 years), read as a slow client would read it, with the
 * server's resident memory sampled every 100 ms: the export must stream, not build the file in memory.
 */
async function caseloadCsv(visitor: Visitor, pid: number) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  try {
    const response = await fetch(`${visitor.base}/export/caseload.csv`, { headers: { cookie: visitor.cookieHeader() } });
    if (response.status !== 200 || !response.body) throw new Error(`caseload CSV answered ${response.status}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  return { before, peak: Math.max(peak, rssMb(pid)), seconds: (performance.now() - started) / 1000, mb: bytes / 2 ** 20, rows: lines - 1 };
}

export async function share(serverLarge: Server) {
  log("Sharing: the caseload CSV, 300 runners x 2 years");
  const clinician = await signedIn(serverLarge.base, clinicianEmail("b", 0));
  const csv = await caseloadCsv(clinician, serverLarge.process.pid!);
  const rise = csv.peak - csv.before;
  add("Sharing", "Caseload CSV, 300 runners x 2 years: rows / size / time", `${csv.rows.toLocaleString("en")} rows / ${csv.mb.toFixed(1)} MB / ${csv.seconds.toFixed(1)} s`);
  add("Sharing", "Caseload CSV: server RSS before / peak while streaming (rise)", `${csv.before} MB / ${csv.peak} MB (+${rise} MB)`, "rise < 50 MB", rise < 50);
}
