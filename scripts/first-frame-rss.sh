#!/usr/bin/env bash
# Peak resident memory of the release binary when the wizard has drawn its first frame
# (issue 18 item 11: the goal is at most 15 MiB), against a cold `evaluate` of the same binary.
#
#   scripts/first-frame-rss.sh [BINARY] [RUNS]   # default: the binary of scripts/build-release.sh, 7 runs
#
# Each run starts the wizard (and then the kiosk) in a tmux terminal of 80×24 of its own,
# waits until the first question (the kiosk: its welcome screen) is on the screen, and reads
# VmHWM — the largest the resident set has been — from /proc/PID/status; the wizard is then
# idle, waiting for a key, so that is its peak up to the first frame. `evaluate` is measured
# with /usr/bin/time's maximum resident set size. Prints one line per run and the median.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-"$(swift build -c release --show-bin-path)/policy-wizard"}
runs=${2:-7}
[[ -x "${binary}" ]] || { echo "no binary at ${binary}: scripts/build-release.sh" >&2; exit 66; }
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 69; }
work=$(mktemp -d)
socket="first-frame-rss-$$"
cleanup() {
  tmux -L "${socket}" kill-server 2>/dev/null || true
  rm -rf "${work}"
}
trap cleanup EXIT
printf 'kiosk: {operatorPIN: "246813"}\n' >"${work}/config.yaml"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# first_frame MODE TEXT ARGS...: prints VmHWM in KiB once TEXT is on the screen.
first_frame() {
  local text=$1
  shift
  rm -f "${work}/pid"
  socket="first-frame-rss-$$-${RANDOM}"
  tmux -L "${socket}" -f /dev/null new-session -d -x 80 -y 24 \
    "env -i PATH=/usr/bin:/bin HOME=${work} LANG=C.UTF-8 TERM=xterm-256color \
     SWIFT_BACKTRACE=enable=yes,interactive=no,color=no \
     /bin/sh -c 'echo \$\$ >${work}/pid; exec \"\$@\"' sh ${binary} $*"
  local tries=0
  until [[ -s "${work}/pid" ]] && tmux -L "${socket}" capture-pane -p | grep -qF "${text}"; do
    tries=$((tries + 1))
    if ((tries > 400)); then
      echo "the first frame did not come (20 s); the screen:" >&2
      tmux -L "${socket}" capture-pane -p >&2
      return 1
    fi
    sleep 0.05
  done
  local pid
  pid=$(cat "${work}/pid")
  awk '/^VmHWM:/ { print $2 }' "/proc/${pid}/status"
  # Ended with SIGKILL: the kiosk ignores the signals a closing terminal sends.
  kill -KILL "${pid}" 2>/dev/null || true
  while kill -0 "${pid}" 2>/dev/null; do sleep 0.05; done
  tmux -L "${socket}" kill-server 2>/dev/null || true
}

declare -A results=()
for mode in wizard kiosk evaluate; do
  values=()
  for ((run = 1; run <= runs; run++)); do
    case "${mode}" in
    wizard) value=$(first_frame "贵单位注册在哪个盟市" --lang zh) ;;
    kiosk) value=$(first_frame "内蒙古科技支持政策自助查询" --kiosk --config "${work}/config.yaml") ;;
    evaluate)
      value=$(/usr/bin/time -f '%M' "${binary}" evaluate Data/samples/2-ordos-new-materials.json \
        --format json 2>&1 >/dev/null | tail -n 1)
      ;;
    esac
    values+=("${value}")
  done
  results[${mode}]=$(printf '%s\n' "${values[@]}" | median)
  printf '%-9s %s KiB (runs: %s)\n' "${mode}" "${results[${mode}]}" "${values[*]}"
done
awk -v w="${results[wizard]}" -v k="${results[kiosk]}" -v e="${results[evaluate]}" 'BEGIN {
  printf "median peak RSS: wizard first frame %.1f MiB, kiosk welcome %.1f MiB, evaluate %.1f MiB\n",
    w / 1024, k / 1024, e / 1024 }'
