#!/usr/bin/env bash
# Prints the Chromium the end-to-end tests should drive: Playwright's own build where installed, else
# the system's Chromium, else (as root on Debian) installs Debian's chromium package, else says what to do.
set -uo pipefail

own=$(node -e "try { process.stdout.write(require('playwright-core').chromium.executablePath()) } catch {}" 2>/dev/null)
if [ -n "$own" ] && [ -x "$own" ]; then echo "$own"; exit 0; fi

for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
  path=$(command -v "$candidate" 2>/dev/null) && { echo "$path"; exit 0; }
done

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium package..." >&2
  log=/tmp/strideback-chromium-install.log
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >"$log" 2>&1; then
    command -v chromium && exit 0
  fi
  tail -20 "$log" >&2
fi

cat >&2 <<'MSG'
No Chromium for the end-to-end tests. Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium
  - or Playwright's own build: npx playwright install chromium
MSG
exit 1
