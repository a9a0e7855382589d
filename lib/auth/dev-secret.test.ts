import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ensureAuthSecret } from "./dev-secret";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "strideback-secret-"));
  vi.spyOn(process, "cwd").mockReturnValue(dir);
  vi.stubEnv("AUTH_SECRET", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("AUTH_SECRET", () => {
  it("refuses to start a production server without one", () => {
    expect(() => ensureAuthSecret("production-server")).toThrow(/AUTH_SECRET is not set/);
  });

  it("generates a development secret once and keeps it across restarts", () => {
    ensureAuthSecret("development");
    const first = process.env.AUTH_SECRET;
    expect(first).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    vi.stubEnv("AUTH_SECRET", "");
    ensureAuthSecret("development");
    expect(process.env.AUTH_SECRET).toBe(first);
  });

  it("leaves a configured secret alone", () => {
    vi.stubEnv("AUTH_SECRET", "from-the-environment");
    ensureAuthSecret("production-server");
    expect(process.env.AUTH_SECRET).toBe("from-the-environment");
  });
});
