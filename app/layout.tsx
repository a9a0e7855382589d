import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CommonWordsProvider } from "@/components/words/common-words";
import { commonWords } from "@/components/words/common-words-server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: { default: "StrideBack", template: "%s · StrideBack" }, description: (await getTranslations("common"))("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17624f" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce (see proxy.ts).
  await connection();
  const [locale, words] = await Promise.all([getLocale(), commonWords()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <CommonWordsProvider words={words}>{children}</CommonWordsProvider>
      </body>
    </html>
  );
}
