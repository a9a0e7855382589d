import { useLocale, useTranslations } from "next-intl";
import { SimpleForm } from "@/components/forms/simple-form";
import type { CareTeamMember } from "@/lib/data/handover";
import { formatDay } from "@/lib/date-format";
import { addCoverAction, endCoverAction, handOverRunnerAction } from "./care-team-actions";

/** Who looks after this runner now, and the two ways to change it: a handover for good, a cover until a date. */
export function CareTeamSection({ runnerId, team, colleagues, today }: { runnerId: string; team: CareTeamMember[]; colleagues: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("careTeam");
  const locale = useLocale();
  const inTeam = new Set(team.filter((m) => !m.coverUntil).map((m) => m.id));
  const others = colleagues.filter((c) => !inTeam.has(c.id)).map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      {team.length === 0 ? (
        <p role="status" className="rounded-md bg-amber-50 p-2 text-sm font-medium">
          {t("none")}
        </p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {team.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-3">
              <span>{m.coverUntil ? t("covering", { name: m.name, date: formatDay(m.coverUntil, locale) }) : m.name}</span>
              {m.coverUntil ? <SimpleForm inline action={endCoverAction.bind(null, runnerId)} variant="secondary" submit={t("endCover", { name: m.name })} fields={[{ kind: "hidden", name: "clinicianId", value: m.id }]} /> : null}
            </li>
          ))}
        </ul>
      )}
      {others.length ? (
        <>
          <details className="mt-3">
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">{t("handOver")}</summary>
            <SimpleForm action={handOverRunnerAction.bind(null, runnerId)} submit={t("handOverButton")} fields={[{ kind: "select", name: "toClinicianId", label: t("newPhysio"), options: others }]} />
          </details>
          <details className="mt-1">
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">{t("addCover")}</summary>
            <SimpleForm
              action={addCoverAction.bind(null, runnerId)}
              submit={t("addCoverButton")}
              fields={[
                { kind: "select", name: "clinicianId", label: t("colleague"), options: others },
                { kind: "date", name: "until", label: t("until"), defaultValue: today },
              ]}
            />
          </details>
        </>
      ) : null}
    </>
  );
}
