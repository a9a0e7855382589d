import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Server } from "../servers";
import { add, log, ms, signedIn } from "../context";
import { runnerEmail } from "../dataset";
import { firstLoadJs } from "../measure";

// Every page on the runner's tab bar and its lists.
const RUNNER_PAGES = ["/today", "/log", "/log/run", "/log/run/import", "/log/session", "/check-in", "/history", "/progress", "/messages", "/more", "/settings", "/worry", "/measures/psfs"];
const LIGHTHOUSE = "lighthouse@12.8.2"; // the last release that runs on Node 20

function lighthouse(url: string, cookie: string, browserPath: string) {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "lh-")), "report.json");
  execFileSync("npx", ["--yes", LIGHTHOUSE, url, "--quiet", "--only-categories=performance", "--output=json", `--output-path=${out}`, `--extra-headers=${JSON.stringify({ Cookie: cookie })}`, "--chrome-flags=--headless=new --no-sandbox"], {
    env: { ...process.env, CHROME_PATH: browserPath },
    stdio: "ignore",
  });
  const report = JSON.parse(execFileSync("cat", [out], { encoding: "utf8" }));
  return { score: Math.round(report.categories.performance.score * 100), cls: report.audits["cumulative-layout-shift"].numericValue as number, tbt: report.audits["total-blocking-time"].numericValue as number };
}

/** What a runner's phone downloads before a page is interactive, and Lighthouse's mobile preset. */
export async function phone(serverLarge: Server, browserPath: string) {
  const long = await signedIn(serverLarge.base, runnerEmail("b", 300));
  log("First-load JavaScript of the runner's pages (gzip)");
  const scripts = new Map<string, number>();
  for (const page of RUNNER_PAGES) {
    const js = await firstLoadJs(long, page, scripts);
    add("Phone", `First-load JS ${page}`, `${js.kb} KB in ${js.scripts} scripts`, "<= 150 KB", js.kb <= 150);
  }
  try {
    // /login, signed out, is the smallest page there is: what the framework's own scripts score on this machine.
    for (const page of ["/today", "/progress", "/login"]) {
      const cookie = page === "/login" ? "" : long.cookieHeader();
      const runs = [0, 1, 2].map(() => lighthouse(`${serverLarge.base}${page}`, cookie, browserPath)).sort((a, b) => a.score - b.score);
      const median = runs[1]!;
      const value = `${median.score} / ${median.cls.toFixed(3)} / ${ms(median.tbt)}`;
      if (page === "/login") add("Phone", "Lighthouse mobile /login, signed out, the floor (median of 3): performance / CLS / TBT", value);
      else add("Phone", `Lighthouse mobile ${page} (median of 3): performance / CLS / TBT`, value, ">= 90, CLS < 0.05", median.score >= 90 && median.cls < 0.05);
    }
  } catch (error) {
    add("Phone", "Lighthouse", `not measured: ${(error as Error).message.split("\n")[0]}`);
  }
}
