import { createStore, del, get, set, type UseStore, update } from "idb-keyval";

/*
 * The phone's outbox: entries made without a connection, kept in IndexedDB (through idb-keyval) until they
 * are sent. An entry is the form's own fields, client id included, so sending it later through
 * POST /api/logs runs exactly the validation, authorization and idempotency of a live submit: sending it
 * twice stores it once. Each entry names the runner who made it, and only that runner's session sends it
 * (a phone may be shared). What was sent is remembered for a day, so the runner can see when.
 */
export type OutboxKind = "run" | "session" | "checkin" | "worry" | "runfile" | "measure";
export interface OutboxItem {
  kind: OutboxKind;
  clientId: string;
  userId: string;
  entries: [string, string][];
  /** What the runner sees, e.g. "Run on 24 Nov". */
  label: string;
  queuedAt: string;
}
export interface SentItem {
  clientId: string;
  userId: string;
  kind: OutboxKind;
  label: string;
  sentAt: string;
  /** Where the stored entry (or a red flag's advice) now is. */
  next?: string;
}

export const OUTBOX_EVENT = "strideback:outbox";
const KEEP_SENT_MS = 24 * 60 * 60 * 1000;

let store: UseStore | undefined;
const db = () => (store ??= createStore("strideback", "outbox"));
const changed = () => window.dispatchEvent(new Event(OUTBOX_EVENT));

/**
 * A run read from a watch's file without a connection: the runner's answers as an entry, and the file
 * itself beside it (under its client id), sent together to POST /api/run-files, which reads it again.
 */
export async function queueRunFile(form: HTMLFormElement, file: Blob, userId: string, label: string): Promise<OutboxItem> {
  const clientId = String(new FormData(form).get("clientId") ?? "");
  await set(fileKey(clientId), file, db());
  return queueEntry("runfile", form, userId, label);
}

const fileKey = (clientId: string) => `file:${clientId}`;
export const fileOf = (clientId: string) => get<Blob>(fileKey(clientId), db());

export async function queueEntry(kind: OutboxKind, form: HTMLFormElement, userId: string, label: string): Promise<OutboxItem> {
  const data = new FormData(form);
  const entries = [...data].filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$ACTION"));
  const item: OutboxItem = { kind, clientId: String(data.get("clientId") ?? ""), userId, entries, label, queuedAt: new Date().toISOString() };
  await update<OutboxItem[]>("pending", (items = []) => [...items.filter((i) => i.clientId !== item.clientId), item], db());
  changed();
  return item;
}

export async function pendingFor(userId: string): Promise<OutboxItem[]> {
  return ((await get<OutboxItem[]>("pending", db())) ?? []).filter((i) => i.userId === userId);
}

export async function sentFor(userId: string): Promise<SentItem[]> {
  const since = Date.now() - KEEP_SENT_MS;
  return ((await get<SentItem[]>("sent", db())) ?? []).filter((i) => i.userId === userId && Date.parse(i.sentAt) > since);
}

export async function markSent(item: OutboxItem, next: string | undefined) {
  const since = Date.now() - KEEP_SENT_MS;
  await update<OutboxItem[]>("pending", (items = []) => items.filter((i) => i.clientId !== item.clientId), db());
  await del(fileKey(item.clientId), db());
  const sent: SentItem = { clientId: item.clientId, userId: item.userId, kind: item.kind, label: item.label, sentAt: new Date().toISOString(), next };
  await update<SentItem[]>("sent", (items = []) => [...items.filter((i) => i.clientId !== item.clientId && Date.parse(i.sentAt) > since), sent], db());
  changed();
}

/** A refused entry leaves the outbox: sending it again would be refused again. The runner is told. */
export async function dropPending(clientId: string) {
  await update<OutboxItem[]>("pending", (items = []) => items.filter((i) => i.clientId !== clientId), db());
  await del(fileKey(clientId), db());
  changed();
}
