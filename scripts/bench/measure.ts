/*
 * The benchmark's measurements. Every comparison is taken side by side: variants alternate within each
 * round, after a warm-up, so a busy moment on a shared machine falls on all of them alike.
 */
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { percentile, type Visitor } from "./http";

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  bytes?: number;
}

export const stats = (xs: number[], bytes?: number): Stats => ({ n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), bytes });

/** Alternates the variants `rounds` times after `warmup` rounds; each variant's timings and last size. */
export async function interleaved(variants: Record<string, () => Promise<{ ms: number; bytes?: number; status?: number }>>, rounds: number, warmup = 3) {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const sizes: Record<string, number | undefined> = {};
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [name, run] of Object.entries(variants)) {
      const result = await run();
      if (result.status !== undefined && result.status !== 200) throw new Error(`${name} answered ${result.status}`);
      if (round >= warmup) times[name]!.push(result.ms);
      sizes[name] = result.bytes;
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, stats(xs, sizes[k])])) as Record<string, Stats>;
}

/** A captured write request, replayed with a fresh client id each time (the same bytes the browser sent). */
export interface CapturedWrite {
  path: string;
  headers: Record<string, string>;
  body: string;
  clientId: string;
}

export interface WriteLoad {
  acknowledged: number;
  perSecond: number;
  latency: Stats;
  clientIds: string[];
  failures: number;
}

/** Each visitor sends writes back to back for `seconds`, all visitors at once. */
export async function writeLoad(visitors: Visitor[], write: CapturedWrite, seconds: number, acknowledged: (status: number, body: string) => boolean): Promise<WriteLoad> {
  const latencies: number[] = [];
  const clientIds: string[] = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    visitors.map(async (visitor) => {
      while (performance.now() < until) {
        const clientId = randomUUID();
        const result = await visitor.request(write.path, { method: "POST", headers: write.headers, body: write.body.replaceAll(write.clientId, clientId) });
        if (acknowledged(result.status, result.body)) {
          latencies.push(result.ms);
          clientIds.push(clientId);
        } else {
          failures++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { acknowledged: clientIds.length, perSecond: clientIds.length / elapsed, latency: stats(latencies), clientIds, failures };
}

/**
 * The JavaScript a page loads on first visit: every script it names, fetched and gzipped (level 6, as
 * servers do). `nomodule` scripts (polyfills for browsers without modules) are not loaded by any phone
 * that can run StrideBack, so they are left out.
 */
export async function firstLoadJs(visitor: Visitor, path: string, cache: Map<string, number>) {
  const page = await visitor.request(path);
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const tags = [...page.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/\bnoModule\b/i.test(attrs));
  const sources = [...new Set(tags.map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1]).filter((src): src is string => Boolean(src)).map((src) => src.replace(/&amp;/g, "&")))];
  let total = 0;
  for (const src of sources) {
    if (!cache.has(src)) {
      const script = await fetch(visitor.base + src);
      cache.set(src, gzipSync(Buffer.from(await script.arrayBuffer()), { level: 6 }).length);
    }
    total += cache.get(src)!;
  }
  return { kb: Math.round(total / 102.4) / 10, scripts: sources.length };
}
