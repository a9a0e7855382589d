"use client";

import { useEffect, useState } from "react";
import { removePushSubscriptionAction, savePushSubscriptionAction } from "@/lib/actions/push";
import { Button } from "@/components/ui/button";

type State = "unsupported" | "blocked" | "off" | "on" | "working";

/** base64url (a VAPID public key) to the bytes PushManager.subscribe wants. */
function keyBytes(base64url: string) {
  const base64 = (base64url + "=".repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/**
 * Notifications on this phone: reminders and message alerts arrive as notifications instead of emails.
 * Needs the installed app's service worker and the browser's permission; without either it says so.
 */
export interface PushWords {
  on: string;
  blocked: string;
  unsupported: string;
  off: string;
  turnOff: string;
  turnOn: string;
  failed: string;
  phoneFailed: string;
}

export function PushToggle({ publicKey, words }: { publicKey: string | null; words: PushWords }) {
  const [state, setState] = useState<State>("working");
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      if (!publicKey || !("serviceWorker" in navigator) || !("PushManager" in window)) return setState("unsupported");
      if (Notification.permission === "denied") return setState("blocked");
      const registration = await navigator.serviceWorker.getRegistration();
      setState((await registration?.pushManager.getSubscription()) ? "on" : "off");
    })();
  }, [publicKey]);

  const turnOn = async () => {
    setState("working");
    setMessage(null);
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("blocked");
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey!) });
      const saved = await savePushSubscriptionAction(subscription.toJSON());
      if (!saved.ok) {
        await subscription.unsubscribe();
        setMessage(saved.message ?? words.failed);
        return setState("off");
      }
      setState("on");
    } catch {
      setMessage(words.phoneFailed);
      setState("off");
    }
  };

  const turnOff = async () => {
    setState("working");
    const registration = await navigator.serviceWorker.getRegistration();
    const subscription = await registration?.pushManager.getSubscription();
    if (subscription) {
      await removePushSubscriptionAction(subscription.endpoint);
      await subscription.unsubscribe();
    }
    setState("off");
  };

  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-600">
        {state === "on" ? words.on : state === "blocked" ? words.blocked : state === "unsupported" ? words.unsupported : words.off}
      </p>
      {state === "on" ? (
        <Button type="button" onClick={turnOff}>
          {words.turnOff}
        </Button>
      ) : state === "off" || state === "working" ? (
        <Button type="button" onClick={turnOn} disabled={state === "working"}>
          {words.turnOn}
        </Button>
      ) : null}
      {message ? (
        <p role="alert" className="text-sm text-pain-red">
          {message}
        </p>
      ) : null}
    </div>
  );
}
