import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { Row } from "./context";

/*
 * The measured table in docs/benchmarks.md, written from what this run measured and nothing else. It lives
 * between two markers; everything outside them (what each line means, how the numbers are reached, notes
 * on each change) is written by hand and never touched. A run of some sections (BENCH_ONLY) replaces the
 * rows of those sections and keeps the others, each row saying when it was measured.
 */
const DOC = "docs/benchmarks.md";
const START = "<!-- bench:measured:start -->";
const END = "<!-- bench:measured:end -->";
const HEAD = "| | Measure | Value | Target | Measured |";

interface StoredRow {
  group: string;
  line: string;
}

/** The rows already in the table, by section, so that a partial run keeps the others. */
function storedRows(block: string): StoredRow[] {
  return block
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith(HEAD) && !line.startsWith("|---"))
    .map((line) => ({ group: line.split("|")[1]!.trim(), line }));
}

export interface DatasetCounts {
  runners: number;
  logs: number;
  results: number;
  checkins: number;
  version: string;
}

export function writeReport(measured: Row[], big: DatasetCounts, small: DatasetCounts) {
  const day = new Date().toISOString().slice(0, 10);
  const text = readFileSync(DOC, "utf8");
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${START} ... ${END} block for the measured table`);
  const groups = new Set(measured.map((r) => r.group));
  const kept = storedRows(text.slice(from, to)).filter((r) => !groups.has(r.group));
  const fresh = measured.map((r) => ({ group: r.group, line: `| ${r.group} | ${r.measure} | ${r.value} | ${r.target ? `${r.target}: ${r.ok ? "met" : "**not met**"}` : ""} | ${day} |` }));
  const order = [...new Set([...kept, ...fresh].map((r) => r.group))];
  const all = order.flatMap((g) => [...kept, ...fresh].filter((r) => r.group === g));
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${big.version.split(" on ")[0]}`;
  const block = `${START}
Last written by \`npm run bench\` on ${day} (${[...groups].join(", ")}): ${machine}.
Dataset: ${big.runners.toLocaleString("en")} runners, ${big.logs.toLocaleString("en")} session logs, ${big.results.toLocaleString("en")} exercise results,
${big.checkins.toLocaleString("en")} check-ins; the comparison clinic ${small.runners} runners, ${small.logs.toLocaleString("en")} session logs.

${HEAD}
|---|---|---|---|---|
${all.map((r) => r.line).join("\n")}
`;
  writeFileSync(DOC, text.slice(0, from) + block + text.slice(to));
  console.log(`\n${all.map((r) => r.line).join("\n")}\n\nWritten to ${DOC}`);
}
