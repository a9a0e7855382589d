import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/*
 * A secret that must ride in a job (an invite token) is sealed with AES-256-GCM under a key derived from
 * AUTH_SECRET, so the queue's tables and their archive never hold a usable invite link. The app and the
 * worker share AUTH_SECRET; a tampered or foreign box does not open.
 */
function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHash("sha256").update(`strideback job seal\0${secret}`).digest();
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

export function unseal(box: string): string {
  const [iv, tag, body] = box.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
