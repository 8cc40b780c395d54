#!/usr/bin/env bash
# Writes scripts/startup-order.txt: the functions a cold start of the release binary runs
# (`evaluate` of every sample, JSON and text, and `--version`), in the order callgrind first
# lists them, for the linker's --symbol-ordering-file (scripts/build-release.sh). Needs
# valgrind (Debian's, 3.19: it cannot read DWARF5, so the binary is stripped of debug info
# first). Run it after large changes to the start-up path, then scripts/build-release.sh again.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="$(swift build -c release --show-bin-path)/policy-wizard"
[[ -x "${binary}" ]] || scripts/build-release.sh >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
strip --strip-debug "${binary}" -o "${work}/policy-wizard"
run=0
for sample in Data/samples/*.json; do
  for format in json text; do
    run=$((run + 1))
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="${work}/run-${run}.out" \
      "${work}/policy-wizard" evaluate "${sample}" --format "${format}" >/dev/null 2>&1
  done
done
valgrind --tool=callgrind --demangle=no --callgrind-out-file="${work}/run-version.out" \
  "${work}/policy-wizard" --version >/dev/null 2>&1
# `fn=(12) name` / `cfn=(12) name` name a function the first time callgrind mentions it.
sed -n 's/^c\{0,1\}fn=([0-9]*) \(.*\)$/\1/p' "${work}"/run-*.out | grep -v '^0x' \
  | awk '!seen[$0]++' >scripts/startup-order.txt
echo "scripts/startup-order.txt: $(wc -l <scripts/startup-order.txt) functions"
