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
  if (vitest.numTotalTests === 0 || (vitest.numFailedTestSuites ?? 0) > 0) {
    failed += vitest.numFailedTestSuites || 1;
    lines.push(`  vitest: ${vitest.numFailedTestSuites} test files failed to run`);
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
