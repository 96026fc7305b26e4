#!/usr/bin/env bash
# Search benchmark: our search index (C#, lunr 2.3.9 format, sharded) against lunr.js and Pagefind, same corpus.
#
#   bench/search-bench.sh [--sizes 1000,10000] [--out bench/work] [--seed 1] [--runs 5]
#                         [--one-word "rượu"] [--three-words "tuyến đường hoa"]
#
# For each size N: generate the corpus (showcase-bench generate), build our site under /mo-hinh/ (Release CLI), then
#   - ours:     `showcase-bench search-index`: median build time of SearchIndexBuilder over the site's documents,
#               the index files' bytes (raw, gzip -6 each), and the documents as a lunr.js corpus;
#   - lunr.js:  bench/search/lunr-build.js builds that corpus with real lunr 2.3.9 (time, JSON size); ours is built
#               once more as one whole index, timed, and compared with lunr's file byte for byte;
#   - Pagefind: the pages our index points at (models, units, codes of conduct) copied to a folder and indexed with
#               `npx pagefind` (root #noi-dung, without the related-models aside); its time and bytes;
#   - Chromium: bench/search/measure.js serves both and measures bytes fetched and keystroke-to-results times.
# The Markdown report goes to stdout and to <out>/search-results.md; raw JSON to <out>/search/nN/.
set -euo pipefail
export LC_ALL=C.UTF-8

sizes="1000,10000"
out="bench/work"
seed=1
runs=5
one_word="rượu"
three_words="tuyến đường hoa"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --one-word) one_word="$2"; shift 2 ;;
    --three-words) three_words="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "search-bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

log() { printf '[search-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ -x /usr/bin/chromium ]] || die "no /usr/bin/chromium (apt-get install -y chromium)"
if [[ ! -f node_modules/playwright-core/package.json || ! -f node_modules/lunr/lunr.js || ! -e node_modules/.bin/pagefind ]]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

log "building our CLI and the bench tool (Release)"
dotnet build src/Showcase.Cli -c Release -nologo -v q >"$out/search-build.log" 2>&1 || { cat "$out/search-build.log" >&2; die "dotnet build src/Showcase.Cli failed"; }
dotnet build bench/Showcase.Bench -c Release -nologo -v q >>"$out/search-build.log" 2>&1 || { cat "$out/search-build.log" >&2; die "dotnet build bench/Showcase.Bench failed"; }
showcase=(dotnet "$root/src/Showcase.Cli/bin/Release/net10.0/showcase.dll")
bench_tool=(dotnet "$root/bench/Showcase.Bench/bin/Release/net10.0/showcase-bench.dll")

# json FILE EXPR: a value from a JSON file (node).
json() { node -e 'const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const f = new Function("r", "return " + process.argv[2]); const x = f(v); process.stdout.write(x === undefined || x === null ? "" : String(x));' "$1" "$2"; }
# dir_bytes DIR [find-args]: raw bytes and gzip -6 bytes (each file compressed alone) as "raw gzip files".
dir_bytes() {
  local dir="$1"; shift
  find "$dir" -type f "$@" -print0 | sort -z | node -e '
    const fs = require("fs"), zlib = require("zlib");
    const pre = /\.(pf_index|pf_meta|pf_fragment|pagefind)$/;
    const files = fs.readFileSync(0, "utf8").split("\0").filter(Boolean);
    let raw = 0, gz = 0;
    for (const f of files) { const b = fs.readFileSync(f); raw += b.length; gz += pre.test(f) ? b.length : zlib.gzipSync(b, { level: 6 }).length; }
    process.stdout.write(`${raw} ${gz} ${files.length}`);'
}
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

run_size() {
  local n="$1" dir="$out/search/n$n"
  mkdir -p "$dir"
  if [[ ! -f "$dir/content/.seed-$seed" ]]; then
    log "N=$n: generating the corpus (seed $seed)"
    rm -rf "$dir/content"
    "${bench_tool[@]}" generate --models "$n" --seed "$seed" --out "$dir/content" >"$dir/generate.log"
    touch "$dir/content/.seed-$seed"
  fi

  log "N=$n: building our site under /mo-hinh/"
  rm -rf "$dir/site"
  "${showcase[@]}" build --content "$dir/content" --output "$dir/site" --base-url /mo-hinh/ --timings >"$dir/site-build.log" 2>&1 \
    || { tail -n 20 "$dir/site-build.log" >&2; die "our build failed (N=$n)"; }

  log "N=$n: our index build (median of $runs)"
  rm -rf "$dir/ours"
  "${bench_tool[@]}" search-index --content "$dir/content" --out "$dir/ours" --runs "$runs" >"$dir/ours.json"
  cmp -s <(cat "$dir/ours/search/"*.json) <(cat "$dir/site/search/"*.json) || die "the index search-index built differs from the site's (N=$n)"

  log "N=$n: lunr.js build"
  node --max-old-space-size=6144 bench/search/lunr-build.js "$dir/ours/corpus.json" "$dir/lunr-index.json" >"$dir/lunr.json"
  # The same documents as one whole index (what lunr.js builds): its time, and whether it is lunr's file byte for byte.
  rm -rf "$dir/ours-whole"
  "${bench_tool[@]}" search-index --content "$dir/content" --out "$dir/ours-whole" --runs "$runs" --single-shard-bytes 2147483647 >"$dir/ours-whole.json"
  if cmp -s "$dir/lunr-index.json" "$dir/ours-whole/search/index-0.json"; then identical="yes"; else identical="NO"; fi
  rm -f "$dir/ours-whole/corpus.json"
  lunr_gzip="$(node -e 'process.stdout.write(String(require("zlib").gzipSync(require("fs").readFileSync(process.argv[1]), { level: 6 }).length))' "$dir/lunr-index.json")"

  log "N=$n: Pagefind over the same pages"
  rm -rf "$dir/pagefind-site"
  mkdir -p "$dir/pagefind-site"
  node -e '
    const fs = require("fs"), path = require("path");
    const [site, dest, manifestDir] = process.argv.slice(1);
    const manifest = JSON.parse(fs.readFileSync(path.join(manifestDir, "manifest.json"), "utf8"));
    let n = 0;
    for (const d of manifest.docs) {
      for (const doc of JSON.parse(fs.readFileSync(path.join(manifestDir, d.file), "utf8")).docs) {
        const rel = path.join(doc.url, "index.html");
        fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
        fs.copyFileSync(path.join(site, rel), path.join(dest, rel));
        n++;
      }
    }
    process.stderr.write(`copied ${n} pages\n`);' "$dir/site" "$dir/pagefind-site" "$dir/site/search" 2>>"$dir/pagefind.log"
  local start; start=$(date +%s%N)
  npx --no-install pagefind --site "$dir/pagefind-site" --root-selector "#noi-dung" --exclude-selectors ".related" >>"$dir/pagefind.log" 2>&1 \
    || { tail -n 20 "$dir/pagefind.log" >&2; die "pagefind failed (N=$n)"; }
  pagefind_ms=$(ms_since "$start")

  log "N=$n: Chromium: bytes per query and keystroke-to-results times"
  node bench/search/measure.js --ours "$dir/site" --pagefind "$dir/pagefind-site" --query "$one_word" --query "$three_words" \
    --runs "$runs" --out "$dir/measure.json" >/dev/null

  read -r ours_raw ours_gzip ours_files <<<"$(dir_bytes "$dir/site/search")"
  read -r pf_raw pf_gzip pf_files <<<"$(dir_bytes "$dir/pagefind-site/pagefind" \( -name '*.pf_*' -o -name 'pagefind-entry.json' -o -name 'wasm.*' \))"
  {
    echo "n=$n"
    echo "ours_ms=$(json "$dir/ours.json" 'r.medianMs') ours_whole_ms=$(json "$dir/ours-whole.json" 'r.medianMs')"
    echo "ours_docs=$(json "$dir/ours.json" 'r.documents')"
    echo "ours_raw=$ours_raw ours_gzip=$ours_gzip ours_files=$ours_files"
    echo "ours_shards=$(ls "$dir/site/search/" | grep -c '^index-')"
    echo "lunr_ms=$(json "$dir/lunr.json" 'r.buildMs + r.stringifyMs')"
    echo "lunr_raw=$(json "$dir/lunr.json" 'r.bytes') lunr_gzip=$lunr_gzip"
    echo "identical='$identical'"
    echo "pagefind_ms=$pagefind_ms pf_raw=$pf_raw pf_gzip=$pf_gzip pf_files=$pf_files"
    echo "site_search_phase='$(sed -nE 's/^[[:space:]]*search[[:space:]]+([0-9]+) ms.*/\1/p' "$dir/site-build.log" | head -n 1)'"
  } >"$dir/facts.sh"
}

kb() { awk -v b="$1" 'BEGIN { if (b == "") print "n/a"; else if (b >= 1e6) printf "%.1f MB", b / 1e6; else printf "%.0f kB", b / 1e3 }'; }

report() {
  local n dir
  echo "# Search benchmark: ours vs lunr.js vs Pagefind"
  echo
  echo "- machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- tools: .NET SDK $(dotnet --version), node $(node --version), lunr $(node -p "JSON.parse(require(\"fs\").readFileSync(\"node_modules/lunr/package.json\")).version"), pagefind $(node -p "JSON.parse(require(\"fs\").readFileSync(\"node_modules/pagefind/package.json\")).version"), $(/usr/bin/chromium --version 2>/dev/null | head -n 1 | awk '{ print $1, $2 }'), showcase at $(git rev-parse --short HEAD)"
  echo "- corpus: \`showcase-bench generate --seed $seed\`; indexed: every model, unit and code of conduct (the pages our index points at; Pagefind gets copies of exactly those pages, root \`#noi-dung\`)"
  echo "- queries: one word \"$one_word\", three words \"$three_words\", put in at once; \"typed\" = key by key, 250 ms apart; bytes counted on a fresh browser cache; gzip = each text response compressed with gzip -6, as a compressing server sends it (Pagefind's binary files are gzip already)"
  echo
  echo "## Index build and size"
  echo
  echo "| N | documents | ours: build ms, sharded (median of $runs) | ours: files, raw / gzip | ours: build ms, one whole index | lunr.js: build + JSON ms | lunr.js: raw / gzip | ours whole = lunr.js, byte for byte | Pagefind: ms (CLI, wall) | Pagefind index: files, raw |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|"
  for n in "${size_list[@]}"; do
    # shellcheck disable=SC1090
    source "$out/search/n$n/facts.sh"
    echo "| $n | $ours_docs | $ours_ms | $ours_files, $(kb "$ours_raw") / $(kb "$ours_gzip") | $ours_whole_ms | $lunr_ms | $(kb "$lunr_raw") / $(kb "$lunr_gzip") | $identical | $pagefind_ms | $pf_files, $(kb "$pf_raw") |"
  done
  echo
  echo "## Per query, in Chromium"
  echo
  echo "| N | query | ours: results | ours: requests, raw / gzip | ours typed: raw / gzip | Pagefind: results | Pagefind 5 shown: requests, bytes | Pagefind 20 shown: requests, bytes | ours: last key → results, cold ms | ours: warm ms (median / max) |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in "${size_list[@]}"; do
    local m="$out/search/n$n/measure.json" i
    for i in 0 1; do
      local w="r.ours[$((2 * i))]" t="r.ours[$((2 * i + 1))]" p="r.pagefind[$i]"
      echo "| $n | $(json "$m" "$w.query") | $(json "$m" "$w.status.replace(/ kết quả.*/, '').replace(/^Không.*/, '0').replace(/\\D/g, '')") | $(json "$m" "$w.bytes.requests"), $(kb "$(json "$m" "$w.bytes.raw")") / $(kb "$(json "$m" "$w.bytes.gzip")") | $(kb "$(json "$m" "$t.bytes.raw")") / $(kb "$(json "$m" "$t.bytes.gzip")") | $(json "$m" "$p.count") | $(json "$m" "$p.five.requests"), $(kb "$(json "$m" "$p.five.gzip")") | $(json "$m" "$p.twenty.requests"), $(kb "$(json "$m" "$p.twenty.gzip")") | $(json "$m" "Math.round($w.cold)") | $(json "$m" "Math.round($w.warm.median)") / $(json "$m" "Math.round($w.warm.max)") |"
    done
  done
  echo
  echo "Ours counts its search scripts too (lunr.min.js, fold.js, search-core.js, search.js: ~62 kB raw, ~19 kB gzip), and Pagefind its pagefind.js and WebAssembly; both are fetched once per visit. \"Cold\" includes the 300 ms pause in the typing that search.js waits for before fetching shards (as Pagefind's UI does); \"warm\" is Backspace and the last key again, once the shards are loaded (search.js then answers at once)."
}

IFS=',' read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "bad size '$n'"
  run_size "$n"
done
report | tee "$out/search-results.md"
log "wrote $out/search-results.md"
