import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

/*
 * `npm run build`, after `next build`: bundles the service worker (lib/offline/sw.ts, on Serwist) and
 * writes into it the list of the build's static files to precache, as public/sw.js. Next serves public/
 * from disk at run time, so the file written after the build is the one served.
 */
const root = path.join(import.meta.dirname, "..");
const bundled = path.join(root, ".next", "sw.bundle.js");
const swDest = path.join(root, "public", "sw.js");

await build({
  entryPoints: [path.join(root, "lib", "offline", "sw.ts")],
  outfile: bundled,
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest,
  globDirectory: path.join(root, ".next", "static"),
  globPatterns: ["**/*.{js,css,woff2}"],
  modifyURLPrefix: { "": "/_next/static/" },
  // Content-hashed names: the URL is the version.
  dontCacheBustURLsMatching: /.*/,
  injectionPoint: "self.__SW_MANIFEST",
});
for (const warning of warnings) console.warn(warning);
console.log(`Service worker: public/sw.js precaches ${count} files (${Math.round(size / 1024)} KB).`);
