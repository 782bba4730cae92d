#!/usr/bin/env bash
# Runs the SLI source tests against a real Prometheus: a throwaway server from the Debian package
# (2.42), loaded with the recorded SLI data of the Prometheus module's test fixture through
# `promtool tsdb create-blocks-from openmetrics`, on a free loopback port, stopped at exit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
install_packages
cd "$ROOT"

MODULE=plugins/platform-products-backend-module-prometheus
if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
  echo "== installing Prometheus (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi

PROM_DIR="$(mktemp -d /tmp/paved-road-prometheus.XXXXXX)"
PROM_PID=
stop_prometheus() {
  if [ -n "$PROM_PID" ]; then
    kill "$PROM_PID" 2>/dev/null || true
    wait "$PROM_PID" 2>/dev/null || true
  fi
  rm -rf "$PROM_DIR"
}
trap stop_prometheus EXIT

echo "== loading the recorded SLI data"
node --require @backstage/cli/config/nodeTransform.cjs \
  "$MODULE/src/__fixtures__/writeSliRecording.ts" "$PROM_DIR/sli.om"
promtool tsdb create-blocks-from openmetrics --max-block-duration=24h \
  "$PROM_DIR/sli.om" "$PROM_DIR/data" >/dev/null

# No scrape targets: the server only serves the loaded blocks. The recording is from 2024,
# so retention must reach back that far.
printf 'global:\n  scrape_interval: 1m\n' >"$PROM_DIR/prometheus.yml"
PROM_PORT="${PROM_PORT:-$(node -e '
  const s = require("node:net").createServer().listen(0, "127.0.0.1", () => {
    console.log(s.address().port);
    s.close();
  });')}"
prometheus --config.file="$PROM_DIR/prometheus.yml" --storage.tsdb.path="$PROM_DIR/data" \
  --storage.tsdb.retention.time=100y --web.listen-address="127.0.0.1:$PROM_PORT" \
  >"$PROM_DIR/server.log" 2>&1 &
PROM_PID=$!
URL="http://127.0.0.1:$PROM_PORT"
for _ in $(seq 1 60); do
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    "$URL/-/ready"; then
    break
  fi
  if ! kill -0 "$PROM_PID" 2>/dev/null; then
    echo "test-prometheus: Prometheus exited:" >&2
    cat "$PROM_DIR/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "== $(prometheus --version 2>&1 | head -1) on $URL"

export BACKSTAGE_TEST_DISABLE_DOCKER=1
export PAVED_ROAD_TEST_PROMETHEUS_URL="$URL"
mkdir -p test-output
report=test-output/jest-prometheus.json
status=0
yarn backstage-cli repo test --ci --watchAll=false --json --outputFile="$report" \
  "$MODULE/src/PrometheusSliSource.prometheus.test.ts" || status=$?
# Without the server these tests are skipped: make sure they really ran here.
node scripts/test-summary.js "$report" --allow-missing --expect-title=REAL_PROMETHEUS || status=$?
exit $status
