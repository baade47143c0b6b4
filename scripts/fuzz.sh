#!/bin/bash
# Runs Dossier's libFuzzer fuzzers (the Fuzz/ package): the expression language, the story data-file
# reader, the notebook reader (with the crash journal) and the quantity extractor.
#
#   scripts/fuzz.sh                 the full run: 11,500,000 executions in all (see RUNS below)
#   scripts/fuzz.sh --quick         a smoke run: 20 seconds per fuzzer
#   scripts/fuzz.sh --ci            what `make test` runs: 5,000 executions per fuzzer from the
#                                   seeds alone, with a fixed random seed (the same run each time)
#   scripts/fuzz.sh --runs N        N executions per fuzzer
#   scripts/fuzz.sh --seconds S     at most S seconds per fuzzer (with the full run's counts, or --runs)
#   scripts/fuzz.sh --only NAME     one fuzzer: expression, story, notebook or extract
#   scripts/fuzz.sh --parallel      the fuzzers at the same time (one core each, at low priority)
#
# The fuzzers build in Fuzz/.build. Each starts from its seed corpus, Fuzz/Corpus/NAME (kept in
# the repository, small), and
# grows a working corpus in .build-fuzz/corpus/NAME (not kept). A crash, a hang (an input running
# longer than the -timeout) or an AddressSanitizer report stops the fuzzer, leaves the input in
# .build-fuzz/artifacts/NAME/, and makes this script exit 1. The last line of each fuzzer's log
# ("Done N runs in S second(s)") is printed with a total: those are the figures docs/security.md
# records. Needs the Swift toolchain's libFuzzer (swiftc -sanitize=fuzzer), present on Linux.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# Executions per fuzzer in the full run: 11.5 million in all, shared by speed: an expression input
# runs a session's worth of commands, a story input opens a session when it reads, a notebook input
# is mostly read and written back.
declare -A RUNS=([expression]=1000000 [story]=3000000 [notebook]=6500000 [extract]=1000000)
# How long one input may take before it counts as a hang, and the largest input tried, per fuzzer.
declare -A MAX_LEN=([expression]=4096 [story]=4096 [notebook]=4096 [extract]=4096)
TIMEOUT=10
NAMES=(expression story notebook extract)
runs=""; seconds=""; quick=0; ci=0; only=""; parallel=0
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1; seconds=20 ;;
    --ci) ci=1; runs=5000 ;;
    --runs) runs=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --only) only=$2; shift ;;
    --parallel) parallel=1 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fuzz.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$only" ]; then
  [ -n "${RUNS[$only]:-}" ] || { echo "fuzz.sh: no fuzzer named $only (expression, story, notebook, extract)" >&2; exit 2; }
  NAMES=("$only")
fi

echo "Building the fuzzers (Fuzz/, release, -sanitize=fuzzer,address)..."
(cd Fuzz && swift build -c release 2>&1 \
  | grep -v "Cannot export local symbol" | grep -E "error|warning: |Compiling|Build complete" | tail -5)
BIN=$ROOT/Fuzz/.build/release

# fuzz_one NAME: runs one fuzzer; its figures go to .build-fuzz/NAME.result ("ok RUNS" or "fail").
fuzz_one() {
  local name=$1 target corpus artifacts log limit=() rc done_runs
  target=Fuzz$(tr '[:lower:]' '[:upper:]' <<<"${name:0:1}")${name:1}
  corpus=$ROOT/.build-fuzz/corpus/$name; artifacts=$ROOT/.build-fuzz/artifacts/$name/
  # CI starts from the seeds alone each time (new inputs go to a folder that is then emptied).
  [ $ci = 0 ] || { corpus=$ROOT/.build-fuzz/ci-corpus/$name; rm -rf "$corpus"; limit+=("-seed=1"); }
  mkdir -p "$corpus" "$artifacts"
  log=$ROOT/.build-fuzz/$name.log
  [ $quick = 1 ] || limit+=("-runs=${runs:-${RUNS[$name]}}")
  [ -z "$seconds" ] || limit+=("-max_total_time=$seconds")
  echo "== $name: ${limit[*]}, inputs up to ${MAX_LEN[$name]} bytes, -timeout=$TIMEOUT"
  # detect_leaks=0: Swift's runtime caches (metadata, the built-in story read once) look like leaks
  # to LeakSanitizer and its scans would cost most of the time; scripts/asan.sh checks leaks instead.
  set +e
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 nice -n 10 "$BIN/$target" "$corpus" "Fuzz/Corpus/$name" \
    "${limit[@]}" -timeout=$TIMEOUT -max_len="${MAX_LEN[$name]}" -rss_limit_mb=4096 -detect_leaks=0 -entropic_scale_per_exec_time=1 \
    -artifact_prefix="$artifacts" -print_final_stats=1 > "$log" 2>&1
  rc=$?
  set -e
  done_runs=$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || true)
  if [ $rc -ne 0 ] || [ -z "$done_runs" ]; then
    echo "fail" > "$ROOT/.build-fuzz/$name.result"
    echo "FAIL: $name stopped (exit $rc); the input is in $artifacts; the log's end:"
    tail -30 "$log"
  else
    echo "ok $done_runs" > "$ROOT/.build-fuzz/$name.result"
  [ $ci = 0 ] || rm -rf "$corpus"
    echo "$name: $(grep -E '^Done|stat::peak_rss_mb|stat::new_units_added' "$log" | tr -s ' \n' ' ')"
  fi
}

for name in "${NAMES[@]}"; do
  rm -f "$ROOT/.build-fuzz/$name.result"
  if [ $parallel = 1 ]; then fuzz_one "$name" & else fuzz_one "$name"; fi
done
wait
total=0; failed=0
for name in "${NAMES[@]}"; do
  read -r status count < "$ROOT/.build-fuzz/$name.result" || status=fail
  if [ "$status" = ok ]; then total=$((total + count)); else failed=$((failed + 1)); fi
done
echo "fuzz: $total executions in all, $failed fuzzer(s) failed"
[ $failed -eq 0 ]
