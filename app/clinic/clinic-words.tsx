import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The clinic's client forms (a new runner, the plan builder, the library's editor) read their words with
 * next-intl's useTranslations, so these namespaces, and only these, go to the clinician's browser. The
 * runner's pages get no provider: their client components take finished words as props, and the phone
 * downloads no message file and no formatter.
 */
const CLIENT_NAMESPACES = ["labels", "clinicForms"] as const;

export async function ClinicWords({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(CLIENT_NAMESPACES.map((n) => [n, messages[n]]))}>{children}</NextIntlClientProvider>;
}
