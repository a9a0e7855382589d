import PgBoss from "pg-boss";

/*
 * StrideBack's queues on pg-boss, and their installation. No "server-only" here: the migration scripts
 * (tsx, outside Next) install the queue with the rest of the schema.
 */
export const QUEUES = {
  /** Emails an invite link to a new runner. */
  invite: "invite",
  /** Every minute: finds the reminders and digests now due and queues one delivery each. */
  tick: "reminders-tick",
  /** Sends one reminder or digest, once. */
  remind: "remind",
  /** Emails a one-time account link: a colleague's invite, a password reset. */
  account: "account-mail",
  /** Tells the other side of a thread about a message they have not read. */
  message: "message-notify",
  /** Alerts a runner's clinicians, at once, that the runner reported an urgent sign. */
  redFlag: "red-flag-alert",
  /** Builds a runner's data archive ("Download my data") and tells whoever asked. */
  dataExport: "data-export",
  /** Once a day: removes expired data archives, and de-identifies closed accounts past their retention period. */
  lifecycle: "data-lifecycle",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const SCHEMA = "pgboss";
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
export const adapter = (executeSql: ExecuteSql): PgBoss.Db => ({ executeSql: (text, values) => executeSql(text, values) as Promise<{ rows: never[] }> });

/**
 * Installs or upgrades pg-boss's tables and creates StrideBack's queues: part of migrating the database
 * (db/index.ts), so that the app can send from its first request, before any worker has run.
 */
export async function installQueue(executeSql: ExecuteSql) {
  const boss = new PgBoss({ db: adapter(executeSql), schema: SCHEMA, supervise: false, schedule: false, migrate: true });
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  for (const name of Object.values(QUEUES)) if (!existing.has(name)) await boss.createQueue(name);
  await boss.stop({ graceful: false, close: false, wait: true });
}

