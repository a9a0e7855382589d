import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/*
 * Time-based one-time codes (RFC 6238, what every authenticator app speaks) through otplib, and the
 * recovery codes that stand in for a lost phone. Plain functions: lib/data keeps the secrets.
 */
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "StrideBack";

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/** The enrolment QR code as SVG markup, drawn on the server: no image request, nothing for a policy to block. */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", margin: 1, width: 176, errorCorrectionLevel: "M" });
}

/**
 * The time step a code belongs to when it is valid now (one 30-second step of clock drift either way),
 * and later than the last one accepted: a code read over a shoulder cannot be used a second time.
 */
export async function acceptedStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epochTolerance: 30, afterTimeStep: afterStep ?? undefined }).catch(() => null);
  return result?.valid && "timeStep" in result ? result.timeStep : null;
}

/** Ten codes of 10 characters in two groups ("k7qp2-x9mfa"), easy to read aloud and to type. */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What is stored of a recovery code; typed with or without the dash, in either case. */
export function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase().replace(/[^a-z0-9]/g, "")).digest("hex");
}
