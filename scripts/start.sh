#!/usr/bin/env bash
# Starts the dev Backstage (frontend on :3000, backend on :7007) with the examples catalog.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
install_packages
cd "$ROOT"
exec yarn start "$@"
