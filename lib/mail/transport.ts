import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

/*
 * Where email goes. SMTP_URL (e.g. smtp://user:pass@smtp.example.org:587) sends through that server;
 * without it each message is written to .data/outbox/ as an .eml file, which the development page
 * /dev/outbox lists. A production worker refuses to start without SMTP_URL unless it is a demo
 * (scripts/worker.ts), so only development and demos write to the outbox.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The same news as a phone notification, for a person with notifications on (lib/push). */
  notification?: { title: string; body: string; url: string };
}

export const OUTBOX_DIR = path.join(process.cwd(), ".data", "outbox");

const globalForMail = globalThis as unknown as { strideBackMail?: Transporter };

function transport(): Transporter {
  globalForMail.strideBackMail ??= process.env.SMTP_URL
    ? nodemailer.createTransport(process.env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return globalForMail.strideBackMail;
}

export function mailSender(): string {
  return process.env.MAIL_FROM || "StrideBack <no-reply@strideback.local>";
}

/** Sends one email; throws when the server refuses it, so the job that asked is retried. */
export async function sendMail(mail: Mail): Promise<void> {
  const { notification: _, ...message } = mail;
  const info = await transport().sendMail({ from: mailSender(), ...message });
  if (!process.env.SMTP_URL) {
    await mkdir(OUTBOX_DIR, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-zA-Z0-9]/g, "").slice(0, 24)}.eml`;
    await writeFile(path.join(OUTBOX_DIR, name), info.message as Buffer);
  }
}
