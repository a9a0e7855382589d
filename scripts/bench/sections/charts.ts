import { randomUUID } from "node:crypto";
import type { Server } from "../servers";
import { add, idOf, log, ms, ratio, ROUNDS, runLogJson, signedIn } from "../context";
import { clinicianEmail, runnerEmail } from "../dataset";
import { interleaved, type Stats } from "../measure";

export async function charts(serverLarge: Server, large: string) {
  log("Chart pages: two years against thirty days");
  const longRunner = await idOf(large, runnerEmail("b", 300));
  const shortRunner = await idOf(large, runnerEmail("r", 0));
  const long = await signedIn(serverLarge.base, runnerEmail("b", 300));
  const short = await signedIn(serverLarge.base, runnerEmail("r", 0));
  const clinician = await signedIn(serverLarge.base, clinicianEmail("b", 1));
  for (const range of ["4w", "12w", "all"]) {
    const pages = await interleaved(
      {
        progressLong: () => long.request(`/progress?range=${range}`),
        progressShort: () => short.request(`/progress?range=${range}`),
        clinicLong: () => clinician.request(`/clinic/runners/${longRunner.id}?range=${range}`),
        clinicShort: () => clinician.request(`/clinic/runners/${shortRunner.id}?range=${range}`),
      },
      Math.max(10, Math.round(ROUNDS / 2)),
    );
    const p = pages as Record<string, Stats>;
    const progress = ratio(p.progressLong!.p50, p.progressShort!.p50);
    const clinicPage = ratio(p.clinicLong!.p50, p.clinicShort!.p50);
    add("Charts", `/progress "${range}", 2 years / 30 days (p50)`, `${progress}x (${ms(p.progressLong!.p50)} vs ${ms(p.progressShort!.p50)}; ${Math.round(p.progressLong!.bytes! / 1024)} KB vs ${Math.round(p.progressShort!.bytes! / 1024)} KB)`, "<= 1.5x", progress <= 1.5);
    add("Charts", `Clinician's runner page "${range}", 2 years / 30 days (p50)`, `${clinicPage}x (${ms(p.clinicLong!.p50)} vs ${ms(p.clinicShort!.p50)})`, "<= 1.5x", clinicPage <= 1.5);
  }
  // "All" is kept between views and computed again after any change to the runner's records: the first
  // view after a new entry pays for two years once.
  const afterEntry = await interleaved(
    {
      afterEntry: async () => {
        const sent = await long.request("/api/logs", { method: "POST", headers: { "content-type": "application/json" }, body: runLogJson(randomUUID()) });
        if (sent.status !== 201) throw new Error(`the run log answered ${sent.status}`);
        return long.request("/progress?range=all");
      },
      kept: () => long.request("/progress?range=all"),
    },
    Math.max(10, Math.round(ROUNDS / 2)),
  );
  add("Charts", `/progress "all", 2 years: first view after a new entry / a view with nothing new (p50)`, `${ratio(afterEntry.afterEntry!.p50, afterEntry.kept!.p50)}x (${ms(afterEntry.afterEntry!.p50)} vs ${ms(afterEntry.kept!.p50)})`);
}
