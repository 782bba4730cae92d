#!/usr/bin/env bash
# Checks the API reports (report.api.md, cli-report.md) of every plugin package, then builds
# every publishable plugin package (plugins/*) with `backstage-cli package build`, packs
# it with `yarn pack` into test-output/packages/<folder>.tgz (the install test installs these),
# and checks each tarball: size, required files, package.json fields and dependency ranges
# (scripts/check-packages.js). Fails when a package does not build, pack or pass the checks.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$ROOT"
[ -d node_modules ] || install_packages

out=test-output/packages
rm -rf "$out" && mkdir -p "$out"
start=$SECONDS

# `package build` takes the type declarations from dist-types/, which tsc writes even when it
# reports errors (scripts/test.sh fails on those); the packages are still checked.
echo "== type declarations (yarn tsc)"
yarn tsc || echo "(yarn tsc reported errors; packing anyway)"

# The reports are read from dist-types/. Warnings (such as a missing release tag) are
# recorded in the reports rather than failing here; a changed API fails until the reports
# are regenerated (`yarn build:api-reports`, the same command without --ci) and checked in.
# Like Backstage's own repository, leave out the absolute paths of ae-wrong-input-file-type
# (workspace packages resolve to their sources) and the noise of ae-undocumented.
echo "== API reports"
api_status=0
yarn backstage-repo-tools api-reports --ci --allow-all-warnings \
  -o ae-wrong-input-file-type,ae-undocumented plugins/* || api_status=$?

for dir in plugins/*/; do
  dir=${dir%/}
  [ "$(node -p "require('./$dir/package.json').private === true")" = true ] && continue
  name=$(basename "$dir")
  echo "== $dir: build and pack"
  log="$out/$name.pack.log"
  if ! (cd "$dir" && yarn backstage-cli package build && yarn pack --out "$ROOT/$out/$name.tgz") >"$log" 2>&1; then
    cat "$log"
    echo "$dir: build or pack failed"
    exit 1
  fi
done
echo "built and packed in $((SECONDS - start)) s"

node scripts/check-packages.js "$out"

# The packed CLI must run from its dist (with the packed common package beside it), as after
# `npx @paved-road/platform-products-cli`: it must report each documented ("# Error:") problem.
run=test-output/packages-cli-run/node_modules/@paved-road
rm -rf "${run%/node_modules/@paved-road}" && mkdir -p "$run/platform-products-cli" "$run/plugin-platform-products-common"
tar -xzf "$out/platform-products-cli.tgz" -C "$run/platform-products-cli" --strip-components=1
tar -xzf "$out/platform-products-common.tgz" -C "$run/plugin-platform-products-common" --strip-components=1
echo "== packed CLI: paved-road validate examples/broken"
expected=$(grep -c '^# Error:' examples/broken/broken-entities.yaml)
cli_status=0
summary=$(node "$run/platform-products-cli/bin/paved-road" validate examples/broken | tail -1) || cli_status=$?
echo "$summary"
if [ "$cli_status" != 1 ] || [[ "$summary" != *": $expected problems in $expected entities." ]]; then
  echo "the packed CLI exited $cli_status on examples/broken; expected 1 and $expected problems"
  exit 1
fi

if [ "$api_status" != 0 ]; then
  echo "API reports differ from the exports: run yarn build:api-reports and check in the reports"
  exit 1
fi
