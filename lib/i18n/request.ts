import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/lib/auth/current-actor";
import { proposedLocale } from "./locales";
import { MESSAGES } from "./messages";

/*
 * The language of a request (next-intl's request configuration): the signed-in person's own, from the
 * session row the request already checks; before sign-in, the browser's. No locale in the URL: a runner's
 * links (emails, bookmarks, the installed app) work whatever language they read. Dates and times are
 * formatted by lib/date-format on each reader's own clock, so next-intl's time zone is only its default.
 */
export default getRequestConfig(async () => {
  const session = await getSession().catch(() => null);
  const locale = session?.locale ?? proposedLocale((await headers()).get("accept-language"));
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
