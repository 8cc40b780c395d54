#!/usr/bin/env bash
# The HTTP API under load, side by side with OpenFisca's web API in the same run (issue 19;
# docs/performance.md). A benchmark, not a test: on a shared machine only the ratios of one run
# mean anything.
#
#   scripts/build-release.sh && scripts/openfisca-setup.sh   # once
#   scripts/server-bench.sh [SECONDS]                        # default 10 s per target
#   ROUNDS=N scripts/server-bench.sh                         # evaluate/OpenFisca pairs (3)
#
# wrk (Debian's package) with 2 threads and 16 connections on loopback against
#   - POST /v1/evaluate of Data/samples/2-ordos-new-materials.json (a 31 KB result), and
#   - OpenFisca's POST /calculate of one household of the country template (openfisca serve);
# then POST /v1/batch of Data/samples/enterprises-1000.csv's rows as JSON Lines, in rows/s.
#
# The floor of this harness on this machine, in the same run: GET /healthz of the same server (a
# 16-byte answer: Hummingbird and NIO with no work of ours), and, when nginx is installed
# (Debian's nginx-light), GET of the very bytes /v1/evaluate answers as a static file from nginx
# with 2 workers. wrk's 2 threads and the server's 2 share the 2 cores, so the p99 of these says
# how much of a p99 is the scheduler's and not the server's (docs/performance.md, "speed3").
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-10}
rounds=${ROUNDS:-3}
# POLICY_WIZARD_BIN=.build/debug measures the debug build instead (only as a lower bound).
bin=${POLICY_WIZARD_BIN:-$(swift build -c release --show-bin-path)}
for program in policy-wizard policy-wizard-server; do
  [[ -x ${bin}/${program} ]] || { echo "build ${bin}/${program} first (scripts/build-release.sh)" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
scratch=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "${pid}" 2>/dev/null || true; done
  rm -rf "${scratch}"
}
trap cleanup EXIT

# A wrk script that posts one file as JSON.
post() {
  cat >"${scratch}/$1.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$2", "rb")
wrk.body = file:read("*a")
file:close()
LUA
  echo "${scratch}/$1.lua"
}

"${bin}/policy-wizard" serve --host 127.0.0.1 --port 18019 2>"${scratch}/server.log" &
pids+=($!)
if [[ -x .venv-openfisca/bin/openfisca ]]; then
  .venv-openfisca/bin/openfisca serve --country-package openfisca_country_template \
    --bind 127.0.0.1:18020 >"${scratch}/openfisca.log" 2>&1 &
  pids+=($!)
fi
for _ in $(seq 1 300); do
  curl -sf -o /dev/null http://127.0.0.1:18019/healthz && break
  sleep 0.1
done
for _ in $(seq 1 300); do
  [[ -x .venv-openfisca/bin/openfisca ]] || break
  curl -sf -o /dev/null http://127.0.0.1:18020/spec && break
  sleep 0.2
done

sample=Data/samples/2-ordos-new-materials.json
.venv-openfisca/bin/python - >"${scratch}/household.json" <<'PY' || true
import json
period = "2017-01"
print(json.dumps({
  "persons": {"p1": {"salary": {period: 3000}, "age": {period: 40},
                     "income_tax": {period: None}, "social_security_contribution": {period: None}}},
  "households": {"h1": {"adults": ["p1"], "rent": {period: 500},
                        "housing_occupancy_status": {period: "tenant"},
                        "housing_allowance": {period: None}, "housing_tax": {"2017": None}}},
}))
PY

evaluate_lua=$(post evaluate "$(pwd)/${sample}")
calculate_lua=$(post calculate "${scratch}/household.json")
openfisca_up() {
  [[ -s ${scratch}/household.json ]] && curl -sf -o /dev/null http://127.0.0.1:18020/spec
}
# One wrk run: its output in wrk-NAME.txt (kept) and its figures as a line.
load() {
  local name=$1
  shift
  wrk -t2 -c16 -d"${seconds}s" --latency "$@" >"${scratch}/wrk-${name}.txt"
  awk -v run="${name}" '/ 50%/ { p50 = $2 } / 99%/ { p99 = $2 } /^Requests\/sec/ { rate = $2 }
    END { printf "%-14s %9.0f requests/s  p50 %-9s p99 %s\n", run, rate, p50, p99 }' \
    "${scratch}/wrk-${name}.txt"
}
rate() { awk '/^Requests\/sec/ { print $2 }' "${scratch}/wrk-$1.txt"; }

echo "== policy-wizard POST /v1/evaluate ($(wc -c <"${sample}") B profile, $(curl -s -H 'Content-Type: application/json' --data-binary @"${sample}" http://127.0.0.1:18019/v1/evaluate | wc -c) B result)"
echo "   against OpenFisca POST /calculate (country template, one household), ${rounds} rounds"
echo "   of ${seconds} s each, one after the other: the machine's speed drifts, so each round's"
echo "   quotient is of two runs seconds apart"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
quotients=()
for round in $(seq 1 "${rounds}"); do
  load "evaluate-${round}" -s "${evaluate_lua}" http://127.0.0.1:18019/v1/evaluate
  openfisca_up || continue
  load "calculate-${round}" -s "${calculate_lua}" http://127.0.0.1:18020/calculate
  quotient=$(awk -v ours="$(rate "evaluate-${round}")" -v theirs="$(rate "calculate-${round}")" \
    'BEGIN { printf "%.1f", ours / theirs }')
  quotients+=("${quotient}")
  echo "round ${round}: /v1/evaluate ÷ /calculate = ${quotient}x"
done
if ((${#quotients[@]} > 0)); then
  echo "== /v1/evaluate ÷ OpenFisca /calculate by round: ${quotients[*]} (median $(printf '%s\n' "${quotients[@]}" | sort -n | awk '{ q[NR] = $1 } END { print q[int((NR + 1) / 2)] }')x)"
fi

# The floor: what wrk sees of a server doing (almost) nothing, on the same machine.
echo "== the floor: policy-wizard GET /healthz (16 B, no work of ours)"
load healthz http://127.0.0.1:18019/healthz
if command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]]; then
  # Readable by nginx's workers whatever user they run as; every path nginx writes in here.
  mkdir -m 755 "${scratch}/nginx" "${scratch}/nginx/html"
  chmod 755 "${scratch}"
  curl -s -H 'Content-Type: application/json' --data-binary @"${sample}" \
    http://127.0.0.1:18019/v1/evaluate >"${scratch}/nginx/html/evaluate.json"
  chmod 644 "${scratch}/nginx/html/evaluate.json"
  cat >"${scratch}/nginx/nginx.conf" <<NGINX
daemon off;
$([[ $(id -u) == 0 ]] && echo "user root;")
worker_processes 2;
pid ${scratch}/nginx/nginx.pid;
error_log ${scratch}/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log ${scratch}/nginx/access.log;
  client_body_temp_path ${scratch}/nginx; proxy_temp_path ${scratch}/nginx;
  fastcgi_temp_path ${scratch}/nginx; uwsgi_temp_path ${scratch}/nginx; scgi_temp_path ${scratch}/nginx;
  server { listen 127.0.0.1:18021; root ${scratch}/nginx/html; default_type application/json; }
}
NGINX
  PATH=${PATH}:/usr/sbin nginx -p "${scratch}/nginx" -c "${scratch}/nginx/nginx.conf" &
  pids+=($!)
  for _ in $(seq 1 100); do
    curl -sf -o /dev/null http://127.0.0.1:18021/evaluate.json && break
    sleep 0.1
  done
  echo "== the floor: nginx (2 workers) GET of the same $(wc -c <"${scratch}/nginx/html/evaluate.json") B answer as a static file"
  load nginx http://127.0.0.1:18021/evaluate.json
else
  echo "(no nginx: apt-get install nginx-light for the static-file floor)"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# /v1/batch: the 1000 enterprises of the CSV as JSON Lines (cells as the batch reads them: text,
# a JSON list or object, `unknown` split at ';', `rd.lastYear` into a record), ten times over.
python3 - Data/samples/enterprises-1000.csv >"${scratch}/rows.jsonl" <<'PY'
import csv, json, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    out = {}
    for key, value in row.items():
        if value == "":
            continue
        if value[:1] in "[{":
            value = json.loads(value)
        elif key == "unknown":
            value = value.split(";")
        if "." in key:
            top, field = key.split(".", 1)
            out.setdefault(top, {})[field] = value
        else:
            out[key] = value
    print(json.dumps(out, ensure_ascii=False))
PY
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "${scratch}/rows.jsonl"; done >"${scratch}/rows-10000.jsonl"
rows=$(wc -l <"${scratch}/rows-10000.jsonl")
start=$(date +%s.%N)
lines=$(curl -s -H 'Content-Type: application/x-ndjson' --data-binary @"${scratch}/rows-10000.jsonl" \
  http://127.0.0.1:18019/v1/batch | wc -l)
end=$(date +%s.%N)
awk -v rows="${rows}" -v lines="${lines}" -v start="${start}" -v end="${end}" \
  'BEGIN { printf "== POST /v1/batch: %d rows in, %d lines out, %.2f s, %.0f rows/s\n", rows, lines, end - start, rows / (end - start) }'
