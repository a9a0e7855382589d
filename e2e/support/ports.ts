/*
 * Every port the end-to-end suite opens, in one table: the isolated specs run two at a time, and two of them
 * once picked the same port, so one server refused to start and its test failed for a reason it never tested.
 */
const base = Number(process.env.E2E_PORT ?? 3210);

export const ports = {
  app: base,
  pinnedClock: base + 1,
  outage: base + 7,
  unsafeStartFresh: base + 8,
  firstRun: base + 9,
  unsafeStartAhead: base + 10,
  smtp: base + 15,
  mailHttp: base + 16,
} as const;
