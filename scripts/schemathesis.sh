#!/usr/bin/env bash
# The HTTP API against its committed contract (issue 19): the OpenAPI document validated, then
# schemathesis on every operation of a `policy-wizard serve` from the built binaries — no 5xx,
# every status documented, every response matching its schema. Bounded to stay a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

document=Sources/PolicyServer/openapi.yaml
venv=.venv-schemathesis
examples=${SCHEMATHESIS_MAX_EXAMPLES:-50}

if [[ ! -x ${venv}/bin/schemathesis ]]; then
  python3 -m venv "${venv}"
  "${venv}/bin/pip" install --quiet 'schemathesis==4.32.5' 'openapi-spec-validator==0.9.0'
fi
"${venv}/bin/openapi-spec-validator" "${document}"

bin=$(swift build --show-bin-path)
log=$(mktemp)
"${bin}/policy-wizard" serve --host 127.0.0.1 --port 0 2>"${log}" &
server=$!
trap 'kill -TERM "${server}" 2>/dev/null || true; rm -f "${log}"' EXIT
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "${log}" | head -n 1)
  [[ -n ${port} ]] && break
  kill -0 "${server}" 2>/dev/null || { cat "${log}" >&2; exit 1; }
  sleep 0.1
done
[[ -n ${port} ]] || { echo "the server did not say its port" >&2; exit 1; }

# scripts/schemathesis_hooks.py: how to send /v1/batch's JSON Lines body.
PYTHONPATH=scripts SCHEMATHESIS_HOOKS=schemathesis_hooks "${venv}/bin/schemathesis" run "${document}" --url "http://127.0.0.1:${port}" \
  --max-examples "${examples}" --seed 19 \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance

kill -TERM "${server}"
wait "${server}"
echo "the server drained and exited $?"
