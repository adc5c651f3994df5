#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, starts a private redis-server on a free
# loopback port, runs the Swift tests, then the end-to-end checks against a live server.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_BROWSER=1 scripts/setup.sh

workdir=$(mktemp -d)
cleanup() {
  [[ -f "$workdir/redis.pid" ]] && kill "$(cat "$workdir/redis.pid")" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
REDIS_PORT=$(free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --pidfile "$workdir/redis.pid" --logfile "$workdir/redis.log" --dir "$workdir"
for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export TEST_REDIS_PORT="$REDIS_PORT"
echo "test: redis-server on 127.0.0.1:$REDIS_PORT"

swift build --build-tests
status=0
swift test --skip-build 2>&1 | tee "$workdir/swift-test.log" || status=$?
[[ $status -ne 0 ]] && { echo "test: swift tests failed"; exit $status; }

# End-to-end checks against a live server (each script prints its own figures).
for t in scripts/e2e/*.sh; do
  [[ -x "$t" ]] || continue
  echo "test: $t"
  "$t"
done
