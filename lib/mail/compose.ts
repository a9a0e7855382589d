import type { Mail } from "./transport";

/*
 * The words of every email StrideBack sends, and of the phone notification that replaces it for a runner
 * who turned notifications on. Both leave the clinic's systems (a notification shows on a lock screen), so
 * they carry no clinical detail: no pain scores, no notes, no message text; they say that something is
 * waiting and link to where the signed-in person can read it. Each email ends with where to change it.
 */
const signOff = (base: string, settings: string) => `\n\n--\nStrideBack. To change these emails: ${base}${settings}`;

export function inviteMail(to: { email: string; name: string }, from: { clinician: string; clinic: string }, link: string, days: number): Mail {
  return {
    to: to.email,
    subject: `${from.clinician} invited you to StrideBack`,
    text:
      `Hello ${to.name},\n\n${from.clinician} at ${from.clinic} has set up your rehab plan in StrideBack, where you log your ` +
      `exercise sessions, runs and morning check-ins, and your physio sees how you are doing.\n\n` +
      `Choose your password here (the link works once, for ${days} days):\n${link}\n\n` +
      `If you were not expecting this, ignore this email; nothing happens without the link.`,
  };
}

export function clinicianInviteMail(to: { email: string; name: string }, from: { inviter: string; clinic: string }, link: string, days: number): Mail {
  return {
    to: to.email,
    subject: `${from.inviter} invited you to ${from.clinic} on StrideBack`,
    text:
      `Hello ${to.name},\n\n${from.inviter} has invited you to join ${from.clinic} on StrideBack, where your runners' ` +
      `exercise sessions, runs and pain levels are judged by the 24-hour pain rule and ranked by who needs you.\n\n` +
      `Choose your password here (the link works once, for ${days} days):\n${link}\n\n` +
      `If you were not expecting this, ignore this email; nothing happens without the link.`,
  };
}

export function passwordResetMail(to: { email: string; name: string }, link: string, minutes: number): Mail {
  return {
    to: to.email,
    subject: "Reset your StrideBack password",
    text:
      `Hello ${to.name},\n\nSomeone (we hope you) asked to reset the password of your StrideBack account.\n\n` +
      `Choose a new password here (the link works once, for ${minutes} minutes):\n${link}\n\n` +
      `Setting a new password signs you out on every other device. If you did not ask for this, ignore this ` +
      `email: your password stays as it is.`,
  };
}

export function exerciseReminderMail(to: { email: string; name: string }, base: string): Mail {
  return {
    to: to.email,
    subject: "Your exercises for today",
    text: `Hello ${to.name},\n\nToday's exercises are waiting in your plan: ${base}/today\nLog the session when you are done, with how it felt.${signOff(base, "/settings")}`,
    notification: { title: "Your exercises for today", body: "Your plan is waiting. Log the session when you are done.", url: "/today" },
  };
}

export function checkinReminderMail(to: { email: string; name: string }, base: string): Mail {
  return {
    to: to.email,
    subject: "How does it feel this morning?",
    text:
      `Good morning ${to.name},\n\nHow your leg feels this morning tells your physio how yesterday's session sat with it. ` +
      `The check-in takes a few seconds: ${base}/check-in${signOff(base, "/settings")}`,
    notification: { title: "How does it feel this morning?", body: "A few seconds: it tells your physio how yesterday sat with your leg.", url: "/check-in" },
  };
}

export function nudgeMail(to: { email: string; name: string }, base: string): Mail {
  return {
    to: to.email,
    subject: "Checking in from StrideBack",
    text:
      `Hello ${to.name},\n\nWe have not seen a log from you for a few days. Whenever you are ready, your plan is here: ${base}/today\n` +
      `If something has changed or worries you, tell your physio there, under "Something new or worrying?".${signOff(base, "/settings")}`,
    notification: { title: "Checking in from StrideBack", body: "No log for a few days. Your plan is here whenever you are ready.", url: "/today" },
  };
}

export function digestMail(to: { email: string; name: string }, base: string, runners: { name: string; status: "urgent" | "red" | "stopped" }[]): Mail {
  const said = { urgent: "red flag open", red: "red light", stopped: "stopped logging" } as const;
  const lines = runners.map((r) => `- ${r.name}: ${said[r.status]}`).join("\n");
  return {
    to: to.email,
    subject: `${runners.length} ${runners.length === 1 ? "runner needs" : "runners need"} your attention`,
    text: `Hello ${to.name},\n\nOn your roster this morning:\n${lines}\n\nThe roster, most urgent first: ${base}/clinic${signOff(base, "/clinic/settings")}`,
  };
}

/**
 * A red-flag alert: it says only that a runner in the clinician's care reported an urgent sign, with a link.
 * No name, no sign: a mail or a lock screen is not the place for a patient's data.
 */
export function redFlagAlertMail(to: { email: string; name: string }, link: string, base: string): Mail {
  return {
    to: to.email,
    subject: "StrideBack: a runner in your care reported an urgent sign",
    text: `Hello ${to.name},\n\nA runner in your care has just reported an urgent sign in StrideBack. Open it here, sign in, and record what was done: ${link}\n\nThis alert names no patient on purpose. It is sent however your reminders are set.\n\nStrideBack`,
    notification: { title: "Urgent sign reported", body: "A runner in your care reported an urgent sign. Open StrideBack.", url: link.replace(base, "") || "/" },
  };
}

export function messageMail(to: { email: string; name: string }, from: string, link: string, base: string, settings: string): Mail {
  return {
    to: to.email,
    subject: `New message from ${from}`,
    text: `Hello ${to.name},\n\n${from} sent you a message in StrideBack. Read and answer it here: ${link}${signOff(base, settings)}`,
    notification: { title: `New message from ${from}`, body: "Open StrideBack to read it.", url: link.replace(base, "") || "/" },
  };
}

export function dataExportReadyMail(to: { email: string; name: string }, link: string, until: string): Mail {
  return {
    to: to.email,
    subject: "Your StrideBack data archive is ready",
    text:
      `Hello ${to.name},\n\nThe data archive you asked for is ready. Sign in and download it here:\n${link}\n\n` +
      `It can be downloaded until ${until}; after that it is removed, and you can ask for a new one. ` +
      `It holds health records: keep it somewhere safe.`,
  };
}
