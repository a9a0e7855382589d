import "server-only";
import PgBoss from "pg-boss";
import { getConnection, type Queryable } from "@/db";
import { adapter, QUEUES, type QueueName, SCHEMA } from "./queues";

export { QUEUES };

/*
 * The job queue: pg-boss on StrideBack's own database (its tables in the `pgboss` schema), so every app
 * instance and worker shares one queue and a job is fetched by one worker at a time. The app only sends;
 * workers (`npm run worker`, or in-process with the embedded database) run the handlers in lib/jobs/worker.
 */
const globalForQueue = globalThis as unknown as { strideBackSender?: PgBoss; strideBackWorker?: Promise<PgBoss> };

/**
 * The sending side: a pg-boss that is never started, so it runs no query of its own. Every send goes
 * through the caller's transaction (enqueue below), which also keeps it clear of the embedded database's
 * single connection while a transaction holds it.
 */
function sender(): PgBoss {
  globalForQueue.strideBackSender ??= new PgBoss({
    db: adapter(() => Promise.reject(new Error("the queue sends through a transaction"))),
    schema: SCHEMA,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  return globalForQueue.strideBackSender;
}

/**
 * The working side, one per process that runs jobs (`npm run worker`, or the app itself on the embedded
 * database): polls the queues, runs maintenance and the cron clock, over the app's own connection.
 */
export function getWorkerQueue(): Promise<PgBoss> {
  globalForQueue.strideBackWorker ??= (async () => {
    const connection = await getConnection();
    const boss = new PgBoss({ db: adapter(connection.executeSql), schema: SCHEMA, supervise: true, schedule: true, migrate: false });
    boss.on("error", (error) => void import("@/lib/log").then(({ log, safeError }) => log.error({ err: safeError(error) }, "job queue error")));
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForQueue.strideBackWorker = undefined;
    throw error;
  });
  return globalForQueue.strideBackWorker;
}

/**
 * pg-boss's SQL run on the caller's open transaction. It goes to the connection Drizzle holds for the
 * transaction, as written: pg-boss reuses a $n in places PostgreSQL types differently, so the text cannot
 * be rebuilt as a Drizzle query. Both drivers' clients answer query(text, values) with { rows }.
 */
function onTransaction(tx: Queryable): PgBoss.Db {
  const { client } = (tx as unknown as { session: { client: { query: (text: string, values: unknown[]) => Promise<{ rows: never[] }> } } }).session;
  return { executeSql: (text, values) => client.query(text, values) };
}

/**
 * Queues a job inside the caller's transaction: it exists if and only if the write that asked for it
 * commits. Retries with back-off cover a mail server that is down for a while.
 */
export async function enqueue(tx: Queryable, name: QueueName, data: object, options: PgBoss.SendOptions = {}) {
  const id = await sender().send(name, data, { retryLimit: 8, retryDelay: 30, retryBackoff: true, ...options, db: onTransaction(tx) });
  // pg-boss answers null when the queue does not exist: a database that was not migrated. Refuse the write.
  if (!id && !options.singletonKey) throw new Error(`job queue "${name}" is not installed: run the migrations`);
}
