// Adds up every runner's results into the one closing line CI reads: "N passed, N failed".
// Exits non-zero when anything failed or a runner produced no results at all.
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".test-artifacts";
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  } catch {
    return undefined;
  }
};

/** The first line of an error, short enough for a summary. */
const firstLine = (text) => (text ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").find((l) => l.trim())?.trim().slice(0, 240) ?? "";

let passed = 0;
let failed = 0;
const lines = [];

for (const line of fs.readFileSync(path.join(dir, "checks.txt"), "utf8").split("\n").filter(Boolean)) {
  const [name, status] = line.split(" ");
  if (status === "pass") passed++;
  else failed++;
  lines.push(`  ${name}: ${status}`);
}

const vitest = read("vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  lines.push(`  vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests + vitest.numTodoTests} skipped`);
  // numFailedTestSuites counts describe blocks too: one failed test inside a describe is two "suites". A file
  // that failed to run is one that failed with no failed test of its own (an import or a hook threw).
  const files = vitest.testResults ?? [];
  const unrun = files.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"));
  if (vitest.numTotalTests === 0 || unrun.length > 0) {
    failed += unrun.length || 1;
    lines.push(`  vitest: ${unrun.length} test files failed to run`);
  }
  // Only the end of a CI log may be read: name what failed here, where it is seen.
  for (const f of files) {
    const file = path.relative(process.cwd(), f.name);
    for (const a of f.assertionResults.filter((x) => x.status === "failed")) lines.push(`    failed: ${file} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    if (unrun.includes(f)) lines.push(`    did not run: ${file}: ${firstLine(f.message)}`);
  }
} else {
  failed++;
  lines.push("  vitest: no results");
}

const playwright = read("playwright.json");
const ranE2e = fs.readFileSync(path.join(dir, "checks.txt"), "utf8").match(/browser-missing|e2e-needs-postgres|next-build|e2e-seed/) == null;
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  lines.push(`  playwright: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
  const walk = (suite, file) => [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.map((t) => ({ file: spec.file ?? file, title: spec.title, test: t }))),
    ...(suite.suites ?? []).flatMap((s) => walk(s, s.file ?? file)),
  ];
  for (const { file, title, test } of (playwright.suites ?? []).flatMap((s) => walk(s, s.file))) {
    if (test.status !== "unexpected" && test.status !== "flaky") continue;
    const error = test.results.map((r) => r.error?.message).find(Boolean);
    lines.push(`    ${test.status === "flaky" ? "flaky (passed on retry)" : "failed"}: [${test.projectName}] ${file} > ${title}: ${firstLine(error)}`);
  }
  if ((playwright.errors ?? []).length > 0) {
    failed += playwright.errors.length;
    lines.push(`  playwright: ${playwright.errors.length} errors outside tests`);
  }
} else if (ranE2e) {
  failed++;
  lines.push("  playwright: no results");
}

console.log(lines.join("\n"));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
