#!/usr/bin/env bash
# Builds the libFuzzer targets (address sanitizer on) and runs one, or all in turn, for a given time.
#
#   Fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#   TARGET: matcher | kb-loader | batch-readers | all
#
# Seeds come from Fuzz/corpus/TARGET (never written to); what the fuzzer learns is kept in
# Fuzz/.build-fuzz/corpus/TARGET, so a second run starts where the first stopped. A crash, leak or timeout input is
# saved in Fuzz/.build-fuzz/artifacts/TARGET/; copy it to Tests/Fuzz/regressions/TARGET/ so `swift test` replays it.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/opt/swift/usr/bin:$PATH"
# libFuzzer reports crashes itself; Swift's backtracer would only add noise (and trips the address sanitizer).
export SWIFT_BACKTRACE=enable=no

usage() { echo "usage: Fuzz/run.sh matcher|kb-loader|batch-readers|all SECONDS [libFuzzer options...]" >&2; exit 64; }
[ $# -ge 2 ] || usage
target=$1 seconds=$2
shift 2
case "$target" in matcher|kb-loader|batch-readers|all) ;; *) usage ;; esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

scratch=.build-fuzz
swift build --scratch-path "$scratch" -c release \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >&2

run_one() {
    local name=$1 max_len=4096
    shift
    [ "$name" = kb-loader ] && max_len=16384
    mkdir -p "$scratch/corpus/$name" "$scratch/artifacts/$name"
    echo "== fuzz-$name for $seconds s" >&2
    local status=0
    "$scratch/release/fuzz-$name" "$scratch/corpus/$name" "corpus/$name" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$scratch/artifacts/$name/" -print_final_stats=1 "$@" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "fuzz-$name found a problem; the input is in Fuzz/$scratch/artifacts/$name/." >&2
        echo "Replay it: Fuzz/$scratch/release/fuzz-$name FILE; keep it: cp FILE Tests/Fuzz/regressions/$name/" >&2
    fi
    return "$status"
}

if [ "$target" = all ]; then
    failed=0
    for name in matcher kb-loader batch-readers; do run_one "$name" "$@" || failed=1; done
    exit "$failed"
fi
run_one "$target" "$@"
