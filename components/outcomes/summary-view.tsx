import { useTranslations } from "next-intl";
import type { SummarySection } from "@/lib/outcomes/summary-lines";

/** The discharge summary on screen: the same sections, in the same words, as its PDF. */
export function SummaryView({ title, subtitle, sections }: { title: string; subtitle: string; sections: SummarySection[] }) {
  const t = useTranslations("dischargeSummary");
  return (
    <article aria-label={t("title")}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mb-4 text-sm text-slate-600">{subtitle}</p>
      {sections.map((section) => (
        <section key={section.heading} aria-label={section.heading} className="mb-4">
          <h2 className="text-lg font-semibold">{section.heading}</h2>
          {section.lines.map((line, i) => (
            <p key={i} className="text-sm">
              {line}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
