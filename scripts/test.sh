#!/usr/bin/env bash
# The whole test suite: types, unit and integration tests (real PostgreSQL and Redis), then the
# browser tests against the real web app, workers and platform sandbox. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-services.sh
bash scripts/install.sh

export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
export LOBBY_DEMO=1  # production builds in the suite run on the development secrets
run_id="$$"
reports="$(mktemp -d)"
test_db="lobby_test_${run_id}"
e2e_db="lobby_e2e_${run_id}"
drop_databases() {
  for db in "$test_db" "$e2e_db"; do
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
drop_queue_keys() {
  for prefix in "lobby-test-${run_id}" "lobby-e2e-${run_id}"; do
    redis-cli -h 127.0.0.1 --scan --pattern "${prefix}*" | xargs -r -n 500 redis-cli -h 127.0.0.1 del >/dev/null 2>&1 || true
  done
}
trap 'drop_databases; drop_queue_keys; rm -rf "$reports"' EXIT

echo "== Types"
npx tsc --noEmit

echo "== Unit and integration tests"
DATABASE_URL="postgresql://postgres@127.0.0.1:5432/${test_db}" npm run --silent db:deploy
DATABASE_URL="postgresql://postgres@127.0.0.1:5432/${test_db}" QUEUE_PREFIX="lobby-test-${run_id}" NODE_ENV=test \
  npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"

echo "== Browser tests"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: install Debian's package with 'apt-get install -y chromium' (.ci/run does)." >&2
  exit 1
fi
export E2E_DATABASE_URL="postgresql://postgres@127.0.0.1:5432/${e2e_db}"
DATABASE_URL="$E2E_DATABASE_URL" npm run --silent db:deploy
DATABASE_URL="$E2E_DATABASE_URL" npx tsx prisma/seed.ts
NEXT_DIST_DIR="${E2E_DIST_DIR:-.next-e2e}" NODE_ENV=production npx next build >/tmp/lobby-e2e-build.log 2>&1 || { tail -60 /tmp/lobby-e2e-build.log; exit 1; }
E2E_QUEUE_PREFIX="lobby-e2e-${run_id}" PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" \
  npx playwright test --reporter=list,json

echo "== Summary"
node scripts/test-summary.mjs "$reports/vitest.json" "$reports/playwright.json"
