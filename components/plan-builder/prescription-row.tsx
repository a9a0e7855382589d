"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatWeekday } from "@/lib/date-format";
import { DOSE_KINDS, type DoseKind, type DraftItem } from "@/lib/plans/draft";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export interface BuilderItem extends DraftItem {
  key: string;
}

const input = "min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-base aria-invalid:border-pain-red";

/** One prescription in the plan builder. Errors arrive keyed by path, "<errorPath>.<index>.<field>" ("items.0.sets"). */
export function PrescriptionRow({
  item,
  index,
  count,
  name,
  errors,
  onChange,
  onMove,
  onRemove,
  errorPath = "items",
}: {
  item: BuilderItem;
  index: number;
  count: number;
  name: string;
  errors: Record<string, string[] | undefined>;
  onChange: (patch: Partial<BuilderItem>) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
  errorPath?: string;
}) {
  const t = useTranslations("clinicForms.plan");
  const locale = useLocale();
  const error = (field: string) => errors[`${errorPath}.${index}.${field}`]?.[0];
  const doseError = DOSE_KINDS.map(error).find(Boolean);
  const numberField = (field: "sets" | "dose" | "daysPerWeek" | "timesPerDay", label: string, message = error(field), readOnly = false) => (
    <label className="flex flex-col text-sm font-medium">
      {label}
      <input inputMode="numeric" value={item[field]} readOnly={readOnly} onChange={(e) => onChange({ [field]: e.target.value })} aria-invalid={message ? true : undefined} className={input} />
      {message ? <span role="alert" className="text-sm font-normal text-pain-red">{message}</span> : null}
    </label>
  );
  const setWeekdays = (weekdays: number[]) => onChange(weekdays.length > 0 ? { weekdays, daysPerWeek: String(weekdays.length) } : { weekdays });
  return (
    <li aria-label={`${index + 1}. ${name}`} className="rounded-md border border-slate-200 bg-white p-3">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <p className="flex-1 font-medium">
          {index + 1}. {name}
        </p>
        <button type="button" onClick={() => onMove(-1)} disabled={index === 0} className="min-h-11 rounded-md border border-slate-300 px-2 text-sm disabled:opacity-40">
          {t("moveUp")}
          <span className="sr-only"> {name}</span>
        </button>
        <button type="button" onClick={() => onMove(1)} disabled={index === count - 1} className="min-h-11 rounded-md border border-slate-300 px-2 text-sm disabled:opacity-40">
          {t("moveDown")}
          <span className="sr-only"> {name}</span>
        </button>
        <button type="button" onClick={onRemove} className="min-h-11 rounded-md border border-pain-red px-2 text-sm text-pain-red">
          {t("remove")}
          <span className="sr-only"> {name}</span>
        </button>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {numberField("sets", t("sets"))}
        <label className="flex flex-col text-sm font-medium">
          {t("eachSet")}
          <select value={item.doseKind} onChange={(e) => onChange({ doseKind: e.target.value as DoseKind })} className={input}>
            {DOSE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {numberField("dose", t(`fields.${item.doseKind as DoseKind}`), doseError)}
        {numberField("daysPerWeek", t("daysPerWeek"), error("daysPerWeek"), item.weekdays.length > 0)}
        {numberField("timesPerDay", t("timesPerDay"))}
      </div>
      <fieldset className="mt-2">
        <legend className="text-sm font-medium">{t("onDays")}</legend>
        <div className="flex flex-wrap gap-3">
          {WEEKDAYS.map((day) => (
            <label key={day} className="flex min-h-11 items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={item.weekdays.includes(day)}
                onChange={(e) => setWeekdays(e.target.checked ? [...item.weekdays, day].sort() : item.weekdays.filter((d) => d !== day))}
              />
              {formatWeekday(day, locale)}
            </label>
          ))}
        </div>
        {error("weekdays") ? <span role="alert" className="text-sm text-pain-red">{error("weekdays")}</span> : null}
      </fieldset>
      <label className="mt-2 flex flex-col text-sm font-medium">
        {t("notes")}
        <input value={item.notes} onChange={(e) => onChange({ notes: e.target.value })} className={input} />
      </label>
    </li>
  );
}
