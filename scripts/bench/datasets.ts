import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD, RUNNERS, run } from "./context";
import { clinicianEmail, createCohort } from "./dataset";
import { type Cluster, createDatabase } from "./servers";

/** The large clinic (two years of logs for every runner) and the 300-runner clinic it is compared with. */
export async function buildDatasets(cluster: Cluster) {
  const hash = await hashPassword(PASSWORD);
  const build = async (name: string, cohorts: Parameters<typeof createCohort>[1][]) => {
    const url = createDatabase(cluster, name);
    run("npx", ["tsx", "scripts/migrate.ts"], { DATABASE_URL: url });
    run("npx", ["tsx", "--tsconfig", "scripts/bench/tsconfig.json", "scripts/bench/library.ts"], { DATABASE_URL: url });
    const client = new pg.Client(url);
    await client.connect();
    for (const cohort of cohorts) {
      const started = performance.now();
      await createCohort(client, cohort, hash);
      console.log(`  ${name}: ${cohort.runners} runners x ${cohort.days} days in ${Math.round((performance.now() - started) / 1000)} s`);
    }
    await client.query("vacuum analyze");
    await client.end();
  };
  await build("large", [
    { prefix: "b", runners: RUNNERS, days: 730 },
    // A runner of 30 days in the same clinician's care as a two-year one: the baseline for the chart pages.
    { prefix: "r", runners: 1, days: 30, clinicianEmail: clinicianEmail("b", 1) },
  ]);
  await build("small", [{ prefix: "s", runners: 300, days: 130 }]);
}
