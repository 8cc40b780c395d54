#!/usr/bin/env bash
# Instructions the server executes for one POST /v1/evaluate (issue 19; docs/performance.md,
# "speed3"): a count that does not move with the machine's load, where wrk's requests/s on this
# shared VM drift by up to half within minutes. valgrind's callgrind counts the user-space
# instructions of the whole server while one keep-alive connection posts the sample N times and
# then 4N times; the difference divided by 3N is one request (start-up and idle loops cancel).
# callgrind counts each byte of a `rep movsb` copy as an instruction, so large copies weigh
# more here than on the CPU.
#
#   scripts/server-instructions.sh [BIN_DIR] [SAMPLE] [N]
#     BIN_DIR  where policy-wizard-server is (default: the release build)
#     SAMPLE   the profile posted (default Data/samples/2-ordos-new-materials.json)
#     N        requests in the short run (default 100)
#
# Needs valgrind (Debian's package). The static server's DWARF is more than valgrind reads, so a
# copy stripped of debug info is what runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-$(swift build -c release --show-bin-path)}
sample=${2:-Data/samples/2-ordos-new-materials.json}
short=${3:-100}
command -v valgrind >/dev/null || { echo "valgrind is needed: apt-get install valgrind" >&2; exit 1; }
scratch=$(mktemp -d)
server=
cleanup() {
  [[ -n ${server} ]] && kill -INT "${server}" 2>/dev/null || true
  rm -rf "${scratch}"
}
trap cleanup EXIT
strip --strip-debug -o "${scratch}/policy-wizard-server" "${bin}/policy-wizard-server"

# Instructions of a server that answered `count` posts of the sample, then was stopped.
instructions() {
  local count=$1 port=$2
  valgrind --tool=callgrind --callgrind-out-file="${scratch}/callgrind.${count}" \
    "${scratch}/policy-wizard-server" --host 127.0.0.1 --port "${port}" 2>"${scratch}/valgrind.log" &
  server=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:${port}/healthz" && break
    sleep 0.2
  done
  python3 - "${sample}" "${count}" "${port}" <<'PY'
import http.client, sys
body = open(sys.argv[1], "rb").read()
connection = http.client.HTTPConnection("127.0.0.1", int(sys.argv[3]), timeout=300)
for _ in range(int(sys.argv[2])):
    connection.request("POST", "/v1/evaluate", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    assert response.status == 200, response.status
PY
  kill -INT "${server}"
  wait "${server}" 2>/dev/null || true
  server=
  awk '/^(summary|totals):/ { print $2; exit }' "${scratch}/callgrind.${count}"
}

long=$((short * 4))
few=$(instructions "${short}" 18039)
many=$(instructions "${long}" 18040)
awk -v few="${few}" -v many="${many}" -v short="${short}" -v long="${long}" -v sample="${sample}" \
  'BEGIN { printf "== %.0f instructions a POST /v1/evaluate of %s (%d and %d requests: %.0f and %.0f)\n", (many - few) / (long - short), sample, short, long, few, many }'
