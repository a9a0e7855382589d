"use client";

import Link from "next/link";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { ScoreScale } from "@/components/forms/score-scale";
import { InviteLink } from "@/components/invite-link";
import { ScreenFieldset } from "@/components/red-flags/screen-fieldset";
import { TimeZoneField } from "@/components/time-zone-field";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { useTranslations } from "next-intl";
import { PRESENTATIONS, SIDES } from "@/lib/labels";
import type { WordedGroup } from "@/lib/i18n/red-flag-words";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { HISTORY_FLAG_CODES } from "@/lib/rules/red-flags";
import { addRunnerAction, type InviteState } from "../../actions";

export function NewRunnerForm({ today, zones, screen, locale }: { today: string; zones: string[]; screen: WordedGroup[]; locale: Locale }) {
  const t = useTranslations("clinicForms");
  const labels = useTranslations("labels");
  const [state, action, pending] = useFormAction<InviteState>(addRunnerAction);
  if (state.inviteUrl) {
    return (
      <div className="flex flex-col gap-4">
        <p className="font-medium">{t("runner.added", { name: state.values?.name ?? "" })}</p>
        {state.values?.flagged ? (
          <p role="alert" className="rounded-md border-2 border-urgent bg-urgent-50 p-3 text-sm font-semibold text-urgent">
            {t("runner.flagged")}
          </p>
        ) : null}
        <InviteLink url={state.inviteUrl} emailedTo={state.values?.email} />
        <Link href={`/clinic/runners/${state.values?.runnerId}`} prefetch={false} className="font-medium text-brand-700 underline">
          {t("runner.open", { name: state.values?.name ?? "" })}
        </Link>
      </div>
    );
  }
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={action} noValidate className="flex max-w-lg flex-col gap-4">
      <Field label={t("runner.name")} name="name" defaultValue={v.name} error={e.name} autoComplete="off" />
      <Field label={t("runner.email")} name="email" type="email" defaultValue={v.email} error={e.email} autoComplete="off" />
      <SelectField
        label={t("runner.presentation")}
        name="presentation"
        defaultValue={v.presentation ?? ""}
        error={e.presentation}
        options={[{ value: "", label: t("choose") }, ...PRESENTATIONS.map((value) => ({ value, label: labels(`presentation.${value}`) }))]}
      />
      <SelectField
        label={t("runner.side")}
        name="affectedSide"
        defaultValue={v.affectedSide ?? ""}
        error={e.affectedSide}
        options={[{ value: "", label: t("choose") }, ...SIDES.map((value) => ({ value, label: labels(`side.${value}`) }))]}
      />
      <Field label={t("runner.goal")} name="goal" defaultValue={v.goal} error={e.goal} placeholder={t("runner.goalPlaceholder")} />
      <Field label={t("runner.startDate")} name="startDate" type="date" defaultValue={v.startDate ?? today} error={e.startDate} />
      <ScoreScale name="usualPain" legend={t("runner.usualPainIntake")} low={t("noPain")} high={t("worst")} defaultValue={v.usualPain} error={e.usualPain} />
      <TimeZoneField zones={zones} stored={v.timeZone} error={e.timeZone} label={t("runner.timeZone")} />
      <SelectField
        label={t("runner.language")}
        name="locale"
        defaultValue={v.locale ?? locale}
        error={e.locale}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      />
      <ScreenFieldset
        groups={screen}
        none={t("runner.none")}
        legend={t("runner.screen")}
        hint={t("runner.screenHint")}
        ticked={v.signs}
        noneTicked={v.noSigns === "yes"}
        error={e.screen}
        showGroupTitles
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">{t("runner.history")}</legend>
        <p className="text-sm text-slate-600">{t("runner.historyHint")}</p>
        {HISTORY_FLAG_CODES.map((code) => (
          <label key={code} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="history" value={code} defaultChecked={(v.history ?? "").split(" ").includes(code)} className="size-5" />
            {labels(`history.${code}`)}
          </label>
        ))}
        {e.history ? <p className="text-sm text-pain-red">{e.history}</p> : null}
      </fieldset>
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {t(pending ? "runner.adding" : "runner.add")}
      </Button>
    </form>
  );
}
