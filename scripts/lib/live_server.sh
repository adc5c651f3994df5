# Sourced by the scripts that run a live BotServer: a private work folder, a free loopback port,
# start with a readiness wait, and a stop on exit. Never contacts anything but 127.0.0.1.
workdir=$(mktemp -d)
server_pid=""
stop_server() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap stop_server EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_server LABEL BIN DATA_DIR [VAR=value ...]: serves DATA_DIR without Redis or an LLM (the demo
# defaults) on a free port; sets server_pid, port and base, and waits until /health answers.
start_server() {
  local label=$1 bin=$2 data=$3
  shift 3
  port=$(free_port)
  base="http://127.0.0.1:$port"
  env -u REDIS_URL -u LLM_PROVIDER -u LLM_API_KEY "$@" \
    "$bin" serve --host 127.0.0.1 --port "$port" --data-dir "$data" >"$workdir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 150); do
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$base/health" \
      2>/dev/null && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "$label: server exited"; cat "$workdir/server.log"; exit 1; }
    sleep 0.1
  done
  echo "$label: server did not answer on $base"; tail -n 20 "$workdir/server.log"; exit 1
}

# quiet_build SWIFT-BUILD-ARGS...: builds silently, but shows the compiler's output when it fails.
quiet_build() {
  local out
  out=$(swift build "$@" 2>&1) || { echo "$out" | grep -v '^warning:' | tail -n 40; echo "build failed: swift build $*"; exit 1; }
}
