#!/usr/bin/env bash
# Installs npm packages when package.json changed since the last install, and generates the Prisma client.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.lobby-install-stamp
if [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "Installing npm packages…"
  # npm ci refuses a lockfile made on Linux only (see ../shared/SETUP.md); npm install honours it.
  # Dev packages (tsx, prisma, playwright) are needed to run the demo and the tests.
  npm install --include=dev --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
npx prisma generate >/dev/null
