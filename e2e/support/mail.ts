import { expect } from "@playwright/test";
import type { ReceivedMail } from "@/testing/smtp-sink";
import { ports } from "./ports";

export const smtpPort = ports.smtp;
export const mailHttpPort = ports.mailHttp;

/** Waits for the email(s) the local SMTP server received for an address. */
export async function mailTo(address: string, count = 1): Promise<ReceivedMail[]> {
  let mails: ReceivedMail[] = [];
  await expect
    .poll(async () => {
      const response = await fetch(`http://127.0.0.1:${mailHttpPort}/messages?to=${encodeURIComponent(address)}`);
      mails = (await response.json()) as ReceivedMail[];
      return mails.length;
    }, { timeout: 20_000, message: `email for ${address}` })
    .toBeGreaterThanOrEqual(count);
  return mails;
}
