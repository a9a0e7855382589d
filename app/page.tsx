import { redirect } from "next/navigation";
import { getActor, homeFor, pendingStepPage } from "@/lib/auth/current-actor";

// The root sends each role to its own home.
export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homeFor(actor) : ((await pendingStepPage()) ?? "/login"));
}
