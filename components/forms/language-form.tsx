import { getTranslations } from "next-intl/server";
import { SimpleForm } from "@/components/forms/simple-form";
import { setLocaleAction } from "@/lib/actions/account";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** The language of this person's own screens (and for a runner, of everything StrideBack sends them). */
export async function LanguageForm({ locale }: { locale: Locale }) {
  const t = await getTranslations("language");
  const forms = await getTranslations("forms");
  return (
    <SimpleForm
      action={setLocaleAction}
      fields={[{ kind: "select", name: "locale", label: t("label"), options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })), defaultValue: locale }]}
      submit={t("save")}
      pendingLabel={forms("saving")}
      inline
    />
  );
}
