#!/usr/bin/env bash
# Builds the release binary a kiosk or a help desk runs, and checks that it cannot be made to
# load libraries from the directory it sits in.
#
#   scripts/build-release.sh            # -> .build/release/policy-wizard (path printed at the end)
#                                       #    and policy-wizard-server, policy-wizard-store beside it
#
# - --static-swift-stdlib links the Swift runtime and Foundation into the binary, so it needs
#   no toolchain directory at run time (and none is put in its RUNPATH);
# - --disable-local-rpath drops the $ORIGIN entry SwiftPM adds by default: a binary copied
#   into a world-writable directory would otherwise load libsqlite3.so.0, libncursesw.so.6 and
#   libtinfo.so.6 planted beside it before the system's.
# The system libraries (ncursesw, tinfo, sqlite3) are found the usual way, through ld.so's
# cache. The check at the end (readelf -d) fails the script if the dynamic section still has
# an RPATH or RUNPATH at all — $ORIGIN above all.
set -euo pipefail

cd "$(dirname "$0")/.."

# - lld (in the Swift toolchain) with -function-sections and scripts/startup-order.txt puts the
#   functions a cold `evaluate` runs next to each other, and pack-relative-relocs (RELR,
#   glibc >= 2.36) shrinks the 2 MiB of relocations ld.so reads at every start to 17 KiB: the
#   pages a start touches, so its peak RSS, go from 17-18.7 MiB to under 13 MiB. The order
#   file only places code (a stale one costs memory, never correctness);
#   scripts/startup-order.sh regenerates it.
order_file="$(pwd)/scripts/startup-order.txt"
link_flags=(
  -Xswiftc -use-ld=lld -Xswiftc -Xfrontend -Xswiftc -function-sections
  -Xlinker -z -Xlinker pack-relative-relocs
)
if [[ -f "${order_file}" ]]; then
  link_flags+=(-Xlinker "--symbol-ordering-file=${order_file}" -Xlinker --no-warn-symbol-ordering)
fi
swift build -c release --product policy-wizard --static-swift-stdlib --disable-local-rpath \
  "${link_flags[@]}" "$@"
# The HTTP API's program, which `policy-wizard serve` runs from beside it (NIO and Hummingbird
# stay out of the wizard's binary and its start-up). The same flags as above: other flags would
# make SwiftPM compile every shared module a second time (and again at the next run).
swift build -c release --product policy-wizard-server --static-swift-stdlib --disable-local-rpath \
  "${link_flags[@]}" "$@"
# The hall's PostgreSQL store (postgres-nio, NIO, NIOSSL, swift-crypto, BoringSSL), which the
# wizard starts from beside itself for a postgresql:// store (docs/hall.md): linked into the
# wizard, they cost every start over 2 MiB of peak RSS (docs/performance.md). The same flags.
swift build -c release --product policy-wizard-store --static-swift-stdlib --disable-local-rpath \
  "${link_flags[@]}" "$@"
binary="$(swift build -c release --show-bin-path)/policy-wizard"

if ! command -v readelf >/dev/null 2>&1; then
  echo "readelf (binutils) is needed to check the binary's RUNPATH: apt-get install binutils" >&2
  exit 69
fi
paths="$(readelf -d "${binary}" | grep -E '\((RUNPATH|RPATH)\)' || true)"
echo "RPATH/RUNPATH of ${binary}: ${paths:-none}"
if grep -q 'ORIGIN' <<<"${paths}"; then
  echo "FAIL: the release binary searches its own directory for libraries:" >&2
  echo "${paths}" >&2
  exit 1
fi
if [[ -n "${paths}" ]]; then
  echo "FAIL: the release binary has a RUNPATH (a static build needs none):" >&2
  echo "${paths}" >&2
  exit 1
fi
echo "needed libraries:"
readelf -d "${binary}" | grep NEEDED | sed 's/^/  /'
# The helper is found beside the binary, never through PATH: it has to be there.
store_helper="$(dirname "${binary}")/policy-wizard-store"
if [[ ! -x "${store_helper}" ]] || readelf -d "${store_helper}" | grep -qE '\((RUNPATH|RPATH)\)'; then
  echo "FAIL: ${store_helper} is missing or has a RUNPATH" >&2
  exit 1
fi
# What the helper exists for: no NIO or postgres-nio in the wizard's own binary.
if ! command -v nm >/dev/null 2>&1; then
  echo "nm (binutils) is needed to check the binary's symbols: apt-get install binutils" >&2
  exit 69
fi
nio_symbols="$(nm "${binary}" | grep -c 'NIOCore\|PostgresNIO' || true)"
if ((nio_symbols > 0)); then
  echo "FAIL: ${binary} links NIO or postgres-nio (${nio_symbols} symbols); they belong in policy-wizard-store" >&2
  exit 1
fi

# The crash reporter. A static Swift runtime cannot start the toolchain's swift-backtrace (it
# needs the toolchain's shared runtime): without its static build the release binary prints
# "unable to locate swift-backtrace; disabling backtracing" and a crash leaves no report. The
# runtime looks for `swift-backtrace` in <swift-root>/libexec/swift/linux, <swift-root>/bin
# and <swift-root>, <swift-root> being the parent of the binary's directory, or where
# SWIFT_BACKTRACE's swift-backtrace= says. Put here beside the binary (SWIFT_BACKTRACE names
# it when run from .build); deploy/install-kiosk.sh installs it as
# /usr/local/libexec/swift/linux/swift-backtrace, where /usr/local/bin/policy-wizard finds it.
swiftc_path="$(readlink -f "$(command -v swiftc)")"
backtracer="$(dirname "$(dirname "${swiftc_path}")")/libexec/swift/linux/swift-backtrace-static"
if [[ ! -x "${backtracer}" ]]; then
  echo "FAIL: the toolchain has no ${backtracer} (Swift 5.9 or later ships it)" >&2
  exit 69
fi
install -m 0755 "${backtracer}" "$(dirname "${binary}")/swift-backtrace"
echo "crash reporter: $(dirname "${binary}")/swift-backtrace (from ${backtracer})"
echo "OK: ${binary}"
