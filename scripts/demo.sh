#!/usr/bin/env bash
# Quick start: installs what is missing, prepares the database with the demo organization, and runs
# the whole product (sandbox platforms, workers, web) until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/lobby}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export PORT="${PORT:-3000}"
export LOBBY_DEMO=1  # the demo runs a production build on the development secrets
export SANDBOX_PORT="${SANDBOX_PORT:-4010}"
# Every platform's API is the local sandbox.
sandbox="http://127.0.0.1:${SANDBOX_PORT}"
export GOOGLE_API_BASE="$sandbox" GOOGLE_TOKEN_URL="$sandbox/oauth2/token" BOOKING_API_BASE="$sandbox" TRIPADVISOR_API_BASE="$sandbox"
export EXPEDIA_API_BASE="$sandbox" EXPEDIA_TOKEN_URL="$sandbox/identity/oauth2/v3/token"
export TRUSTPILOT_API_BASE="$sandbox" TRUSTPILOT_TOKEN_URL="$sandbox/v1/oauth/oauth-business-users-for-applications/accesstoken"
# "Connect a platform": the sandbox's Google consent screen and Trustpilot sign-in page, and Google's listings.
export GOOGLE_AUTHORIZE_URL="$sandbox/o/oauth2/v2/auth" GOOGLE_ACCOUNTS_API_BASE="$sandbox" GOOGLE_BUSINESS_INFO_API_BASE="$sandbox" TRUSTPILOT_AUTHORIZE_URL="$sandbox/"
export SANDBOX_PUSH_URL="http://127.0.0.1:${PORT}/api/webhooks"  # the sandbox pushes new reviews like Pub/Sub would
# Webhook secrets, fresh each run: the sandbox signs its pushes with them and the web app checks them.
secret() { node -e 'console.log(require("node:crypto").randomBytes(18).toString("base64url"))'; }
export GOOGLE_PUSH_TOKEN="${GOOGLE_PUSH_TOKEN:-$(secret)}" TRUSTPILOT_WEBHOOK_USERNAME="${TRUSTPILOT_WEBHOOK_USERNAME:-lobby-demo}"
export TRUSTPILOT_WEBHOOK_PASSWORD="${TRUSTPILOT_WEBHOOK_PASSWORD:-$(secret)}" EXPEDIA_NOTIFICATION_SECRET="${EXPEDIA_NOTIFICATION_SECRET:-$(secret)}"
export SANDBOX_NEW_REVIEW_EVERY_MS="${SANDBOX_NEW_REVIEW_EVERY_MS:-120000}"
export POLL_EVERY_MS="${POLL_EVERY_MS:-10000}"


bash scripts/ensure-services.sh
bash scripts/install.sh
npm run --silent db:deploy
npx tsx prisma/seed.ts
echo "Building the web app…"
NODE_ENV=production npx next build >/tmp/lobby-demo-build.log 2>&1 || { tail -40 /tmp/lobby-demo-build.log; exit 1; }

pids=()
stop() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop INT TERM EXIT

node --import tsx sandbox/server.ts & pids+=($!)
NODE_ENV=production node --import tsx workers/main.ts & pids+=($!)
NODE_ENV=production npx next start -p "$PORT" -H 127.0.0.1 & pids+=($!)

for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:${PORT}/api/health" >/dev/null 2>&1 && break; sleep 1; done
cat <<MSG

  Lobby is running:  http://localhost:${PORT}
  Sign in as the hotel manager:  manager@azulejo.demo  /  lobby-demo
  (also writer@, brand@ and owner@azulejo.demo, same password)
  Sandbox platforms:  http://127.0.0.1:${SANDBOX_PORT}   ·   Ctrl-C stops everything.

MSG
wait -n "${pids[@]}"
