#!/usr/bin/env bash
# LLM path benchmark: cache-hit latency through POST /web_bot (p50/p99, sequential and under load)
# and time to the first streamed byte / first LLM chunk through POST /web_bot/stream, against a local
# streaming LLM endpoint (scripts/fake_llm.py). Release build.
#
# usage: scripts/bench_llm.sh [requests=2000]
# env: SCRATCH (build dir) or BIN (a built BotServer), FIRST_TOKEN_MS, TOKEN_MS, REDIS=1 (state in redis-server)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-2000}
SCRATCH=${SCRATCH:-.build}
FIRST_TOKEN_MS=${FIRST_TOKEN_MS:-50}
TOKEN_MS=${TOKEN_MS:-10}

if [[ -z "${BIN:-}" ]]; then
  swift build -c release --scratch-path "$SCRATCH" --product BotServer >/dev/null
  BIN="$SCRATCH/release/BotServer"
fi

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

LLM_PORT=$(free_port)
python3 scripts/fake_llm.py "$LLM_PORT" --first-token-ms "$FIRST_TOKEN_MS" --token-ms "$TOKEN_MS" &
pids+=($!)

mkdir -p "$work/data"
cp -r businesses products "$work/data/"
redis_url=""
if [[ "${REDIS:-0}" == 1 ]]; then
  RP=$(free_port)
  redis-server --port "$RP" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$work/redis.pid" --logfile "$work/redis.log" --dir "$work"
  sleep 0.3; pids+=("$(cat "$work/redis.pid")")
  redis_url="redis://127.0.0.1:$RP/0"
fi

PORT=$(free_port)
env REDIS_URL="$redis_url" LLM_PROVIDER=openai LLM_BASE_URL="http://127.0.0.1:$LLM_PORT" LLM_API_KEY=local \
    LLM_MODEL=local-model RATE_LIMIT_PER_IP=0 CATALOG_POLL_SECONDS=0 LOG_LEVEL=error \
    "$BIN" serve --port "$PORT" --data-dir "$work/data" >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done

python3 - "$PORT" "$REQUESTS" "$FIRST_TOKEN_MS" <<'PY'
import http.client, json, sys, time, statistics
port, n = int(sys.argv[1]), int(sys.argv[2])
business = "elektronik-dunyasi"
# Questions the shop's data cannot answer, so the engine hands them to the LLM.
candidates = ["Ürünleriniz hangi ülkede üretiliyor acaba?", "Mağazanızın bir fiziksel şubesi var mı?",
              "Kurumsal toplu alımlarda özel fiyat veriyor musunuz?", "Hediye paketi yapıyor musunuz?"]
conn = http.client.HTTPConnection("127.0.0.1", port)
def post(path, body):
    conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
    r = conn.getresponse(); data = r.read()
    return r.status, data
question = None
for q in candidates:
    status, data = post("/web_bot", {"question": q, "business_id": business})
    if status == 200 and json.loads(data).get("method") == "llm":
        question = q; break
if question is None:
    print("bench_llm: no candidate question reached the LLM (methods:", json.loads(data).get("method"), ")"); sys.exit(1)
body = {"question": question, "business_id": business}
status, data = post("/web_bot", body)
assert json.loads(data)["cached"] is True, data
lat, server = [], []
for _ in range(n):
    t = time.perf_counter(); status, data = post("/web_bot", body); lat.append((time.perf_counter() - t) * 1000)
    assert status == 200
    answer = json.loads(data); assert answer["cached"] is True
    server.append(answer["execution_time_ms"])
lat.sort(); server.sort()
pct = lambda xs, p: xs[min(len(xs) - 1, int(p / 100 * len(xs)))]
print(f"cache-hit /web_bot sequential: n={n} p50={pct(lat, 50):.3f} ms p90={pct(lat, 90):.3f} ms p99={pct(lat, 99):.3f} ms max={lat[-1]:.3f} ms")
print(f"  server-side execution_time_ms: p50={pct(server, 50):.3f} p99={pct(server, 99):.3f} max={server[-1]:.3f}")

# Time to first byte and first LLM chunk through /web_bot/stream (cache off: the provider streams).
ttfb, ttfc, total = [], [], []
for i in range(20):
    s = http.client.HTTPConnection("127.0.0.1", port)
    t = time.perf_counter()
    s.request("POST", "/web_bot/stream", json.dumps({**body, "use_cache": False}), {"Content-Type": "application/json"})
    r = s.getresponse()
    first = None; chunk = None; buf = b""
    while True:
        b = r.read1(4096) if hasattr(r, "read1") else r.read(1)
        if not b: break
        now = (time.perf_counter() - t) * 1000
        if first is None: first = now
        buf += b
        if chunk is None and b"event: chunk" in buf: chunk = now
    total.append((time.perf_counter() - t) * 1000); ttfb.append(first); ttfc.append(chunk if chunk is not None else float("nan"))
    s.close()
med = statistics.median
print(f"stream (upstream first token {sys.argv[3]} ms): first byte p50={med(ttfb):.1f} ms, "
      f"first LLM chunk p50={med(ttfc):.1f} ms, complete p50={med(total):.1f} ms (20 runs)")
with open("/tmp/bench_llm_body.json", "w") as f: json.dump(body, f)
PY

if command -v wrk >/dev/null; then
  cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("/tmp/bench_llm_body.json"):read("*a")
LUA
  echo "cache-hit /web_bot under load (wrk -t2 -c16 -d10s):"
  wrk -t2 -c16 -d10s --latency -s "$work/post.lua" "http://127.0.0.1:$PORT/web_bot" | grep -E "Requests/sec|50%|99%|Non-2xx" | sed 's/^/  /'
fi
