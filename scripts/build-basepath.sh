#!/usr/bin/env bash
# Build the site a second time, served under a sub-path (default /news), into out-news/ for
# e2e/offline-basepath.spec.ts. next build always writes out/, so the root site in out/ is parked in .cache/site-root
# meanwhile and put back afterwards, even when the build fails. Slow (a full next build): the browser tests fail
# unless out-news/ exists. Usage: bash scripts/build-basepath.sh [/news]
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-/news}"
[ -f "${PARALLAX_INDEX:-.cache/index.json}" ] || npm run --silent corpus -- build

rm -rf .cache/site-root out-news
mkdir -p .cache
if [ -d out ]; then mv out .cache/site-root; fi
restore() {
  rm -rf out
  if [ -d .cache/site-root ]; then mv .cache/site-root out; fi
}
trap restore EXIT

export PARALLAX_BASE_PATH="$base"
npx tsx scripts/islands.ts
npx next build
npx tsx scripts/harden.ts out
npx tsx scripts/postbuild.ts --out out
mv out out-news
echo "Built the site for $base into out-news/ (serve it: node scripts/serve.mjs out-news --base $base)"
