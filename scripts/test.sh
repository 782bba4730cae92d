#!/usr/bin/env bash
# The whole test suite: type check, lint, and every package's Jest tests.
# Database tests run on SQLite; they also run on PostgreSQL 15 when
# BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING points at a server (see .ci/run).
# Extra arguments go to Jest, e.g. `scripts/test.sh plugins/platform-products-common`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
install_packages
cd "$ROOT"

# There is no Docker engine: never let TestDatabases try to start one.
export BACKSTAGE_TEST_DISABLE_DOCKER=1

# A type or lint error fails the run, but the tests still run so that every failure shows.
status=0
echo "== type check"
yarn tsc || status=$?
echo "== lint"
yarn lint:all || status=$?
echo "== tests"
mkdir -p test-output
report=test-output/jest-all.json
yarn backstage-cli repo test --ci --watchAll=false --json --outputFile="$report" "$@" || status=$?
# Prints per-package counts and "N passed, N failed"; fails when a package ran no test.
# (When run on a subset, given as arguments, packages without tests are expected.)
summary_flags=()
[ $# -gt 0 ] && summary_flags=(--allow-missing)
node scripts/test-summary.js "$report" "${summary_flags[@]}" || status=$?
exit $status
