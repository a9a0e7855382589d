import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

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
  const file = path.join(process.cwd(), ".data", "dev-auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
