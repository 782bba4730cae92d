#!/usr/bin/env bash
# Browser tests: starts the dev Backstage with the examples (yarn start, :3000 and :7007),
# runs packages/app/e2e-tests in headless Chromium (Debian /usr/bin/chromium, playwright-core)
# as Jest tests, and stops the app. Report: test-output/jest-browser.json; screenshots:
# test-output/screenshots/; the app's log: test-output/dev-app.log.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
install_packages
cd "$ROOT"
mkdir -p test-output/screenshots

for port in 3000 7007; do
  if curl -s -o /dev/null "http://localhost:$port"; then
    echo "test-browser: port $port is in use; stop the running dev app first" >&2
    exit 1
  fi
done

log=test-output/dev-app.log
# Its own process group, so that stopping it stops the frontend and backend it starts.
setsid yarn start >"$log" 2>&1 &
app_pid=$!
stop_app() {
  kill -- -"$app_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null
}
trap stop_app EXIT

# Waits up to $2 seconds for a URL to answer 2xx; extra curl arguments after.
wait_for() {
  local url=$1 seconds=$2
  shift 2
  for _ in $(seq 1 "$((seconds / 2))"); do
    curl -sf -o /dev/null "$@" "$url" && return 0
    sleep 2
  done
  echo "test-browser: no answer from $url after ${seconds}s; the app's log:" >&2
  tail -40 "$log" >&2
  return 1
}

wait_for http://localhost:7007/api/platform-products/health 300 || exit 1
wait_for http://localhost:3000 300 || exit 1
# The catalog reads the examples after start-up: wait until a product is there.
token=$(curl -s -H 'X-Requested-With: XMLHttpRequest' \
  http://localhost:7007/api/auth/guest/refresh |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).backstageIdentity.token))')
wait_for http://localhost:7007/api/catalog/entities/by-name/platformproduct/default/auth-platform 180 \
  -H "Authorization: Bearer $token" || exit 1

yarn jest --config packages/app/e2e-tests/jest.config.js --ci \
  --json --outputFile=test-output/jest-browser.json
