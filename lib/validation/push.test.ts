import { describe, expect, it } from "vitest";
import { said } from "@/lib/i18n/said";
import { pushSubscriptionSchema } from "./push";

const keys = { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" };

describe("a phone's push subscription", () => {
  it("is taken as the browser gives it", () => {
    expect(pushSubscriptionSchema.parse({ endpoint: "https://push.example/abc", keys, expirationTime: null })).toEqual({ endpoint: "https://push.example/abc", keys });
  });

  it("is refused without its keys, or with an endpoint that is not https", () => {
    expect(pushSubscriptionSchema.safeParse({ endpoint: "https://push.example/abc" }).success).toBe(false);
    expect(pushSubscriptionSchema.safeParse({ endpoint: "http://push.example/abc", keys }).error?.issues[0]?.message).toBe(said("pushSubscription"));
    expect(pushSubscriptionSchema.safeParse({ endpoint: "https://push.example/abc", keys: { ...keys, auth: "not base64!" } }).success).toBe(false);
  });
});
