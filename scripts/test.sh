#!/usr/bin/env bash
# Every test, unit and browser, as the README's second command (`npm test`) and CI (`.ci/run`) run them.
# Stages: typecheck, lint, format check, unit tests (Vitest), site build on the embedded corpus, browser tests
# (Playwright in Debian's Chromium). Each stage runs even when an earlier one failed, so one run shows every problem;
# the last line is `N passed, N failed` over unit and browser tests, with a failed stage counted as one failure.
set -u
cd "$(dirname "$0")/.."
reports=.cache/reports
rm -rf "$reports" && mkdir -p "$reports"
stage_failures=0
fail_stage() { echo "✗ $1 failed"; echo "$1" >>"$reports/failed-stages"; stage_failures=$((stage_failures + 1)); }

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 ||
      echo "apt-get install chromium failed"
  else
    echo "The browser tests need Chromium at $chromium_path. Install it with: sudo apt-get install chromium"
    echo "(or set CHROMIUM_PATH to a Chromium binary)."
  fi
fi

npm run --silent typecheck || fail_stage typecheck
npm run --silent lint || fail_stage lint
npm run --silent format:check || fail_stage format
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json" || true
if npm run --silent build; then
  # A second site, for the browser tests of sub-path hosting and hostile text: the seeds plus
  # data/fixtures/hostile, exported under /news into out-news/.
  fixture=.cache/fixture-corpus
  rm -rf "$fixture" .cache/fixture-ids.json && mkdir -p "$fixture"
  cp data/corpus/* data/fixtures/hostile/* "$fixture"/
  if npx tsx scripts/corpus.ts build --data "$fixture" --out .cache/fixture-index.json --ids .cache/fixture-ids.json &&
    PARALLAX_INDEX="$PWD/.cache/fixture-index.json" PARALLAX_CORPUS_PAGE_ARTICLES=3 bash scripts/build-basepath.sh /news >"$reports/build-news.log" 2>&1; then
    echo "Built the fixture site under /news into out-news/"
  else
    tail -30 "$reports/build-news.log"
    fail_stage "fixture site build"
  fi
  if [ -x "$chromium_path" ]; then
    PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npx playwright test --reporter=list,json || true
  else
    fail_stage "browser tests (no Chromium)"
  fi
else
  fail_stage build
fi
node scripts/test-summary.mjs "$reports" "$stage_failures"
