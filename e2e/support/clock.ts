import { ports } from "./ports";

/*
 * A second app instance on the same database whose clock is pinned (STRIDEBACK_NOW), for tests where the
 * time of day decides the date: at this instant it is 16:30 on Monday in UTC and 05:30 on Tuesday in Auckland.
 */
export const PINNED_NOW = "2026-11-23T16:30:00Z";
export const pinnedPort = ports.pinnedClock;
export const pinnedBaseURL = `http://localhost:${pinnedPort}`;
