import fs from "node:fs";
import path from "node:path";

/*
 * PGlite is a single-process database: two processes writing the same folder corrupt it. We hold a
 * lock file with our pid and refuse, with a message that says what to do, when a live process has it.
 */

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already open in process ${pid}. ` +
        `PGlite allows one process per folder: stop that process (for example the other "npm run dev"), ` +
        `or set PGLITE_DATA_DIR to another folder, or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "DataDirLockedError";
  }
}

export function acquireDataDirLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, "strideback.lock");
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockFile, "utf8"));
      if (holder === process.pid) break;
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirLockedError(dir, holder);
      // A crashed process left its lock behind: take it over.
      fs.rmSync(lockFile, { force: true });
    }
  }
  const release = () => {
    try {
      if (Number(fs.readFileSync(lockFile, "utf8")) === process.pid) fs.rmSync(lockFile, { force: true });
    } catch {
      // Already gone.
    }
  };
  process.once("exit", release);
  return release;
}
