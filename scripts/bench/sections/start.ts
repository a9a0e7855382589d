import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { add, log, startServer } from "../context";
import { Visitor } from "../http";

/** A fresh embedded database with the demo clinic: from launch to ready, then the first sign-in. */
export async function firstStart() {
  log("First start on the embedded database (PGlite), with the demo clinic");
  for (const mode of ["start", "dev"] as const) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
    const started = performance.now();
    const server = await startServer({ port: 3303, mode, env: { DATABASE_URL: "", PGLITE_DATA_DIR: dir, STRIDEBACK_DEMO: "1" }, readyLine: mode === "dev" ? /StrideBack: ready at/ : /Ready in/, timeoutMs: 600_000 });
    const ready = performance.now();
    const visitor = new Visitor(server.base);
    await visitor.signIn("alex@runner.example", "strideback-demo");
    const today = await visitor.request("/today");
    const usable = performance.now();
    add("First start", `${mode === "dev" ? "npm run demo (next dev)" : "next start"}: said ready / first sign-in and /today answered`, `${Math.round((ready - started) / 100) / 10} s / ${Math.round((usable - ready) / 100) / 10} s after ready (${today.status})`, mode === "dev" ? "first sign-in <= 3 s after ready" : undefined, mode === "dev" ? usable - ready <= 3000 && today.status === 200 : undefined);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
