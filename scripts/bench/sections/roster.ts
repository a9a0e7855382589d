import { codeRevision } from "@/lib/code-revision";
import type { Server } from "../servers";
import { add, idOf, log, ms, ratio, ROUNDS, signedIn, startServer } from "../context";
import { clinicianEmail } from "../dataset";
import { interleaved, type Stats } from "../measure";

type Counts = { logs: number; episodes: number };

/** The data layer's time for a roster page (SQL and triage of stale summaries), without Next's render. */
async function rawRoster(url: string, clinician: { id: string; clinic_id: string }) {
  process.env.DATABASE_URL = url;
  // This process reads the revision the build wrote (lib/code-revision.ts), as the server does: under
  // another revision each side would find the other's summaries stale and judge all 300 runners again on
  // every call (measured before: 165-306 ms a call instead of 14-17 ms, and the server's page 1 with it).
  if (codeRevision() === "unbuilt") throw new Error("no build revision: run `npm run build` first (or unset BENCH_SKIP_BUILD)");
  const { getRosterPage, readView } = await import("@/lib/data/roster");
  const actor = { id: clinician.id, role: "clinician" as const, clinicId: clinician.clinic_id };
  return async () => {
    const started = performance.now();
    await getRosterPage(actor, readView({}));
    return { ms: performance.now() - started };
  };
}

/** The roster of 300 runners over HTTP, and the data layer alone in this process on the same database. */
export async function roster(serverLarge: Server, serverSmall: Server, large: string, bigData: Counts, smallData: Counts) {
  log("Roster: 300 runners");
  const clinicianLarge = await signedIn(serverLarge.base, clinicianEmail("b", 0));
  const clinicianSmall = await signedIn(serverSmall.base, clinicianEmail("s", 0));
  // The job worker runs beside the server on the same database, as in production.
  const worker = await startServer({ port: 3304, mode: "worker", env: { DATABASE_URL: large } });
  const clinicianRow = await idOf(large, clinicianEmail("b", 0));
  const raw = await rawRoster(large, clinicianRow);
  const roster = await interleaved(
    {
      page1: () => clinicianLarge.request("/clinic"),
      page2: () => clinicianLarge.request("/clinic?page=2"),
      search: () => clinicianLarge.request("/clinic?q=ada"),
      sort: () => clinicianLarge.request("/clinic?sort=pain&dir=desc"),
      small: () => clinicianSmall.request("/clinic"),
      // What any signed-in clinician page costs here: the roster with no row to show, and a page without it.
      noRows: () => clinicianLarge.request("/clinic?q=no-such-runner"),
      otherPage: () => clinicianLarge.request("/clinic/messages"),
      // The clinic's outcomes over every discharged episode (one per runner here), and narrowed by clinician.
      outcomes: () => clinicianLarge.request("/clinic/outcomes"),
      outcomesFiltered: () => clinicianLarge.request(`/clinic/outcomes?clinician=${clinicianRow.id}`),
      raw,
    },
    ROUNDS,
  );
  const r = roster as Record<string, Stats>;
  const bigLogs = `${(bigData.logs / 1e6).toFixed(1)} M logs`;
  add("Roster", `Page 1, 300 runners, ${bigLogs}: p50 / p95`, `${ms(r.page1!.p50)} / ${ms(r.page1!.p95)}`, "p95 <= 250 ms", r.page1!.p95 <= 250);
  add("Roster", "Data layer alone (SQL and triage): p50 / p95", `${ms(r.raw!.p50)} / ${ms(r.raw!.p95)}`);
  add("Roster", "Page 1 / data layer (p95)", `${ratio(r.page1!.p95, r.raw!.p95)}x`, "<= 2x", ratio(r.page1!.p95, r.raw!.p95) <= 2);
  for (const [name, label] of [["page2", "Page 2"], ["search", "A search"], ["sort", "A sort"]] as const) {
    const x = ratio(r[name]!.p50, r.page1!.p50);
    add("Roster", `${label} / page 1 (p50)`, `${x}x (${ms(r[name]!.p50)})`, "<= 1.2x", x <= 1.2);
  }
  const history = ratio(r.page1!.p50, r.small!.p50);
  add("Roster", `${bigLogs} / ${Math.round(smallData.logs / 1000)} k logs (p50)`, `${history}x (${ms(r.page1!.p50)} vs ${ms(r.small!.p50)})`, "<= 1.3", history <= 1.3);
  add("Roster", "HTML of page 1 (50 rows)", `${Math.round(r.page1!.bytes! / 1024)} KB`);
  add("Roster", "The floor: the roster with no row to show / the clinician's messages page (p50)", `${ms(r.noRows!.p50)} / ${ms(r.otherPage!.p50)}`);
  add("Roster", `Clinic outcomes, ${bigData.episodes.toLocaleString("en")} episodes: p50 / p95`, `${ms(r.outcomes!.p50)} / ${ms(r.outcomes!.p95)}`, "p95 <= 500 ms", r.outcomes!.p95 <= 500);
  add("Roster", "Clinic outcomes, one clinician's episodes: p50 / p95", `${ms(r.outcomesFiltered!.p50)} / ${ms(r.outcomesFiltered!.p95)}`);
  // One release, one revision: otherwise each process that refreshes the summaries makes the others judge them all again.
  const revisions = {
    server: ((await (await fetch(`${serverLarge.base}/api/health`)).json()) as { revision: string }).revision,
    worker: /revision (\w+)/.exec(worker.output.find((line) => /worker started/.test(line)) ?? "")?.[1] ?? "none",
    bench: codeRevision(),
  };
  const one = new Set(Object.values(revisions)).size === 1;
  add("Roster", "Code revision: server / worker / the bench's data layer", one ? `one: ${revisions.server}` : `${revisions.server} / ${revisions.worker} / ${revisions.bench}`, "one revision", one);
  await worker.stop();
}
