#!/usr/bin/env bash
# CI smoke test of the build benchmark: the whole pipeline at N=200, one run per tool.
# Fails (non-zero) if the corpus does not check, is not reproducible, or either build fails.
# Timings at this size mean nothing; it only proves the benchmark still works.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_OUT:-$root/bench/work/ci}"

"$root/bench/run.sh" --sizes 200 --runs 1 --out "$out" --require-ours

# Same size and seed must give the same bytes (and the edit for the rebuild must be undone).
bench="$root/bench/Showcase.Bench/bin/Release/net10.0/showcase-bench"
"$bench" generate --models 200 --seed 1 --out "$out/again" >/dev/null
diff -r "$out/n200/content" "$out/again" >/dev/null || { echo "ci-smoke: the corpus is not reproducible" >&2; exit 1; }
rm -rf "$out/again"
echo "ci-smoke: ok"
