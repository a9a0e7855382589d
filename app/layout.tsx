import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "StrideBack", template: "%s · StrideBack" },
  description: "Rehab plans, pain logs and recovery charts for runners and their physiotherapists.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17624f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
