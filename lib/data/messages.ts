import "server-only";
import { randomUUID } from "node:crypto";
import { perRequest } from "@/lib/request-memo";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Queryable, selectRows } from "@/db";
import { messageReads, messages, users } from "@/db/schema";
import { enqueue, QUEUES } from "@/lib/jobs/queue";
import type { MessageInput } from "@/lib/validation/messages";
import { type Actor, isId } from "./actor";
import { type ClientKey, insertOnce } from "./insert-once";
import { NotFoundError } from "@/lib/errors";
import { recordAudit, recordRead } from "./audit";
import { assertMayRead } from "./access";

/*
 * One conversation per runner, between the runner and every clinician caring for them. It is the runner's
 * record as much as their logs are: the runner reads their own thread, a clinician reads the threads of
 * runners in their care, and anyone else finds no thread at all. Clinician notes stay a separate, private
 * record. Unread is what others wrote after the reader last opened the thread.
 */

/** How long a message waits unread before its reader is emailed: a conversation in progress sends no mail. */
export function messageAlertDelaySeconds() {
  const configured = Number(process.env.STRIDEBACK_MESSAGE_ALERT_DELAY_SECONDS);
  return Number.isFinite(configured) && configured >= 0 ? configured : 60;
}

/** Throws "not found" unless the actor may read and write this runner's thread. */
async function assertThreadAccess(tx: Queryable, actor: Actor, runnerId: string) {
  if (!isId(runnerId)) throw new NotFoundError("Thread");
  await assertMayRead(tx, actor, runnerId, "Thread");
}

export interface ThreadMessage {
  id: string;
  body: string;
  authorName: string;
  authorRole: "runner" | "clinician";
  mine: boolean;
  createdAt: Date;
}

const threadColumns = { id: messages.id, body: messages.body, authorId: messages.authorId, authorName: users.name, authorRole: users.role, createdAt: messages.createdAt };
const asThreadMessage = (actor: Actor) => ({ authorId, ...m }: { authorId: string } & Omit<ThreadMessage, "mine">): ThreadMessage => ({ ...m, mine: authorId === actor.id });

/** A runner's thread, oldest or newest first as the caller orders it. */
const threadRows = (db: Queryable, runnerId: string) =>
  db.select(threadColumns).from(messages).innerJoin(users, eq(users.id, messages.authorId)).where(eq(messages.runnerId, runnerId)).$dynamic();

export async function getThread(actor: Actor, runnerId: string): Promise<ThreadMessage[]> {
  const db = await getDb();
  await assertThreadAccess(db, actor, runnerId);
  const rows = await threadRows(db, runnerId).orderBy(asc(messages.createdAt), asc(messages.id));
  await recordRead(actor, "messages.view", runnerId);
  return rows.map(asThreadMessage(actor));
}

/**
 * The last few messages, oldest first, for the clinician's runner page: that page's own read is already
 * audited as one view of the record, so this adds no second row (one audit row per page, not per query).
 */
export async function latestMessages(actor: Actor, runnerId: string, count: number): Promise<ThreadMessage[]> {
  const db = await getDb();
  await assertThreadAccess(db, actor, runnerId);
  const rows = await threadRows(db, runnerId).orderBy(desc(messages.createdAt), desc(messages.id)).limit(count);
  return rows.reverse().map(asThreadMessage(actor));
}

/**
 * Stores a message once per client id (a double tap or a resend stores one), audited, and queues the
 * alert to the other side, which is emailed only if still unread after a minute.
 */
export async function sendMessage(actor: Actor, runnerId: string, input: MessageInput): Promise<{ id: string; duplicate: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertThreadAccess(tx, actor, runnerId);
    const columns = { id: messages.id, runnerId: messages.runnerId };
    const key: ClientKey<{ id: string; runnerId: string }> = { table: messages, columns, owner: [messages.authorId, actor.id], clientId: [messages.clientId, input.clientId] };
    const stored = await insertOnce(tx, key, async () => {
      const [row] = await tx.insert(messages).values({ runnerId, authorId: actor.id, clientId: input.clientId, body: input.body }).onConflictDoNothing().returning(columns);
      return row;
    });
    // A client id reused on another runner's thread is not a resend of this message.
    if (stored?.row.runnerId !== runnerId) throw new NotFoundError("Thread");
    if (!stored.duplicate) await afterStored(tx, actor, runnerId, stored.row.id);
    return { id: stored.row.id, duplicate: stored.duplicate };
  });
}

/** What follows a new message in the same transaction: the writer has read up to it, the audit, the alert. */
async function afterStored(tx: Queryable, actor: Actor, runnerId: string, messageId: string) {
  await markRead(tx, actor, runnerId);
  await recordAudit(tx, actor, "message.send", { type: "message", id: messageId }, { runnerId });
  await enqueue(tx, QUEUES.message, { messageId }, { startAfter: messageAlertDelaySeconds() });
}

/**
 * A message the app writes for the actor in the caller's transaction (the handover's "your physio is now
 * …"), after the caller has checked the actor may change this runner's care: stored, audited and alerted as
 * any other.
 */
export async function postInThread(tx: Queryable, actor: Actor, runnerId: string, body: string) {
  const [stored] = await tx.insert(messages).values({ runnerId, authorId: actor.id, clientId: randomUUID(), body }).returning({ id: messages.id });
  await afterStored(tx, actor, runnerId, stored!.id);
}

async function markRead(tx: Queryable, actor: Actor, runnerId: string) {
  await tx
    .insert(messageReads)
    .values({ userId: actor.id, runnerId, readUntil: sql`now()` })
    .onConflictDoUpdate({ target: [messageReads.userId, messageReads.runnerId], set: { readUntil: sql`greatest(${messageReads.readUntil}, now())` } });
}

/** The reader has seen the thread: what others wrote until now is no longer unread. */
export async function markThreadRead(actor: Actor, runnerId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertThreadAccess(tx, actor, runnerId);
    await markRead(tx, actor, runnerId);
  });
}

const unreadFor = (actor: Actor) => sql`
  select m.runner_id as "runnerId", count(*)::int as unread, max(m.created_at) as latest
  from messages m
  left join message_reads r on r.user_id = ${actor.id} and r.runner_id = m.runner_id
  where m.author_id <> ${actor.id} and (r.read_until is null or m.created_at > r.read_until)`;

/** The threads the actor may read: the runner's own, or those of the runners in the clinician's care. */
const readableThreads = (actor: Actor) =>
  actor.role === "runner" ? sql`m.runner_id = ${actor.id}` : sql`m.runner_id in (select runner_id from care_access where clinician_id = ${actor.id})`;

/**
 * Unread messages in each thread the actor may read. Cached for the request: the header (in the layout)
 * and the page below it (the roster, a runner's page) read the same counts from one query.
 */
export const unreadCounts = perRequest(async (actor: Actor): Promise<Map<string, number>> => {
  const db = await getDb();
  const rows = await selectRows<{ runnerId: string; unread: number }>(db, sql`${unreadFor(actor)} and ${readableThreads(actor)} group by m.runner_id`);
  return new Map(rows.map((r) => [r.runnerId, r.unread]));
});

/** All unread messages for the header. */
export async function totalUnread(actor: Actor): Promise<number> {
  let total = 0;
  for (const n of (await unreadCounts(actor)).values()) total += n;
  return total;
}

export interface InboxThread {
  runnerId: string;
  name: string;
  /** The thread's last message, whoever wrote it. */
  last: { body: string; authorName: string; mine: boolean; at: Date };
  unread: number;
}

/**
 * The clinician's inbox: every thread of a runner in their care that has a message, newest first, each
 * with its last message and how many wait unread. One row per thread (the index on runner and time
 * finds each thread's last message).
 */
export async function listThreads(actor: Actor): Promise<InboxThread[]> {
  if (actor.role !== "clinician") return [];
  const db = await getDb();
  const [rows, unread] = await Promise.all([
    selectRows<{ runnerId: string; name: string; body: string; authorName: string; mine: boolean; at: string | Date }>(db, sql`
      select distinct on (m.runner_id) m.runner_id as "runnerId", r.name, m.body, a.name as "authorName", m.author_id = ${actor.id} as mine, m.created_at as at
      from messages m
      join users r on r.id = m.runner_id
      join users a on a.id = m.author_id
      where ${readableThreads(actor)}
      order by m.runner_id, m.created_at desc`),
    unreadCounts(actor),
  ]);
  return rows
    .map((r) => ({ runnerId: r.runnerId, name: r.name, last: { body: r.body, authorName: r.authorName, mine: r.mine, at: new Date(r.at) }, unread: unread.get(r.runnerId) ?? 0 }))
    .sort((a, b) => b.last.at.getTime() - a.last.at.getTime());
}
