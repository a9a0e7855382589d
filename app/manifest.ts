import type { MetadataRoute } from "next";
import { SHARE_TARGET, SHARED_FILES_FIELD } from "@/lib/offline/shared-runs";

/*
 * The web app manifest: StrideBack installs on a runner's phone and opens on today's plan. The icons are
 * full-bleed, so they also serve as maskable. Installed, it is a place to share a run file to from the watch's
 * app (Garmin Connect, Coros, Strava): FIT has no registered type and those apps share it as plain bytes,
 * so application/octet-stream is accepted too; the import reads the file itself, never its name or type.
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
    share_target: {
      action: SHARE_TARGET,
      method: "POST",
      enctype: "multipart/form-data",
      params: {
        files: [
          {
            name: SHARED_FILES_FIELD,
            accept: [".fit", ".gpx", ".tcx", "application/vnd.ant.fit", "application/gpx+xml", "application/vnd.garmin.tcx+xml", "application/xml", "text/xml", "application/octet-stream"],
          },
        ],
      },
    },
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
