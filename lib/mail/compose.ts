import type { Locale } from "@/lib/i18n/locales";
import { wordsFor, type Words } from "@/lib/i18n/words";
import type { Mail } from "./transport";

/*
 * The words of every email StrideBack sends, and of the phone notification that replaces it for a runner
 * who turned notifications on, in the recipient's own language (users.locale), whoever caused it to be sent.
 * Both leave the clinic's systems (a notification shows on a lock screen), so they carry no clinical detail:
 * no pain scores, no notes, no message text; they say that something is waiting and link to where the
 * signed-in person can read it. Each email ends with where to change it.
 */
export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

type EmailWords = Words<"emails">;

/** Paragraphs, a blank line between each: the shape of every plain-text email. */
const paragraphs = (...parts: (string | false)[]) => parts.filter((p): p is string => p !== false).join("\n\n");
const signOff = (t: EmailWords, base: string, settings: string) => `--\n${t("signOff", { link: `${base}${settings}` })}`;

export function inviteMail(to: Recipient, from: { clinician: string; clinic: string }, link: string, days: number): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("invite.subject", { clinician: from.clinician }),
    text: paragraphs(t("hello", { name: to.name }), t("invite.body", from), `${t("choosePassword", { days })}\n${link}`, t("ignore")),
  };
}

export function clinicianInviteMail(to: Recipient, from: { inviter: string | null; clinic: string }, link: string, days: number): Mail {
  const t = wordsFor(to.locale, "emails");
  const inviter = from.inviter ?? t("clinicianInvite.yourClinic");
  return {
    to: to.email,
    subject: t("clinicianInvite.subject", { inviter, clinic: from.clinic }),
    text: paragraphs(t("hello", { name: to.name }), t("clinicianInvite.body", { inviter, clinic: from.clinic }), `${t("choosePassword", { days })}\n${link}`, t("ignore")),
  };
}

export function passwordResetMail(to: Recipient, link: string, minutes: number): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("passwordReset.subject"),
    text: paragraphs(t("hello", { name: to.name }), t("passwordReset.body"), `${t("passwordReset.choose", { minutes })}\n${link}`, t("passwordReset.after")),
  };
}

export function exerciseReminderMail(to: Recipient, base: string): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("exerciseReminder.subject"),
    text: paragraphs(t("hello", { name: to.name }), `${t("exerciseReminder.body", { link: `${base}/today` })}\n${t("exerciseReminder.after")}`, signOff(t, base, "/settings")),
    notification: { title: t("exerciseReminder.subject"), body: t("exerciseReminder.notification"), url: "/today" },
  };
}

export function checkinReminderMail(to: Recipient, base: string): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("checkinReminder.subject"),
    text: paragraphs(t("checkinReminder.greeting", { name: to.name }), t("checkinReminder.body", { link: `${base}/check-in` }), signOff(t, base, "/settings")),
    notification: { title: t("checkinReminder.subject"), body: t("checkinReminder.notification"), url: "/check-in" },
  };
}

export function nudgeMail(to: Recipient, base: string): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("nudge.subject"),
    text: paragraphs(t("hello", { name: to.name }), `${t("nudge.body", { link: `${base}/today` })}\n${t("nudge.after")}`, signOff(t, base, "/settings")),
    notification: { title: t("nudge.subject"), body: t("nudge.notification"), url: "/today" },
  };
}

export function digestMail(to: Recipient, base: string, runners: { name: string; status: "urgent" | "red" | "stopped" }[]): Mail {
  const t = wordsFor(to.locale, "emails");
  const lines = runners.map((r) => t("digest.line", { name: r.name, status: r.status })).join("\n");
  return {
    to: to.email,
    subject: t("digest.subject", { count: runners.length }),
    text: paragraphs(t("hello", { name: to.name }), `${t("digest.intro")}\n${lines}`, t("digest.roster", { link: `${base}/clinic` }), signOff(t, base, "/clinic/settings")),
  };
}

/**
 * A red-flag alert: it says only that a runner in the clinician's care reported an urgent sign, with a link.
 * No name, no sign: a mail or a lock screen is not the place for a patient's data.
 */
export function redFlagAlertMail(to: Recipient, link: string, base: string): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("redFlagAlert.subject"),
    text: paragraphs(t("hello", { name: to.name }), t("redFlagAlert.body", { link }), t("redFlagAlert.why"), "StrideBack"),
    notification: { title: t("redFlagAlert.notificationTitle"), body: t("redFlagAlert.notification"), url: link.replace(base, "") || "/" },
  };
}

export function messageMail(to: Recipient, from: string, link: string, base: string, settings: string): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("message.subject", { from }),
    text: paragraphs(t("hello", { name: to.name }), t("message.body", { from, link }), signOff(t, base, settings)),
    notification: { title: t("message.subject", { from }), body: t("message.notification"), url: link.replace(base, "") || "/" },
  };
}

/** `until` is the moment the archive is removed, said on UTC's clock in the recipient's language. */
export function dataExportReadyMail(to: Recipient, link: string, until: string): Mail {
  const t = wordsFor(to.locale, "emails");
  return {
    to: to.email,
    subject: t("dataExportReady.subject"),
    text: paragraphs(t("hello", { name: to.name }), `${t("dataExportReady.body")}\n${link}`, t("dataExportReady.after", { until })),
  };
}
