import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { connect } from "@/db";
import { migrate } from "@/lib/prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}

/*
 * Vitest global setup for the PGlite project: the committed migrations applied once, to one in-memory
 * database whose files are dumped for each worker's database to start from (testing/prepare-pglite.ts).
 * Migrating a database from nothing takes about 5 s.
 */
export default async function setup(project: TestProject) {
  const connection = await connect({ pgliteDir: "memory://" });
  await migrate(connection);
  const dump = await connection.dump!();
  await connection.close();
  const file = path.join(os.tmpdir(), `strideback-pglite-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDump", file);
  return () => rm(file, { force: true });
}
