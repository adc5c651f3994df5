#!/usr/bin/env bash
# Runs the server on the demo shops with embedded defaults (in-process store, no LLM key needed).
# Usage: scripts/run.sh [--port 8080] [--host 127.0.0.1]   Then open http://127.0.0.1:8080/demo/moda-butik
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product BotServer
exec .build/release/BotServer serve --data-dir . "$@"
