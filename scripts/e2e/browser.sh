#!/usr/bin/env bash
# Drives the chat widget in headless Chromium against a live server on the demo shops.
# Builds BotServer (debug), starts it on a free loopback port, runs Tests/browser/test_widget.py,
# stops the server. Screenshots go to artifacts/browser/.
# Usage: scripts/e2e/browser.sh [--docs]   (--docs also refreshes docs/widget-desktop.png and docs/widget-mobile.png)
# Environment: SCRATCH_PATH (swift build --scratch-path), PYTHON, CHROMIUM, CHROMEDRIVER.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

build=(swift build --product BotServer)
[[ -n "${SCRATCH_PATH:-}" ]] && build+=(--scratch-path "$SCRATCH_PATH")
"${build[@]}" >/dev/null
bin="$("${build[@]}" --show-bin-path)/BotServer"

workdir=$(mktemp -d)
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
embed_port=$(free_port)

# The repo's demo shops, with one more allowed origin: the test page that embeds the widget from elsewhere.
mkdir -p "$workdir/data"
cp -r businesses products "$workdir/data/"
python3 - "$workdir/data/businesses/moda-butik.json" "http://127.0.0.1:$embed_port" <<'EOF'
import json, sys
path, origin = sys.argv[1], sys.argv[2]
config = json.load(open(path, encoding="utf-8"))
config.setdefault("allowed_origins", []).append(origin)
json.dump(config, open(path, "w", encoding="utf-8"), ensure_ascii=False)
EOF

env -u REDIS_URL -u LLM_PROVIDER -u LLM_API_KEY "$bin" serve --host 127.0.0.1 --port "$port" --data-dir "$workdir/data" \
  >"$workdir/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do
  python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$base/widget.js" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { echo "browser: server exited"; cat "$workdir/server.log"; exit 1; }
  sleep 0.2
done
echo "browser: server on $base (pid $server_pid)"

docs=()
[[ "${1:-}" == "--docs" ]] && docs=(--docs "$root/docs")
status=0
"${PYTHON:-python3}" Tests/browser/test_widget.py --base "$base" --data-dir "$workdir/data" \
  --artifacts "$root/artifacts/browser" --embed-port "$embed_port" "${docs[@]}" || status=$?
if [[ $status -ne 0 ]]; then
  echo "browser: last server log lines:"
  tail -n 20 "$workdir/server.log"
fi
exit $status
