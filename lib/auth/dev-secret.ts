import { randomBytes } from "node:crypto";
import { keptInDataDir } from "../dev-data-file";

/*
 * AUTH_SECRET without a manual .env step: in development we generate one on first run and keep it in
 * the git-ignored .data folder, so sessions survive restarts. Production must be given a real secret.
 */
export function ensureAuthSecret(phase: "development" | "production-server" | "build"): void {
  if (process.env.AUTH_SECRET) return;
  if (phase === "production-server") {
    throw new Error(
      "AUTH_SECRET is not set. StrideBack refuses to start in production without it: generate one with " +
        "`openssl rand -base64 32` and set it in the environment.",
    );
  }
  if (phase === "build") return;
  process.env.AUTH_SECRET = keptInDataDir("dev-auth-secret", () => randomBytes(32).toString("base64"));
}
