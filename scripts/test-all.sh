#!/usr/bin/env bash
# `npm test`: every check and test StrideBack has, ending with one line "N passed, N failed".
#   1. type check and lint
#   2. Vitest: unit tests, and the data layer against PGlite and a throwaway real PostgreSQL cluster
#   3. Playwright: Chromium against a production build (npm run build: next build and the service worker; next start) on a fresh database
set -uo pipefail
cd "$(dirname "$0")/.."

artifacts=.test-artifacts
rm -rf "$artifacts" && mkdir -p "$artifacts"
checks="$artifacts/checks.txt"
: >"$checks"
record() { echo "$1 $2" >>"$checks"; }
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Both are single-threaded: side by side on two cores they cost the time of the longer one.
step "Type check and lint"
npx tsc --noEmit >"$artifacts/typecheck.log" 2>&1 &
typecheck=$!
if npx eslint . --max-warnings=0; then record lint pass; else record lint fail; fi
if wait "$typecheck"; then
  record typecheck pass
  # The build need not check the same types again (next.config.ts).
  export STRIDEBACK_TYPES_CHECKED=1
else
  cat "$artifacts/typecheck.log"
  record typecheck fail
fi

step "Throwaway PostgreSQL cluster"
pg_dir=""
pg_base=""
engines="PGlite (embedded)"
if bash scripts/pg-cluster.sh available; then
  if read -r pg_dir pg_base < <(bash scripts/pg-cluster.sh start); then
    trap 'bash scripts/pg-cluster.sh stop "$pg_dir"' EXIT
    bash scripts/pg-cluster.sh createdb "$pg_base" strideback_test
    export TEST_DATABASE_URL="$pg_base/strideback_test"
    engines="$engines, PostgreSQL $(psql "$pg_base/postgres" -Atc 'show server_version') (throwaway cluster at ${pg_base#postgres://postgres@})"
    echo "Started PostgreSQL: $pg_base"
  else
    record postgres-cluster fail
  fi
else
  echo "PostgreSQL server binaries not found: the data-layer tests run on PGlite only."
  [ "${CI:-}" = "true" ] && record postgres-required-in-ci fail
fi

step "Unit and integration tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$artifacts/vitest.json"

step "End-to-end tests (Playwright)"
browser=$(bash scripts/find-browser.sh) || browser=""
if [ -z "$browser" ]; then
  record browser-missing fail
elif [ -z "$pg_base" ]; then
  echo "The end-to-end tests need PostgreSQL (to assert what the app stored): install postgresql."
  record e2e-needs-postgres fail
else
  export STRIDEBACK_CHROMIUM="$browser"
  echo "Browser: $browser ($("$browser" --version 2>/dev/null))"
  if npm run build >"$artifacts/next-build.log" 2>&1; then
    tail -n 25 "$artifacts/next-build.log"
    bash scripts/pg-cluster.sh createdb "$pg_base" strideback_e2e
    export E2E_DATABASE_URL="$pg_base/strideback_e2e"
    if DATABASE_URL="$E2E_DATABASE_URL" npx tsx scripts/seed.ts; then
      npx playwright test 2>&1 | tee "$artifacts/playwright.log"
      # What the servers logged during the whole run must hold no patient data.
      if npx tsx scripts/check-log-privacy.ts "$artifacts/playwright.log"; then record server-log-privacy pass; else record server-log-privacy fail; fi
      # A page short of a message or an argument still renders (its key stands in) and only logs: fail here.
      if grep -aE "code: '(MISSING_MESSAGE|MISSING_FORMAT|INSUFFICIENT_PATH|INVALID_MESSAGE|INVALID_KEY|FORMATTING_ERROR)'" "$artifacts/playwright.log"; then record server-log-words fail; else record server-log-words pass; fi
    else
      record e2e-seed fail
    fi
  else
    cat "$artifacts/next-build.log"
    record next-build fail
  fi
fi

step "Summary"
echo "Database engines: $engines"
echo "Browser: ${browser:-none}"
node scripts/summarize-tests.mjs "$artifacts"
