#!/usr/bin/env bash
# Sets up a fresh machine, builds Tartip's release bundle with Trunk (offline) and
# serves it on http://127.0.0.1:8080/ until you press Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
trunk build --release --locked
echo
echo "Tartip is served at http://127.0.0.1:8080/  (Ctrl-C to stop)"
echo
exec trunk serve --release --locked
