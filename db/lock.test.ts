import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "strideback-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("the embedded database's folder lock", () => {
  it("refuses a second process with a message that says what to do", async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      fs.writeFileSync(path.join(dir, "strideback.lock"), String(other.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir)).toThrow(/already open in process \d+.*PGLITE_DATA_DIR.*DATABASE_URL/);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that has died", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "strideback.lock"), "999999");
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, "strideback.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "strideback.lock"))).toBe(false);
  });
});
