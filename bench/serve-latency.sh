#!/usr/bin/env bash
# Serve latency: the time from saving one model to the rebuilt page, through `showcase serve`'s own session,
# watcher and server, on a corpus of N models (default 10,000). A command, not a timed test.
#
#   bench/serve-latency.sh                       # 10,000 models, 20 saves
#   bench/serve-latency.sh --models 1000 --edits 10
#
# The corpus comes from bench/Showcase.Bench (`generate --models N`) when it is in the tree; otherwise the
# sample content's models are copied until there are N. The report gives the median, p90 and maximum time from the
# end of the write to the page's bytes received with the new sentence, and how much of it was the rebuild itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
models=10000
edits=20
out="$root/bench/work/serve"
while [ $# -gt 0 ]; do
  case "$1" in
    --models) models="$2"; shift 2 ;;
    --edits) edits="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "dùng: $0 [--models N] [--edits N] [--out DIR]" >&2; exit 2 ;;
  esac
done

dotnet build "$root/src/Showcase.Cli" -c Release -nologo -v quiet >/dev/null
showcase="$root/src/Showcase.Cli/bin/Release/net10.0/showcase"
content="$out/n$models/content"
if [ ! -d "$content" ]; then
  mkdir -p "$(dirname "$content")"
  if [ -f "$root/bench/Showcase.Bench/Showcase.Bench.csproj" ]; then
    dotnet build "$root/bench/Showcase.Bench" -c Release -nologo -v quiet >/dev/null
    "$root/bench/Showcase.Bench/bin/Release/net10.0/showcase-bench" generate --models "$models" --seed 1 --out "$content" >/dev/null
  else
    cp -r "$root/content" "$content"
    mapfile -t samples < <(cd "$content/models" && find . -name '*.md' | sort)
    copy=1
    while [ "$(find "$content/models" -name '*.md' | wc -l)" -lt "$models" ]; do
      for sample in "${samples[@]}"; do
        target="$content/models/kho-$copy/$(basename "$sample" .md)-$copy.md"
        mkdir -p "$(dirname "$target")"
        grep -v '^featured_week:' "$content/models/$sample" > "$target"
      done
      copy=$((copy + 1))
    done
  fi
fi

echo "Máy: $(nproc) lõi, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), tải trung bình $(cut -d' ' -f1-3 /proc/loadavg)"
"$showcase" serve-bench --content "$content" --edits "$edits"
echo "Tải trung bình sau khi đo: $(cut -d' ' -f1-3 /proc/loadavg)"
