import { chromium } from "@playwright/test";
import { readRunFile } from "@/lib/runs/read-run-file";
import type { Page } from "@playwright/test";
import { fitFile, gpxFile, route } from "@/testing/run-files";
import type { Server } from "../servers";
import { rssMb } from "../servers";
import { add, log, ms, PASSWORD } from "../context";
import { runnerEmail } from "../dataset";

/** A two-hour run recorded every second, as a watch records it: 7,200 points with heart rate and height. */
const twoHourRoute = (hoursAgo: number) => route({ points: 7_200, stoppedPoints: 0, startedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() });
const twoHours = () => fitFile(twoHourRoute(3));

/** From the tap on "Read the files" to the page that asks for the run's pain, with the server's peak memory. */
async function importThroughForm(page: Page, server: Server, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/log/run/import");
  await page.getByLabel("Run files (.fit, .gpx or .tcx)").setInputFiles(file);
  const pid = server.process.pid!;
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const started = performance.now();
  await page.getByRole("button", { name: "Read the files" }).click();
  await page.waitForURL(/\/log\/run\/import\/[0-9a-f-]{36}$/);
  const seconds = performance.now() - started;
  clearInterval(sampler);
  return `${ms(seconds)}, ${before} MB / ${Math.max(peak, rssMb(pid))} MB`;
}

/**
 * A runner imports a two-hour FIT file, then a two-hour GPX file, through the live form, on the large
 * dataset's server: from the tap on "Read the files" to the page that asks for their pain, with the
 * server's resident memory sampled every 50 ms. The FIT file's reading alone is timed in this process too.
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
    add("Runs", "Import of that file through the form: tap to the pain form, server RSS before / peak", await importThroughForm(page, serverLarge, { name: "two-hours.fit", mimeType: "application/octet-stream", buffer: Buffer.from(bytes) }));
    // The same kind of run as GPX, the format most apps export: over a megabyte of XML.
    const gpx = Buffer.from(gpxFile(twoHourRoute(6)));
    add("Runs", `Import of a two-hour GPX file (${Math.round(gpx.length / 1024)} KB) through the form: tap to the pain form, server RSS before / peak`, await importThroughForm(page, serverLarge, { name: "two-hours.gpx", mimeType: "application/gpx+xml", buffer: gpx }));
  } finally {
    await browser.close();
  }
}
