import PgBoss from "pg-boss";
import { sql } from "drizzle-orm";
import { connect, type Db, selectRows } from "@/db";
import { adapter, QUEUES, SCHEMA } from "@/lib/jobs/queues";

/*
 * The worker's clock, given by hand: ticks queued as its cron queues them, each naming its minute, so a test
 * can say "it is now 07:00 in Auckland" to the real worker process. A tick for a wall-clock time in a zone.
 */
export async function workerClock(db: Db) {
  const connection = await connect({ databaseUrl: process.env.E2E_DATABASE_URL });
  const boss = new PgBoss({ db: adapter(connection.executeSql), schema: SCHEMA, supervise: false, schedule: false, migrate: false });
  const instant = async (day: string, time: string, zone: string) => {
    const [row] = await selectRows<{ at: string | Date }>(db, sql`select (${`${day} ${time}`}::timestamp at time zone ${zone}) as at`);
    return new Date(row!.at).toISOString();
  };
  return {
    /** Queues the worker's tick for that minute of that day in that zone. */
    tick: async (day: string, time: string, zone: string) => boss.send(QUEUES.tick, { at: await instant(day, time, zone) }),
    close: () => connection.close(),
  };
}
