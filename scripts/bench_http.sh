#!/usr/bin/env bash
# HTTP benchmark of POST /web_bot on a release build with wrk: rotates the product and policy
# questions of eval/dialogues.jsonl over 64 connections, then runs the same load (same script, same
# bodies) against a trivial echo route of the same server (BENCH_ECHO=1: same middleware, no bot
# work). Prints requests/s, p50/p99, the server's CPU time per request (steadier than requests/s on
# a busy machine) and the ratio /web_bot ÷ echo.
# Usage: scripts/bench_http.sh   Env: DURATION (default 15s), CONNECTIONS (64), THREADS (2), SCRATCH (build path)
# Targets: >= 20,000 req/s, p99 < 10 ms, ratio >= 0.5.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_BENCH=1 scripts/setup.sh
duration=${DURATION:-15s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
scratch=${SCRATCH:-.build}

source scripts/lib/live_server.sh
quiet_build -c release --product BotServer --scratch-path "$scratch"
bin="$scratch/release/BotServer"


# The demo shops with a per-conversation limit no benchmark reaches (the counters still run).
mkdir -p "$workdir/data/businesses" "$workdir/data/products"
cp products/*.json "$workdir/data/products/"
python3 - "$workdir" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
for path in glob.glob("businesses/*.json"):
    cfg = json.load(open(path, encoding="utf-8"))
    cfg["rate_limit"] = {"per_minute": 10**9}
    json.dump(cfg, open(os.path.join(work, "data", path), "w", encoding="utf-8"), ensure_ascii=False)
# Product and policy questions: the first turn of every dialogue (no context needed).
bodies = []
for line in open("eval/dialogues.jsonl", encoding="utf-8"):
    if not line.strip() or line.startswith("//"):
        continue
    d = json.loads(line)
    bodies.append((d["turns"][0]["user"], d["business_id"]))
def lua(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
with open(os.path.join(work, "bot.lua"), "w", encoding="utf-8") as f:
    f.write("local q = {\n")
    for question, business in bodies:
        f.write("  {" + lua(question) + ", " + lua(business) + "},\n")
    f.write("}\n")
    f.write('''
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- A pool of conversations, each continued across requests as real traffic is. The request line and
-- headers of each question are formatted once per session-id length, so the client spends its share
-- of the two cores sending and reading rather than formatting.
local sessions = 500
local prefix, heads = {}, {}
init = function(args)
  for i, item in ipairs(q) do
    prefix[i] = '{"question":"' .. item[1] .. '","business_id":"' .. item[2] .. '","session_id":"bench-'
    heads[i] = {}
    for digits = 1, #tostring(sessions - 1) do
      local len = #prefix[i] + digits + 2
      local full = wrk.format(nil, nil, nil, string.rep("x", len))   -- the path of the URL wrk was given
      heads[i][digits] = string.sub(full, 1, #full - len)
    end
  end
end
local n = 0
request = function()
  n = n + 1
  local i = n % #q + 1
  local session = tostring(n % sessions)
  return heads[i][#session] .. prefix[i] .. session .. '"}'
end
''')
print(f"bench: {len(bodies)} questions rotating")
PY

start_server bench "$bin" "$workdir/data" BENCH_ECHO=1 RATE_LIMIT_PER_IP=1000000000
url="http://127.0.0.1:$port"
curl -fsS "$url/web_bot" -H 'content-type: application/json' -d '{"question":"kargo ücreti ne kadar","business_id":"elektronik-dunyasi"}' >/dev/null

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }   # server user+system time, clock ticks
run() {  # run NAME PATH SCRIPT -> prints "rps p50_ms p99_ms non2xx socket_errors server_cpu_us_per_request"
  wrk -t"$threads" -c"$connections" -d3s -s "$3" "$url$2" >/dev/null   # warm-up
  local before after
  before=$(cpu_ticks)
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$3" "$url$2" >"$workdir/$1.txt"
  after=$(cpu_ticks)
  python3 - "$workdir/$1.txt" "$((after - before))" "$(getconf CLK_TCK)" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
ticks, hz = int(sys.argv[2]), int(sys.argv[3])
def ms(v, unit):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
pct = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)", text, re.M)}
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
socket_errors = re.search(r"Socket errors: (.*)", text)
total = int(re.search(r"(\d+) requests in", text).group(1))
cpu_us = ticks / hz * 1e6 / max(total, 1)
print(f"{rps:.0f} {pct.get('50', 0):.2f} {pct.get('99', 0):.2f} {errors.group(1) if errors else 0} {'yes' if socket_errors else 'no'} {cpu_us:.0f}")
PY
}
read -r bot_rps bot_p50 bot_p99 bot_non2xx bot_sockerr bot_cpu < <(run bot /web_bot "$workdir/bot.lua")
# The same script, so the client does the same work in both runs; only the route differs.
read -r echo_rps echo_p50 echo_p99 echo_non2xx echo_sockerr echo_cpu < <(run echo /bench/echo "$workdir/bot.lua")
ratio=$(python3 -c "print(f'{$bot_rps / max($echo_rps, 1):.2f}')")
cores=$(nproc)
echo "bench: wrk -t$threads -c$connections -d$duration on $cores cores (wrk shares them with the server)"
printf "bench: /web_bot     %8s req/s  p50 %6s ms  p99 %6s ms  non-2xx %s  server CPU %5s µs/request\n" "$bot_rps" "$bot_p50" "$bot_p99" "$bot_non2xx" "$bot_cpu"
printf "bench: /bench/echo  %8s req/s  p50 %6s ms  p99 %6s ms  non-2xx %s  server CPU %5s µs/request\n" "$echo_rps" "$echo_p50" "$echo_p99" "$echo_non2xx" "$echo_cpu"
echo "bench: ratio /web_bot / echo = $ratio   (targets: >= 20000 req/s, p99 < 10 ms, ratio >= 0.5)"
