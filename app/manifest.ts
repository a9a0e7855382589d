import type { MetadataRoute } from "next";

/*
 * The web app manifest: StrideBack installs on a runner's phone and opens on today's plan. The icons are
 * full-bleed, so they also serve as maskable.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "StrideBack",
    short_name: "StrideBack",
    description: "Your rehab plan, logs and recovery charts, shared with your physio.",
    start_url: "/today",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#17624f",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
