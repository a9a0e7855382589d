import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's second recommended profile (19 MiB, 2 passes): strong, and about 30 ms here.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/*
 * Verifies against a real hash even when the email is unknown, so that a wrong email and a wrong
 * password take the same time and cannot be told apart.
 */
let dummyHash: Promise<string> | undefined;
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hash("strideback-timing-equaliser", OPTIONS);
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash != null;
}
