#!/usr/bin/env bash
# Runs the database tests (every test file that uses TestDatabases) against a real PostgreSQL 15:
# a throwaway server from the Debian package, on loopback, stopped at exit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
install_packages
cd "$ROOT"

PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT="${PG_PORT:-54315}"
if [ ! -x "$PG_BIN/postgres" ]; then
  echo "== installing PostgreSQL 15 (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi

# PostgreSQL refuses to run as root: as root, run it as the package's postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PG_DIR="$(mktemp -d /tmp/paved-road-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"

export BACKSTAGE_TEST_DISABLE_DOCKER=1
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="postgresql://postgres@127.0.0.1:$PG_PORT"

# Arguments narrow the run to those paths (files or folders); by default every test file that
# uses TestDatabases. --untracked so that new test files count before they are committed.
if [ $# -gt 0 ]; then pathspec=("$@"); else pathspec=('*.test.ts' '*.test.tsx'); fi
mapfile -t files < <(git grep --untracked -l 'TestDatabases' -- "${pathspec[@]}" | grep -E '\.test\.tsx?$' || true)
if [ "${#files[@]}" -eq 0 ]; then
  echo "test-postgres: no test file uses TestDatabases" >&2
  exit 1
fi
echo "== database tests on PostgreSQL: ${files[*]}"
mkdir -p test-output
report=test-output/jest-postgres.json
status=0
yarn backstage-cli repo test --ci --watchAll=false --json --outputFile="$report" "${files[@]}" || status=$?
# Only these files ran, so other packages have none here; but PostgreSQL must really have been used.
node scripts/test-summary.js "$report" --allow-missing --expect-title=POSTGRES_15 || status=$?
exit $status
