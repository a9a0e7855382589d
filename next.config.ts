import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { ensureAuthSecret } from "./lib/auth/dev-secret";
import { RUN_FILES_BODY_LIMIT } from "./lib/runs/reading";
import { sourceHash } from "./lib/source-hash";
import { staticSecurityHeaders } from "./lib/security-headers";

// next-intl finds each request's language and messages here (lib/i18n/request.ts).
const withMessages = createNextIntlPlugin("./lib/i18n/request.ts");

export default function config(phase: string): NextConfig {
  return withMessages(baseConfig(phase));
}

function baseConfig(phase: string): NextConfig {
  if (phase === PHASE_DEVELOPMENT_SERVER) ensureAuthSecret("development");
  if (phase === PHASE_PRODUCTION_SERVER) ensureAuthSecret("production-server");
  if (phase === PHASE_PRODUCTION_BUILD) ensureAuthSecret("build");
  return {
    // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
    serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "pg-boss", "nodemailer"],
    poweredByHeader: false,
    // `npm test` type-checks the whole tree (app, tests, scripts) before it builds, and says so here: the
    // build then skips its own, narrower pass over the same files. Every other build checks types itself.
    typescript: { ignoreBuildErrors: process.env.STRIDEBACK_TYPES_CHECKED === "1" },
    // Kept judgements (the roster's summaries, the "all" charts) are tied to the code that made them. A build
    // writes its revision into .next (scripts/stamp-revision.ts) for every process of the release to read;
    // `next dev` runs the live source, so it names that source's hash itself.
    env: phase === PHASE_DEVELOPMENT_SERVER ? { STRIDEBACK_CODE_REVISION: sourceHash(process.cwd()) } : {},
    async headers() {
      return [{ source: "/:path*", headers: staticSecurityHeaders(phase !== PHASE_DEVELOPMENT_SERVER) }];
    },
    experimental: {
      // The proxy buffers a request's body for the route behind it; an exercise video may be 25 MB
      // (lib/media/limits.ts). The proxy itself refuses anything larger with a 413.
      proxyClientMaxBodySize: "27mb",
      // Run files from a watch are read by a server action (app/(runner)/log/run/import): a long run's GPX
      // is several megabytes, and a runner may send a few at once: 25 MB in all, 10 MB a file
      // (lib/runs/reading.ts), and a little for the form. The proxy lets only that page post so much.
      serverActions: { bodySizeLimit: RUN_FILES_BODY_LIMIT },
      // Three times during development, next dev sent the browser a "restart" for an unchanged chunk on
      // every load (an endless reload), and each time deleting .next/dev, where this cache lives, cured
      // it. We could not reproduce the trigger on demand, so the cache stays off: cold starts cost a few
      // seconds, a first-run demo stuck reloading costs the user.
      turbopackFileSystemCacheForDev: false,
    },
  };
}
