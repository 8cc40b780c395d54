#!/usr/bin/env bash
# Writes scripts/startup-order.txt: the functions a cold start of the release binary runs
# (`evaluate` of every sample, JSON and text, `--version`, then the wizard's and the kiosk's
# start to their first frame), in the order callgrind first
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
# The wizard and the kiosk to their first frame (issue 18: the wizard's start touched pages
# the evaluate runs never did): each in a tmux terminal of 80×24, ended with SIGTERM once its
# first screen shows (valgrind writes the profile of a process a signal ends too). Listed
# after evaluate's functions, so that those keep their places.
if command -v tmux >/dev/null 2>&1; then
  printf 'kiosk: {operatorPIN: "246813"}\n' >"${work}/config.yaml"
  socket="startup-order-$$"
  for mode in wizard kiosk; do
    case "${mode}" in
    wizard) arguments="--lang zh" text="贵单位注册在哪个盟市" ;;
    kiosk) arguments="--kiosk --config ${work}/config.yaml" text="内蒙古科技支持政策自助查询" ;;
    esac
    rm -f "${work}/pid"
    tmux -L "${socket}" -f /dev/null new-session -d -x 80 -y 24 \
      "env -i PATH=/usr/bin:/bin HOME=${work} LANG=C.UTF-8 TERM=xterm-256color \
       SWIFT_BACKTRACE=enable=no,interactive=no \
       /bin/sh -c 'echo \$\$ >${work}/pid; exec \"\$@\"' sh valgrind --tool=callgrind \
       --demangle=no --callgrind-out-file=${work}/run-${mode}.out ${work}/policy-wizard ${arguments}"
    tries=0
    until [[ -s "${work}/pid" ]] && tmux -L "${socket}" capture-pane -p | grep -qF "${text}"; do
      tries=$((tries + 1))
      ((tries < 1200)) || { echo "no first frame of the ${mode} under valgrind" >&2; exit 1; }
      sleep 0.1
    done
    kill -TERM "$(cat "${work}/pid")"
    while kill -0 "$(cat "${work}/pid")" 2>/dev/null; do sleep 0.1; done
    tmux -L "${socket}" kill-server 2>/dev/null || true
  done
else
  echo "tmux is missing: the order file covers evaluate only" >&2
fi
# `fn=(12) name` / `cfn=(12) name` name a function the first time callgrind mentions it.
sed -n 's/^c\{0,1\}fn=([0-9]*) \(.*\)$/\1/p' "${work}"/run-[0-9]*.out "${work}"/run-version.out \
  $(ls "${work}"/run-wizard.out "${work}"/run-kiosk.out 2>/dev/null) | grep -v '^0x' \
  | awk '!seen[$0]++' >scripts/startup-order.txt
echo "scripts/startup-order.txt: $(wc -l <scripts/startup-order.txt) functions"
