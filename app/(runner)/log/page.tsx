import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkList } from "@/components/ui/link-list";
import { requireRunner } from "@/lib/auth/current-actor";
import { getMeasures } from "@/lib/data/measures";
import { fillPath, LEFS } from "@/lib/outcomes/instruments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("logTab"))("title") };
}

/** The Log tab: every kind of entry a runner makes, and what they have logged before. */
export default async function LogPage() {
  const actor = await requireRunner();
  // The PSFS and GROC are offered once the runner's physio asks for them; the LEFS always is.
  const [measures, t] = await Promise.all([getMeasures(actor, actor.id), getTranslations("logTab")]);
  const asked = measures.measures.filter((m) => m.instrument.id !== "lefs" && m.schedule);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <LinkList
        label={t("label")}
        items={[
          { href: "/log/session", title: t("session"), detail: t("sessionDetail") },
          { href: "/log/run", title: t("run"), detail: t("runDetail") },
          { href: "/log/run/import", title: t("import"), detail: t("importDetail") },
          { href: "/check-in", title: t("checkin"), detail: t("checkinDetail") },
          // The instruments' own names and descriptions move with the outcome measures' screens.
          { href: "/lefs", title: t("lefs"), detail: LEFS.brief },
          ...asked.map(({ instrument }) => ({ href: fillPath(instrument.id), title: instrument.name, detail: instrument.brief })),
          { href: "/worry", title: t("worry"), detail: t("worryDetail") },
          { href: "/history", title: t("history"), detail: t("historyDetail") },
        ]}
      />
    </>
  );
}
