import { DEMO_PASSWORD, demoClinicians, demoRunners } from "@/lib/seed/demo-caseload";
import { Visitor, waitFor } from "@/lib/http-visitor";

/*
 * next dev compiles a page on its first request, which made a new user's first sign-in take half a minute
 * with nothing on screen. For the demo, the server visits the pages a first visit needs (sign-in, a
 * runner's today, logging, progress, the clinician's roster) as the demo accounts, then says it is ready.
 */
export async function warmUpDemo(port: number): Promise<string> {
  const base = `http://localhost:${port}`;
  await waitFor(`${base}/api/health`, 300_000);
  const runner = new Visitor(base);
  await runner.signIn(demoRunners[0]!.email, DEMO_PASSWORD);
  for (const path of ["/", "/today", "/log/run", "/check-in", "/progress"]) await runner.request(path);
  const clinician = new Visitor(base);
  await clinician.signIn(demoClinicians[0].email, DEMO_PASSWORD);
  await clinician.request("/clinic");
  return base;
}
