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
source scripts/lib/live_server.sh
quiet_build "${build[@]:2}"
bin="$("${build[@]}" --show-bin-path)/BotServer"
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

start_server browser "$bin" "$workdir/data"
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
