#!/usr/bin/env bash
# The install test (`yarn test:install`): generates fresh Backstage apps outside the repository
# (new and legacy frontend system), installs Paved Road from packed tarballs by the README's
# instructions, starts each app and checks it over HTTP and in headless Chromium.
# Arguments: the frontend systems to test (default: new legacy).
# Output, logs and timings: test-output/install/. The apps: $INSTALL_TEST_DIR (/tmp/...).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$ROOT"
[ -d node_modules ] || install_packages
start=$SECONDS

# The tarballs: those of scripts/check-packages.sh when it ran in this checkout, else packed here.
packages=test-output/packages
if ! compgen -G "$packages/*.tgz" >/dev/null; then
  packages=test-output/install/packages
  rm -rf "$packages" && mkdir -p "$packages"
  echo "== packing plugins/* into $packages"
  # The packages' type declarations come from dist-types/; tsc writes them even when it
  # reports errors (scripts/test.sh reports those), so the install test still runs.
  yarn tsc >/dev/null || echo "  (yarn tsc reported errors; packing anyway)"
  for dir in plugins/*/; do
    private=$(node -p "require('./${dir}package.json').private === true")
    [ "$private" = true ] && continue
    name=$(basename "$dir")
    (cd "$dir" && yarn backstage-cli package build >/dev/null &&
      yarn pack --out "$ROOT/$packages/$name.tgz" >/dev/null)
  done
  echo "  packed in $((SECONDS - start)) s"
fi

echo "== tarballs from $packages"
status=0
node packages/install-test/src/main.js "$ROOT/$packages" "$@" || status=$?
echo "== install test: $((SECONDS - start)) s in all"
exit $status
