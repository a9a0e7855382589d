import { getLocale, getTranslations } from "next-intl/server";
import { say } from "@/lib/i18n/say";
import { CompletionChart } from "@/components/charts/completion-chart";
import { getCompletionBlocks } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import { completionSummary } from "@/lib/rules/summaries";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";

export async function CompletionCard({ view }: { view: ChartView }) {
  const [{ blocks, marks }, t, locale] = await Promise.all([getCompletionBlocks(view.actor, view.runnerId, view.range), getTranslations("charts"), getLocale()]);
  return (
    <ChartCard
      name="completion"
      view={view}
      title={t("completionTitle")}
      summary={say(locale, completionSummary(blocks))}
      chart={<CompletionChart blocks={blocks} changes={marks} />}
      table={() => (
        <DataTable
          caption={t("completionCaption")}
          head={[t("sevenDaysTo"), t("done"), t("prescribed"), t("planInForce"), t("planChange")]}
          rows={blocks.map((b) => [formatDay(b.end, locale), b.done, b.prescribed, b.version?.label ?? t("none"), marks.filter((m) => m.end === b.end).map((m) => m.label).join(", ") || t("none")])}
        />
      )}
    />
  );
}
