#!/usr/bin/env bash
# Search benchmark: builds product indexes of 1k, 10k and 100k products (the demo catalogues, scaled up
# with varied names) and prints index build time, resident memory and query latency p50/p99 (wall clock
# and thread CPU time) over a mixed set of customer questions. Also replays the dialogue product turns.
# Usage: scripts/bench_search.sh [--sizes 1000,10000,100000] [--rounds 40]
# Targets: p99 <= 1 ms at 10k and <= 5 ms at 100k; build <= 1 s per 10k products.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$SCRATCH" --product BotBench >&2
BIN="$SCRATCH/release/BotBench"
"$BIN" search --data-dir . --dialogues eval/dialogues.jsonl
"$BIN" search --data-dir . "$@"
