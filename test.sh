#!/usr/bin/env bash
# Runs every test of Showcase.Generator on a fresh machine: installs what the tests need (Debian's Chromium and
# poppler-utils for browser, poster and form tests; npm packages for lunr.js conformance; NuGet packages), builds
# warning-free, runs all test projects and the benchmark's smoke run, then prints "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "== Cài gói hệ thống: ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -f package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== dotnet build"
dotnet build Showcase.Generator.sln -c Debug -warnaserror -nologo -v quiet

log=$(mktemp)
status=0
for project in tests/*/; do
  [ -f "$project"/*.csproj ] || continue
  echo "== dotnet test $project"
  dotnet test "$project" --no-build -c Debug -nologo 2>&1 | tee -a "$log" || status=1
done

if [ -x bench/ci-smoke.sh ]; then
  echo "== benchmark smoke run"
  bench/ci-smoke.sh || status=1
fi

summary=$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | awk -F'[:,] *' '{f+=$2; p+=$4; s+=$6} END {printf "%d passed, %d failed, %d skipped", p, f, s}')
rm -f "$log"
echo
echo "$summary"
if [ "$status" -ne 0 ] || ! echo "$summary" | grep -q ' 0 failed'; then
  exit 1
fi
