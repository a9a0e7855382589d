"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The device's time zone: null while rendering on the server, which cannot know it; the browser's after hydration. */
export function useDeviceZone(): string | null {
  return useSyncExternalStore(noSubscription, deviceZone, () => null);
}
