#!/bin/sh
# Instructions and mallocs per whole-catalog evaluation of each full profile (FullProfile), the
# figures docs/performance.md compares: (count 100 − count 0) / 100 under valgrind, which do not
# move with the machine's load. Needs valgrind; builds policy-bench in release.
#   scripts/evaluation-counts.sh [BINARY]     (default: .build-release/release/policy-bench)
set -eu
cd "$(dirname "$0")/.."
binary="${1:-}"
if [ -z "$binary" ]; then
  swift build -c release --scratch-path .build-release --product policy-bench >&2
  binary=.build-release/release/policy-bench
fi
# valgrind 3.19 cannot read DWARF5: count a copy without debug info.
stripped="$(mktemp)"
trap 'rm -f "$stripped"' EXIT
objcopy --strip-debug "$binary" "$stripped"
chmod +x "$stripped"

instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$stripped" evaluate --count "$1" --city "$2" 2>&1 \
    | sed -n 's/.*refs: *//p' | tr -d ,
}
mallocs() {
  valgrind "$stripped" evaluate --count "$1" --city "$2" 2>&1 \
    | sed -n 's/.*total heap usage: \([0-9,]*\) allocs.*/\1/p' | tr -d ,
}

echo "city       instructions/evaluation  mallocs/evaluation"
for city in hohhot ordos hulunbuir; do
  i0=$(instructions 0 "$city"); i1=$(instructions 100 "$city")
  m0=$(mallocs 0 "$city"); m1=$(mallocs 100 "$city")
  printf '%-10s %23d %19d\n' "$city" $(((i1 - i0) / 100)) $(((m1 - m0) / 100))
done
