#!/usr/bin/env bash
# The browser test: installs Debian's Chromium when missing (never a downloaded browser) and playwright-core
# from the npm registry, then runs jupyterlab.test.mjs against `./spindle lab --no-browser`.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x "${SPINDLE_CHROMIUM:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser test"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser test needs Chromium: apt-get install chromium (or set SPINDLE_CHROMIUM). Skip with --skip-browser." >&2
    exit 1
  fi
fi
# The lessons carry the note's Chinese headings: without a CJK font Chromium draws them as boxes.
if [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing a CJK font (fonts-wqy-zenhei) so the screenshots show the Chinese headings"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null
fi
command -v node >/dev/null || { echo "The browser test needs Node.js 20+ (and npm)." >&2; exit 1; }
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent
fi
exec node --test --test-concurrency=1 --test-reporter=spec jupyterlab.test.mjs
