#!/usr/bin/env bash
# The server's CPU time per `POST /v1/evaluate` (issue 19; docs/performance.md): on a machine
# shared with other work, wrk's requests/s say more about the neighbours than about the server,
# while the CPU the server's process spends per request hardly moves with the load.
#
#   scripts/server-cpu.sh [SECONDS] [BIN_DIR] [SAMPLE] [LANG]
#     SECONDS  the wrk run (default 5)
#     BIN_DIR  where policy-wizard-server is (default: the release build)
#     SAMPLE   the profile posted (default Data/samples/2-ordos-new-materials.json)
#     LANG     zh or en (default zh)
#
# Prints wrk's summary, the server's task-clock over the run (perf stat) and the quotient.
# With PERF_RECORD=FILE it also records a call-graph profile of the server during the run
# (`perf report -i FILE --no-children`).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-5}
bin=${2:-$(swift build -c release --show-bin-path)}
sample=${3:-Data/samples/2-ordos-new-materials.json}
lang=${4:-zh}
port=${SERVER_CPU_PORT:-18029}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v perf >/dev/null || { echo "perf is needed: apt-get install linux-perf" >&2; exit 1; }
scratch=$(mktemp -d)
server=
cleanup() {
  [[ -n ${server} ]] && kill -TERM "${server}" 2>/dev/null || true
  rm -rf "${scratch}"
}
trap cleanup EXIT

"${bin}/policy-wizard-server" --host 127.0.0.1 --port "${port}" 2>"${scratch}/server.log" &
server=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:${port}/healthz" && break
  sleep 0.1
done
cat >"${scratch}/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$(pwd)/${sample}", "rb")
wrk.body = file:read("*a")
file:close()
LUA
url="http://127.0.0.1:${port}/v1/evaluate?lang=${lang}"
# Warm up (first-use metadata, the allocator's arenas), then measure.
wrk -t1 -c4 -d1s -s "${scratch}/post.lua" "${url}" >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n ${PERF_RECORD:-} ]]; then
  perf record -g -o "${PERF_RECORD}" -p "${server}" -- sleep "$((seconds + 1))" 2>/dev/null &
else
  perf stat -e task-clock -x, -o "${scratch}/stat.csv" -p "${server}" -- sleep "$((seconds + 1))" &
fi
perf_pid=$!
sleep 0.5
wrk -t2 -c16 -d"${seconds}s" --latency -s "${scratch}/post.lua" "${url}" | tee "${scratch}/wrk.txt"
wait "${perf_pid}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -n ${PERF_RECORD:-} ]] && exit 0
requests=$(awk '/requests in/ { print $1 }' "${scratch}/wrk.txt")
msec=$(awk -F, '/task-clock/ { print $1 }' "${scratch}/stat.csv")
awk -v msec="${msec}" -v requests="${requests}" \
  'BEGIN { printf "== server CPU %.0f ms for %d requests: %.1f us a request\n", msec, requests, msec * 1000 / requests }'
