/** What the phone's outbox calls things, in the runner's language (finished on the server, {placeholders} filled here). */
export interface OutboxWords {
  kinds: Record<"run" | "session" | "checkin" | "worry" | "runfile" | "measure", string>;
  on: string;
  region: string;
  backOnline: string;
  seeIt: string;
  refused: string;
  refusedReason: string;
  redFlagHint: string;
  waiting: string;
  since: string;
  sent: string;
}
