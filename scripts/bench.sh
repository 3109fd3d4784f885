#!/usr/bin/env bash
# Tartip's term benchmark and its two Python peers on the same 100 000 queries.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(cargo bench --locked --bench terms 2>/dev/null) || { echo "$out"; exit 1; }
echo "$out"
ns=$(echo "$out" | sed -n 's/^tartip: \([0-9.]*\) ns per working-day addition.*/\1/p')
target/pyenv/bin/python scripts/bench.py target/bench "$ns"
