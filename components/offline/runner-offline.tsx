"use client";

import { createContext, useContext } from "react";
import { Outbox } from "./outbox";
import { RegisterServiceWorker } from "./register-service-worker";

const RunnerIdContext = createContext<string | null>(null);

/** Whose entries a form queues offline: the signed-in runner's. */
export function useRunnerId() {
  return useContext(RunnerIdContext);
}

/**
 * Offline support around the runner's pages: the service worker that keeps them openable, and the outbox
 * that sends what was entered without a connection once there is one, for this runner only.
 */
export function RunnerOffline({ runnerId, children }: { runnerId: string; children: React.ReactNode }) {
  return (
    <RunnerIdContext value={runnerId}>
      <RegisterServiceWorker />
      <Outbox runnerId={runnerId} />
      {children}
    </RunnerIdContext>
  );
}
