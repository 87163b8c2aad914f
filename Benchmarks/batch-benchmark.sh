#!/usr/bin/env bash
# Batch-mode benchmark (not a test): 1,000,000 varied question lines through a release build of
# `helpdesk batch`, against the shipped knowledge base and, given the datasets folder, a CLINC150-size one.
# Reports lines per second (helpdesk's own summary) and peak memory (/usr/bin/time -v).
#
# Usage: Benchmarks/batch-benchmark.sh [DATASETS_DIR] [LINES]
#   DATASETS_DIR  e.g. ../shared/datasets: questions are also sampled from clinc150/val.csv, and a second run
#                 uses a KB imported from clinc150/train.csv (helpdesk kb import).
#   LINES         default 1000000.
# Environment: SCRATCH (build folder, default .build-bench), JOBS (passed as --jobs; default all cores),
#              FORMAT (output format, default jsonl).
# Needs python3 (to generate the input) and GNU time (Debian package `time`; installed when missing).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
datasets=${1:-}
lines=${2:-1000000}
scratch=${SCRATCH:-$root/.build-bench}
format=${FORMAT:-jsonl}
jobs=${JOBS:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time" >&2
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get install -y -qq time >/dev/null
fi

echo "building release in $scratch" >&2
swift build -c release --static-swift-stdlib --product helpdesk --package-path "$root" --scratch-path "$scratch" >&2
bin="$scratch/release/helpdesk"

sources=("$root/Benchmarks/shipped-heldout.csv")
if [ -n "$datasets" ] && [ -f "$datasets/clinc150/val.csv" ]; then sources+=("$datasets/clinc150/val.csv"); fi

echo "generating $lines lines from ${sources[*]}" >&2
python3 - "$lines" "$work/questions.txt" "${sources[@]}" <<'PY'
import csv, random, sys
count, out, paths = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
questions = []
for path in paths:
    with open(path, newline="", encoding="utf-8") as f:
        questions += [" ".join(row["question"].split()) for row in csv.DictReader(f) if row["question"].strip()]
rng = random.Random(20261127)
prefixes = ["", "", "", "hi, ", "quick question: ", "hello - ", "please help, "]
suffixes = ["", "", "", "?", " thanks", " asap", "!!", " (client waiting)"]
def typo(text):
    if len(text) < 4: return text
    i = rng.randrange(len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]
def drop_word(text):
    words = text.split()
    if len(words) < 3: return text
    del words[rng.randrange(len(words))]
    return " ".join(words)
perturb = [lambda t: t, str.lower, typo, drop_word, lambda t: t.upper() if len(t) < 40 else t]
with open(out, "w", encoding="utf-8") as f:
    for _ in range(count):
        text = rng.choice(perturb)(rng.choice(questions))
        f.write(rng.choice(prefixes) + text + rng.choice(suffixes) + "\n")
PY
echo "input: $(wc -l <"$work/questions.txt") lines, $(du -h "$work/questions.txt" | cut -f1)" >&2

run() {
    local name=$1 kb=$2
    /usr/bin/time -v "$bin" batch --kb "$kb" --jobs "$jobs" --format "$format" --output "$work/out" \
        "$work/questions.txt" 2>"$work/stderr" || true
    local summary peak elapsed
    summary=$(grep '^helpdesk: ' "$work/stderr" | tail -1)
    peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f MB", $2 / 1024}' "$work/stderr")
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/stderr")
    echo "$name: ${summary#helpdesk: }; wall $elapsed; peak memory $peak; output $(du -h "$work/out" | cut -f1)"
}

echo "helpdesk $("$bin" --version), $(nproc) cores, --jobs $jobs, --format $format"
run "shipped KB" "$root/KnowledgeBase"
if [ -n "$datasets" ] && [ -f "$datasets/clinc150/train.csv" ]; then
    "$bin" kb import "$datasets/clinc150/train.csv" --out "$work/clinc-kb" >&2
    run "CLINC150 KB" "$work/clinc-kb"
fi
