/*
 * The phone's outbox for red-flag answers given without a connection. Entries are the form's own fields,
 * so sending later runs exactly the validation, authorization and idempotency of a live submit (the form's
 * client id makes a second send harmless). Kept in localStorage: it survives a closed tab and a reboot.
 */
export type OutboxKind = "checkin" | "worry";
export interface OutboxItem {
  kind: OutboxKind;
  clientId: string;
  entries: [string, string][];
  queuedAt: string;
}

const KEY = "strideback.outbox.v1";
export const OUTBOX_EVENT = "strideback:outbox";

export function readOutbox(): OutboxItem[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

function write(items: OutboxItem[]) {
  localStorage.setItem(KEY, JSON.stringify(items));
  window.dispatchEvent(new Event(OUTBOX_EVENT));
}

export function enqueue(kind: OutboxKind, form: HTMLFormElement): OutboxItem {
  const entries = [...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith("$ACTION"));
  const item: OutboxItem = { kind, clientId: String(new FormData(form).get("clientId") ?? ""), entries, queuedAt: new Date().toISOString() };
  write([...readOutbox().filter((i) => i.clientId !== item.clientId), item]);
  return item;
}

export function removeFromOutbox(clientId: string) {
  write(readOutbox().filter((i) => i.clientId !== clientId));
}
