import type { Metadata } from "next";
import { LinkList } from "@/components/ui/link-list";
import { requireRunner } from "@/lib/auth/current-actor";
import { getMeasures } from "@/lib/data/measures";
import { fillPath, LEFS } from "@/lib/outcomes/instruments";

export const metadata: Metadata = { title: "Log" };

/** The Log tab: every kind of entry a runner makes, and what they have logged before. */
export default async function LogPage() {
  const actor = await requireRunner();
  // The PSFS and GROC are offered once the runner's physio asks for them; the LEFS always is.
  const asked = (await getMeasures(actor, actor.id)).measures.filter((m) => m.instrument.id !== "lefs" && m.schedule);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Log</h1>
      <LinkList
        label="What to log"
        items={[
          { href: "/log/session", title: "Log exercises", detail: "Tick what you did; pain and effort for the session." },
          { href: "/log/run", title: "Log a run", detail: "Distance, time, effort and pain." },
          { href: "/log/run/import", title: "Import runs from your watch", detail: "A FIT, GPX or TCX file: distance, pace and heart rate read for you." },
          { href: "/check-in", title: "Morning check-in", detail: "Pain and stiffness this morning: the number your physio watches most." },
          { href: "/lefs", title: "Leg function questionnaire", detail: LEFS.brief },
          ...asked.map(({ instrument }) => ({ href: fillPath(instrument.id), title: instrument.name, detail: instrument.brief })),
          { href: "/worry", title: "Something new or worrying?", detail: "Tell your physio about a new sign at once." },
          { href: "/history", title: "History", detail: "Everything you have logged, with each session's light." },
        ]}
      />
    </>
  );
}
