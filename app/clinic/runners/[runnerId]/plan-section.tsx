import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { PlanVersionView } from "@/lib/data/plans";
import { formatDay } from "@/lib/date-format";
import { doseLabel } from "@/lib/labels";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import { phasesAhead, versionToShow } from "@/lib/rules/plan-version";
import { phaseName } from "@/lib/rules/progression";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { endPlanAction, saveTemplateAction } from "../../actions";
import { SaveTemplateForm } from "./save-template-form";
import { valueIn } from "@/lib/i18n/say";

interface PlanView {
  id: string;
  title: string;
  goal: string;
  startDate: string;
  status: "active" | "ended";
  versions: PlanVersionView[];
}

function Prescriptions({ version }: { version: PlanVersionView }) {
  const locale = useLocale();
  return (
    <ol className="list-decimal space-y-1 pl-5 text-sm">
      {version.items.map(({ prescription, exercise }) => (
        <li key={prescription.id}>
          <span className="font-medium">{exerciseInWords(exercise, locale).name}</span>: {doseLabel(prescription, locale)}
          {prescription.notes ? <span className="text-slate-600"> ({prescription.notes})</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** The active plan as prescribed today, and every plan and version before it, readable. */
export function PlanSection({ runnerId, plans, today }: { runnerId: string; plans: PlanView[]; today: string }) {
  const t = useTranslations("planSection");
  const locale = useLocale();
  const day = (d: string) => formatDay(d, locale);
  const active = plans.find((p) => p.status === "active");
  const current = active ? versionToShow(active.versions, today) : undefined;
  const ahead = active ? phasesAhead(active.versions, today) : [];
  return (
    <Card title={t("title")} className="mt-4">
      {active && current ? (
        <div className="flex flex-col gap-3">
          <p>
            {t.rich("current", { title: active.title, version: current.version, date: day(current.effectiveFrom), phase: current.phaseLabel || "none", b: (chunks) => <span className="font-semibold">{chunks}</span> })}
            {active.goal ? <span className="block text-sm text-slate-600">{t("goal", { goal: active.goal })}</span> : null}
          </p>
          <Prescriptions version={current} />
          {ahead.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold">{t("toCome")}</h3>
              <ul className="text-sm">
                {ahead.map((v) => (
                  <li key={v.id}>
                    {t(v.waiting ? "waits" : "begins", { phase: valueIn(locale, phaseName(v)), date: day(v.effectiveFrom) })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="flex flex-wrap items-start gap-3">
            <Link href={`/clinic/runners/${runnerId}/plan/edit`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
              {t("edit")}
            </Link>
            <form action={endPlanAction}>
              <input type="hidden" name="planId" value={active.id} />
              <input type="hidden" name="runnerId" value={runnerId} />
              <ConfirmSubmit
                label={t("end")}
                title={t("endTitle", { title: active.title })}
                description={t("endBody")}
                confirm={t("endConfirm")}
              />
            </form>
            <SaveTemplateForm action={saveTemplateAction.bind(null, active.id)} suggestedName={active.title} />
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-600">
          {t("none")}{" "}
          <Link href={`/clinic/runners/${runnerId}/plan/new`} className="font-medium text-brand-700 underline">
            {t("build")}
          </Link>
        </p>
      )}
      {plans.length > 0 ? (
        <section aria-label={t("history")} className="mt-4">
          <h3 className="mb-1 font-semibold">{t("history")}</h3>
          <ul className="space-y-1">
            {plans.flatMap((plan) =>
              [...plan.versions].reverse().map((v) => (
                <li key={v.id}>
                  <details>
                    <summary className="min-h-11 cursor-pointer content-center text-sm">
                      {t("version", { title: plan.title, version: v.version, waiting: v.waiting ? "yes" : "no", date: day(v.effectiveFrom), superseded: v.superseded ? "yes" : "no", ended: plan.status === "ended" ? "yes" : "no" })}
                      {v.changeNote ? `: ${v.changeNote}` : ""}
                      {v.beganBecause && !v.waiting ? `. ${v.beganBecause}` : ""}
                    </summary>
                    <Prescriptions version={v} />
                  </details>
                </li>
              )),
            )}
          </ul>
        </section>
      ) : null}
    </Card>
  );
}
