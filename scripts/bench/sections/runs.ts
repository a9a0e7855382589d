import { chromium } from "@playwright/test";
import { readRunFile } from "@/lib/runs/read-run-file";
import { fitFile, route } from "@/testing/run-files";
import type { Server } from "../servers";
import { rssMb } from "../servers";
import { add, log, ms, PASSWORD } from "../context";
import { runnerEmail } from "../dataset";

/** A two-hour run recorded every second, as a watch records it: 7,200 points with heart rate and height. */
const twoHours = () => fitFile(route({ points: 7_200, stoppedPoints: 0, startedAt: new Date(Date.now() - 3 * 3_600_000).toISOString() }));

/**
 * A runner imports a two-hour FIT file through the live form, on the large dataset's server: from the tap
 * on "Read the files" to the page that asks for their pain, with the server's resident memory sampled
 * every 50 ms. The file's reading alone is timed in this process too.
 */
export async function runs(serverLarge: Server, browserPath: string) {
  log("Runs from the watch: a two-hour FIT file");
  const bytes = twoHours();
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    readRunFile(bytes);
    reads.push(performance.now() - started);
  }
  add("Runs", `Reading a two-hour FIT file (${Math.round(bytes.length / 1024)} KB, 7,200 records), median of 5, in-process`, ms(reads.sort((a, b) => a - b)[2]!));

  const browser = await chromium.launch({ executablePath: browserPath });
  try {
    const page = await browser.newPage({ baseURL: serverLarge.base, locale: "en-GB" });
    await page.goto("/login");
    await page.getByLabel("Email").fill(runnerEmail("b", 1));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    await page.goto("/log/run/import");
    await page.getByLabel("Run files (.fit, .gpx or .tcx)").setInputFiles({ name: "two-hours.fit", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
    const pid = serverLarge.process.pid!;
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
    const started = performance.now();
    await page.getByRole("button", { name: "Read the files" }).click();
    await page.waitForURL(/\/log\/run\/import\/[0-9a-f-]{36}$/);
    const seconds = performance.now() - started;
    clearInterval(sampler);
    add("Runs", "Import of that file through the form: tap to the pain form, server RSS before / peak", `${ms(seconds)}, ${before} MB / ${Math.max(peak, rssMb(pid))} MB`);
  } finally {
    await browser.close();
  }
}
