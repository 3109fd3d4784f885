#!/usr/bin/env bash
# Installs everything Tartip needs to build, serve and test, skipping what is
# already present at the pinned version. Safe to run again and again.
#   bash scripts/setup.sh            # build tools only (serving the app)
#   bash scripts/setup.sh --tests    # also Debian chromium + chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal Cargo.toml's pin and Trunk.toml's [tools]
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$PWD/node_modules/.bin:$CARGO_BIN:$PATH"

say() { printf '[setup] %s\n' "$*"; }

if [ "${1:-}" = "--tests" ]; then
  missing=()
  # LibreOffice and poppler convert the application DOCX to PDF and a page image in the
  # end-to-end tests (the DOCX must open in a real word processor).
  for p in chromium chromium-driver libreoffice-writer-nogui poppler-utils fonts-dejavu-core valgrind; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || { say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }

# Newer trunk needs a newer rustc than this machine's 1.95.
[ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] \
  || { say "installing trunk $TRUNK_VERSION (several minutes, once)"; cargo install trunk --version "$TRUNK_VERSION" --locked; }

# No --locked: the reachable index lacks a locked transitive version (toolchain.md §4.2).
[ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  && [ -x "$CARGO_BIN/wasm-bindgen-test-runner" ] \
  || { say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"; cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force; }

# wasm-opt comes from npm binaryen 132; Debian's binaryen 108 cannot parse our wasm.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Python references for the calendar check and the benchmark, in a venv of their own.
if [ "${1:-}" = "--tests" ]; then
  PY=target/pyenv/bin/python
  if [ ! -x "$PY" ] || ! "$PY" -m pip freeze 2>/dev/null | diff -q - <(grep -v '^#' scripts/requirements-tests.txt) >/dev/null; then
    say "installing the Python test references"
    python3 -m venv target/pyenv
    "$PY" -m pip install -q --disable-pip-version-check -r scripts/requirements-tests.txt
  fi
fi

if [ -f Cargo.lock ]; then cargo fetch --locked >/dev/null; fi
say "ready"
