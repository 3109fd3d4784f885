#!/usr/bin/env bash
# Sets up a fresh machine and runs every Tartip test:
# formatting, lints, native tests (engine, data, CLI, Yew SSR), wasm tests in headless
# Chromium, the release build, and the Playwright end-to-end tests against dist/.
# Exits non-zero if any stage fails; ends with one summary line per stage and a total.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --tests || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

results=()
failed=0
stage() {
  local name=$1; shift
  echo
  echo "===== $name: $*"
  local start=$SECONDS
  if "$@"; then
    results+=("PASS  $name ($((SECONDS - start)) s)")
  else
    results+=("FAIL  $name ($((SECONDS - start)) s)")
    failed=$((failed + 1))
  fi
}

stage "format" cargo fmt --all -- --check
stage "clippy (native)" cargo clippy --locked --all-targets -- -D warnings
stage "clippy (wasm)" cargo clippy --locked --target wasm32-unknown-unknown --lib --bin tartip-web --test web -- -D warnings
stage "native tests" cargo test --locked
stage "calendar check against PyPI holidays" target/pyenv/bin/python scripts/check_calendars.py target/debug/tartip
stage "term benchmark (Tartip, Python holidays loop, numpy)" bash scripts/bench.sh
stage "wasm tests in Chromium" env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json" \
  cargo test --locked --target wasm32-unknown-unknown --test web
rm -rf dist  # never test a stale bundle
stage "release build" trunk build --release --locked
stage "end-to-end (Playwright + Chromium)" node tests/e2e/run.mjs dist target/e2e

echo
echo "===== summary"
printf '%s\n' "${results[@]}"
echo "$(( ${#results[@]} - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
