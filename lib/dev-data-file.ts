import fs from "node:fs";
import path from "node:path";

/**
 * A development value made once and kept in the git-ignored .data folder (the auth secret, the Web Push
 * keys), so that restarts keep it and there is no .env step. The first process to write it wins; any other
 * (the worker, a parallel test) reads what it wrote.
 */
export function keptInDataDir(name: string, create: () => string): string {
  const file = path.join(process.cwd(), ".data", name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, create(), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}
