#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. Unit and database tests run on
# SQLite and PostgreSQL; e2e tests drive the production build in Chromium on a throwaway database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }

step "lint";            npm run --silent lint
step "typecheck";       npm run --silent typecheck
step "format";          npm run --silent format:check
step "unit and database tests"; npx vitest run
step "production build"; npx next build
step "end-to-end tests (Chromium)"; npx playwright test
