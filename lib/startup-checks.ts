import { log } from "@/lib/log";

/*
 * A production server refuses to start unsafe: without the public URL that invite links are built from,
 * or with the demo accounts still holding their published password (unless STRIDEBACK_DEMO=1 says this
 * is a demo deployment). Node.js only: instrumentation.ts imports it under the Node.js runtime.
 */
export async function refuseUnsafeStart() {
  const problems: string[] = [];
  if (!process.env.STRIDEBACK_PUBLIC_URL && !process.env.AUTH_URL) problems.push("STRIDEBACK_PUBLIC_URL is not set: invite links would have no trusted address.");
  if (process.env.STRIDEBACK_DEMO !== "1") {
    const { demoAccountsWithPublishedPassword } = await import("@/lib/auth/demo-guard");
    const exposed = await demoAccountsWithPublishedPassword();
    if (exposed > 0) problems.push(`${exposed} demo account(s) still use the published demo password. Remove them, or set STRIDEBACK_DEMO=1 for a demo deployment.`);
  }
  if (problems.length === 0) return;
  for (const problem of problems) log.fatal({ event: "unsafe_start" }, problem);
  process.exit(1);
}
