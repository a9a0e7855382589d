import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * A record that does not exist and one that is not the visitor's to see read the same (the data layer
 * answers "not found" for both): name what was looked for, and offer the way back to the list it lives in.
 */
export function RecordNotFound({ what, back }: { what: string; back: { href: string; label: string } }) {
  const t = useTranslations("notFound");
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold">{t("title", { what })}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href={back.href} className="mt-6 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {back.label}
      </Link>
    </div>
  );
}
