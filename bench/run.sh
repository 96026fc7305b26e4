#!/usr/bin/env bash
# Build benchmark: our generator (Release) against Hugo on the same generated corpus.
#
#   bench/run.sh [--sizes 1000,10000,50000] [--runs 3] [--out bench/work] [--seed 1] [--require-ours]
#
# For each size N: generate the corpus (deterministic), convert it to a Hugo site, then build
# it `runs` times with each tool, alternating which goes first, each run into a fresh folder
# and measured by /usr/bin/time (wall, user+sys CPU, peak RSS); report the medians, the files
# and bytes written, our per-phase times (when the CLI has --timings), and a rebuild after one
# edited model (one sentence appended, built again into the same folder). The Markdown report
# goes to stdout and to <out>/results.md.
#
# Until `showcase build` works, the script measures Hugo alone and says so; with --require-ours
# (as CI uses it) a missing or failing build of ours is an error.
set -euo pipefail
export LC_ALL=C.UTF-8

sizes="1000,10000,50000"
runs=3
out="bench/work"
seed=1
require_ours=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --require-ours) require_ours=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root to run: $*"
  fi
}

ensure_tools() {
  local missing=()
  command -v hugo >/dev/null || missing+=(hugo)
  [[ -x /usr/bin/time ]] || missing+=(time)
  if [[ ${#missing[@]} -gt 0 ]]; then
    log "installing ${missing[*]} (apt-get)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build_tools() {
  # Ours as it ships: published in Release, ReadyToRun (precompiled, so a build does not wait for the JIT).
  log "publishing our CLI (Release, ReadyToRun) and building the bench tool"
  local bin="$out/showcase-bin"
  rm -rf "$bin"
  dotnet publish src/Showcase.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$bin" -nologo -v q >"$out/build.log" 2>&1 \
    || { cat "$out/build.log" >&2; die "dotnet publish src/Showcase.Cli failed"; }
  dotnet build bench/Showcase.Bench -c Release -nologo -v q >>"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; die "dotnet build bench/Showcase.Bench failed"; }
  if [[ -x "$bin/showcase" ]]; then ours=("$bin/showcase")
  else ours=(dotnet "$bin/showcase.dll")
  fi
  local bbin=bench/Showcase.Bench/bin/Release/net10.0
  if [[ -x "$bbin/showcase-bench" ]]; then bench_tool=("$root/$bbin/showcase-bench")
  else bench_tool=(dotnet "$root/$bbin/showcase-bench.dll")
  fi
}

# measure TIMES_FILE LOG_FILE cmd...: appends "wall cpu peak_kb" to TIMES_FILE.
measure() {
  local times="$1" logf="$2"; shift 2
  local tf; tf="$(mktemp)"
  cut -d' ' -f1 /proc/loadavg >>"$(dirname "$times")/load.samples"
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$logf" 2>&1; then
    tail -n 20 "$logf" >&2; rm -f "$tf"; return 1
  fi
  # /usr/bin/time may prefix a "Command exited..." line; the figures are on the last line.
  tail -n 1 "$tf" | awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }' >>"$times"
  rm -f "$tf"
}

# median FILE COLUMN
median() {
  [[ -s "$1" ]] || { echo ""; return; }
  awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

count_files() { find "$1" -type f | wc -l | tr -d ' '; }
count_mb() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }'; }

# The two commands, as argument lists for /usr/bin/time (which cannot run shell functions).
ours_cmd() { cmd=("${ours[@]}" build --content "$1" --output "$2" "${timings_flag[@]}"); }
hugo_cmd() { cmd=(hugo --quiet -s "$1" -d "$2"); }
ours_build() { ours_cmd "$@"; "${cmd[@]}"; }

# Collect "phase  12.3 ms" (or "phase: 0.5 s") lines of a --timings log as "phase ms".
phases_of() {
  sed -E 's/\x1b\[[0-9;]*m//g' "$1" | tr 'A-Z' 'a-z' \
    | sed -nE 's/^[[:space:]]*([a-z][a-z _/-]*[a-z])[[:space:]]*[:=]?[[:space:]]+([0-9]+([.,][0-9]+)?)[[:space:]]*(ms|s)([^a-z].*)?$/\1|\2|\4/p' \
    | awk -F'|' '{ v = $2; gsub(",", ".", v); if ($3 == "s") v *= 1000; name = $1; gsub(/[ \t]+/, "-", name); printf "%s %.1f\n", name, v }'
}

probe_ours() {
  local content="$1" dir="$2"
  ours_ok=0
  timings_flag=()
  if "${ours[@]}" build --help 2>&1 | grep -q -- '--timings'; then timings_flag=(--timings); fi
  rm -rf "$dir"
  if ours_build "$content" "$dir" >"$dir.probe.log" 2>&1 && [[ -f "$dir/index.html" ]]; then
    ours_ok=1
  elif [[ ${#timings_flag[@]} -gt 0 ]]; then
    timings_flag=(); rm -rf "$dir"
    if ours_build "$content" "$dir" >"$dir.probe.log" 2>&1 && [[ -f "$dir/index.html" ]]; then ours_ok=1; fi
  fi
  rm -rf "$dir"
  if [[ $ours_ok == 0 ]]; then
    local why; why="$(tail -n 3 "$dir.probe.log" | tr '\n' ' ')"
    [[ $require_ours == 1 ]] && die "our build does not work yet ('showcase build' made no index.html): $why"
    log "our build does not work yet ('showcase build' made no index.html), measuring Hugo alone: $why"
  elif [[ ${#timings_flag[@]} -eq 0 ]]; then
    log "our CLI has no --timings yet; the per-phase column is left out"
  fi
}

# The model whose story gets one more sentence for the rebuild measurement.
edit_target() { find "$1/models" -name '*.md' -print0 | xargs -0 grep -L '^draft: true' | LC_ALL=C sort | tail -n 1; }

run_size() {
  local n="$1" dir="$out/n$n"
  mkdir -p "$dir/logs"
  rm -f "$dir"/*.times "$dir"/*.phases "$dir/load.samples"
  rm -rf "$dir/.ours-out.cache"
  log "N=$n: generating the corpus (seed $seed)"
  "${bench_tool[@]}" generate --models "$n" --seed "$seed" --out "$dir/content" >"$dir/logs/generate.log"
  "${bench_tool[@]}" check --content "$dir/content" >"$dir/logs/check.log" 2>&1 || { tail "$dir/logs/check.log" >&2; die "generated corpus does not check"; }
  "${bench_tool[@]}" hugo-content --from "$dir/content" --out "$dir/hugo-site" --theme "$root/bench/hugo" >"$dir/logs/hugo-content.log"
  corpus_files[$n]="$(count_files "$dir/content")"
  corpus_mb[$n]="$(count_mb "$dir/content")"

  probe_ours "$dir/content" "$dir/ours-out"

  local r first
  for ((r = 1; r <= runs; r++)); do
    for first in $([[ $((r % 2)) == 1 ]] && echo "ours hugo" || echo "hugo ours"); do
      if [[ $first == ours ]]; then
        [[ $ours_ok == 1 ]] || continue
        # A build from scratch: no output and no journal of an earlier build (.ours-out.cache) to start from.
        rm -rf "$dir/ours-out" "$dir/.ours-out.cache"
        log "N=$n run $r/$runs: ours"
        ours_cmd "$dir/content" "$dir/ours-out"
        measure "$dir/ours.times" "$dir/logs/ours-$r.log" "${cmd[@]}" || die "our build failed (N=$n run $r)"
        phases_of "$dir/logs/ours-$r.log" >>"$dir/ours.phases"
      else
        rm -rf "$dir/hugo-out"
        log "N=$n run $r/$runs: hugo"
        hugo_cmd "$dir/hugo-site" "$dir/hugo-out"
        measure "$dir/hugo.times" "$dir/logs/hugo-$r.log" "${cmd[@]}" || die "hugo failed (N=$n run $r)"
      fi
    done
  done

  # Rebuild after one edit: append a sentence to one model (in both sites), build into the same folder.
  local target slug backup_ours backup_hugo
  target="$(edit_target "$dir/content")"
  slug="$(basename "$target" .md)"
  grep -q '^slug: ' "$target" && slug="$(sed -n 's/^slug: //p' "$target" | head -n 1)"
  backup_ours="$(mktemp)"; backup_hugo="$(mktemp)"
  cp "$target" "$backup_ours"; cp "$dir/hugo-site/content/mo-hinh/$slug.md" "$backup_hugo"
  for ((r = 1; r <= runs; r++)); do
    local sentence="Cập nhật lần $r: chi bộ tiếp tục duy trì mô hình và báo cáo kết quả hằng quý."
    printf '\n%s\n' "$sentence" >>"$target"
    printf '\n%s\n' "$sentence" >>"$dir/hugo-site/content/mo-hinh/$slug.md"
    for first in $([[ $((r % 2)) == 1 ]] && echo "ours hugo" || echo "hugo ours"); do
      if [[ $first == ours ]]; then
        [[ $ours_ok == 1 ]] || continue
        ours_cmd "$dir/content" "$dir/ours-out"
        measure "$dir/ours-rebuild.times" "$dir/logs/ours-rebuild-$r.log" "${cmd[@]}" || die "our rebuild failed (N=$n)"
        phases_of "$dir/logs/ours-rebuild-$r.log" >>"$dir/ours-rebuild.phases"
      else
        hugo_cmd "$dir/hugo-site" "$dir/hugo-out"
        measure "$dir/hugo-rebuild.times" "$dir/logs/hugo-rebuild-$r.log" "${cmd[@]}" || die "hugo rebuild failed (N=$n)"
      fi
    done
  done
  cp "$backup_ours" "$target"; cp "$backup_hugo" "$dir/hugo-site/content/mo-hinh/$slug.md"
  rm -f "$backup_ours" "$backup_hugo"
  if [[ $ours_ok == 1 ]]; then
    grep -qF "Cập nhật lần $runs" "$(find "$dir/ours-out" -path "*/mo-hinh/$slug/index.html")" \
      || die "our rebuild did not carry the edit into mo-hinh/$slug/"
  fi
  grep -qF "Cập nhật lần $runs" "$dir/hugo-out/mo-hinh/$slug/index.html" || die "hugo rebuild did not carry the edit into mo-hinh/$slug/"

  ours_available[$n]=$ours_ok
  phased[$n]=$([[ -s "$dir/ours.phases" ]] && echo 1 || echo 0)
}

mb() { [[ -n "$1" ]] && awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }' || echo "n/a"; }
num() { [[ -n "$1" ]] && printf '%.2f' "$1" || echo "n/a"; }
ratio() { [[ -n "$1" && -n "$2" ]] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' || echo "n/a"; }

report() {
  local n dir
  echo "# Build benchmark: Showcase vs Hugo"
  echo
  echo "- machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, output on $(df -PT "$out" | awk 'NR == 2 { print $2 " (" $1 ")" }')"
  echo "- tools: $(hugo version | awk '{ print $1, $2 }'), .NET SDK $(dotnet --version), showcase at $(git rev-parse --short HEAD)"
  echo "- corpus seed $seed; $runs runs per tool, alternating which goes first, each into a fresh folder; medians shown; page cache warm (corpus just written)"
  echo "- 1-minute load average when each measured run started (2 cores; above ~2 other work on the machine skews the times):"
  for n in "${size_list[@]}"; do
    echo "  N=$n: $(sort -g "$out/n$n/load.samples" | awk '{ v[NR] = $1 } END { printf "min %s, median %s, max %s", v[1], v[int((NR + 1) / 2)], v[NR] }')"
  done
  echo
  echo "## Full build"
  echo
  echo "| N | corpus files / MB | ours wall s | ours CPU s | ours peak MB | Hugo wall s | Hugo CPU s | Hugo peak MB | ours/Hugo wall | ours files / MB | Hugo files / MB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in "${size_list[@]}"; do
    dir="$out/n$n"
    local ow oc om hw hc hm of hf
    ow="$(median "$dir/ours.times" 1)"; oc="$(median "$dir/ours.times" 2)"; om="$(median "$dir/ours.times" 3)"
    hw="$(median "$dir/hugo.times" 1)"; hc="$(median "$dir/hugo.times" 2)"; hm="$(median "$dir/hugo.times" 3)"
    if [[ ${ours_available[$n]} == 1 ]]; then of="$(count_files "$dir/ours-out") / $(count_mb "$dir/ours-out")"; else of="n/a"; fi
    hf="$(count_files "$dir/hugo-out") / $(count_mb "$dir/hugo-out")"
    echo "| $n | ${corpus_files[$n]} / ${corpus_mb[$n]} | $(num "$ow") | $(num "$oc") | $(mb "$om") | $(num "$hw") | $(num "$hc") | $(mb "$hm") | $(ratio "$ow" "$hw") | $of | $hf |"
  done
  echo
  echo "## Rebuild after one edit (one sentence appended to one model, same output folder)"
  echo
  echo "| N | ours wall s | ours CPU s | Hugo wall s | Hugo CPU s | ours/Hugo wall |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for n in "${size_list[@]}"; do
    dir="$out/n$n"
    local ow oc hw hc
    ow="$(median "$dir/ours-rebuild.times" 1)"; oc="$(median "$dir/ours-rebuild.times" 2)"
    hw="$(median "$dir/hugo-rebuild.times" 1)"; hc="$(median "$dir/hugo-rebuild.times" 2)"
    echo "| $n | $(num "$ow") | $(num "$oc") | $(num "$hw") | $(num "$hc") | $(ratio "$ow" "$hw") |"
  done
  local any=0
  for n in "${size_list[@]}"; do [[ ${phased[$n]} == 1 ]] && any=1; done
  if [[ $any == 1 ]]; then
    echo
    echo "## Our time per phase (median ms, from --timings; \"rebuild\": after one edit, with the journal)"
    echo
    local phases
    phases="$(for n in "${size_list[@]}"; do [[ -s "$out/n$n/ours.phases" ]] && awk '{ print $1 }' "$out/n$n/ours.phases"; done | awk '!seen[$0]++')"
    printf '| N |'; for p in $phases; do printf ' %s |' "$p"; done; echo
    printf '|---:|'; for p in $phases; do printf -- '---:|'; done; echo
    for n in "${size_list[@]}"; do
      local kind
      for kind in ours ours-rebuild; do
        [[ -s "$out/n$n/$kind.phases" ]] || continue
        printf '| %s |' "$n$([[ $kind == ours-rebuild ]] && echo ' rebuild')"
        for p in $phases; do
          local v; v="$(awk -v p="$p" '$1 == p { print $2 }' "$out/n$n/$kind.phases" 2>/dev/null | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }')"
          printf ' %s |' "${v:-}"
        done
        echo
      done
    done
  fi
  if [[ " ${ours_available[*]} " == *" 0 "* ]]; then
    echo
    echo "Our columns are n/a where \`showcase build\` did not produce a site (not implemented yet on this commit)."
  fi
}

ensure_tools
build_tools
IFS=',' read -r -a size_list <<<"$sizes"
declare -A corpus_files corpus_mb ours_available phased
for n in "${size_list[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "bad size '$n'"
  run_size "$n"
done
report | tee "$out/results.md"
log "wrote $out/results.md"
