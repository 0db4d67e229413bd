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
# Canary secrets: the build sees them, and tests/e2e/bundle-secrets.spec.ts fails if any of them
# reaches the files served to browsers (.next/static). The tutor's model settings go to the build
# only; the e2e servers set their own AUTH_SECRET.
canary() { node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("hex"))'; }
export AUTH_SECRET="canary-auth-$(canary)"
export BUNDLE_CANARY_LLM_KEY="canary-llm-$(canary)"
step "production build"
TUTOR_LLM_BASE_URL=http://127.0.0.1:9/v1 TUTOR_LLM_MODEL=canary-model \
  TUTOR_LLM_API_KEY="$BUNDLE_CANARY_LLM_KEY" npx next build
step "end-to-end tests (Chromium)"; npx playwright test
