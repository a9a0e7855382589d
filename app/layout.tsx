import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "StrideBack", template: "%s · StrideBack" },
  description: "Rehab plans, pain logs and recovery charts for runners and their physiotherapists.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17624f" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce (see proxy.ts).
  await connection();
  return (
    <html lang={await getLocale()}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
