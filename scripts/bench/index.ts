/*
 * `npm run bench`: StrideBack at clinic scale, measured on this machine. It builds the large dataset in a
 * throwaway PostgreSQL (5,000 runners x 2 years, plus a 300-runner clinic of 50 k logs to compare against),
 * starts production builds against both, measures side by side, prints one table and writes it into
 * docs/benchmarks.md (between its markers; the rest of that file is written by hand). Each section is a
 * module of sections/.
 *
 *   BENCH_REUSE_URL=postgres://…   reuse a cluster whose `large` and `small` databases this script built
 *   BENCH_SKIP_BUILD=1             use the existing .next production build (and its code revision)
 *   BENCH_ROUNDS=30                rounds per side-by-side comparison
 *   BENCH_RUNNERS=5000             runners in the large clinic (600 for a quick trial of the whole run)
 *   BENCH_ONLY=roster,writes,…     only those sections (roster, charts, phone, writes, share, runs, start); their
 *                                  rows replace the same sections' rows in docs/benchmarks.md
 *   BENCH_PROFILE=/tmp/prof        write CPU profiles of the servers there (read them in Chrome's DevTools)
 *   BENCH_KEEP=1                   leave the throwaway cluster running (its URL is printed) for BENCH_REUSE_URL
 */
import { execFileSync } from "node:child_process";
import { counts, log, rows, run, servers, startServer, want } from "./context";
import { buildDatasets } from "./datasets";
import { writeReport } from "./report";
import { charts } from "./sections/charts";
import { phone } from "./sections/phone";
import { roster } from "./sections/roster";
import { runs } from "./sections/runs";
import { share } from "./sections/share";
import { firstStart } from "./sections/start";
import { writes } from "./sections/writes";
import { type Cluster, startCluster, stopCluster } from "./servers";

async function main() {
  const browserPath = execFileSync("bash", ["scripts/find-browser.sh"], { encoding: "utf8" }).trim();
  const reuse = process.env.BENCH_REUSE_URL;
  const cluster: Cluster = reuse ? { dir: "", url: reuse } : startCluster("2GB");
  const large = `${cluster.url}/large`;
  const small = `${cluster.url}/small`;
  try {
    if (!reuse) {
      log("Building the datasets (PostgreSQL generate_series; a few minutes)");
      await buildDatasets(cluster);
    }
    if (!process.env.BENCH_SKIP_BUILD) {
      log("Production build");
      run("npm", ["run", "build"]);
    }
    const [bigData, smallData] = await Promise.all([counts(large), counts(small)]);
    log("Starting the servers");
    const serverLarge = await startServer({ port: 3301, env: { DATABASE_URL: large } });
    const serverSmall = await startServer({ port: 3302, env: { DATABASE_URL: small } });

    if (want("roster")) await roster(serverLarge, serverSmall, large, bigData, smallData);
    if (want("charts")) await charts(serverLarge, large);
    if (want("phone")) await phone(serverLarge, browserPath);
    if (want("writes")) await writes(serverLarge, large, browserPath);
    if (want("share")) await share(serverLarge);
    if (want("runs")) await runs(serverLarge, browserPath);
    await serverLarge.stop();
    await serverSmall.stop();
    if (want("start")) await firstStart();

    writeReport(rows, bigData, smallData);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    if (process.env.BENCH_KEEP) console.log(`\nThe cluster is left running: BENCH_REUSE_URL=${cluster.url}`);
    else if (!reuse) stopCluster(cluster);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
