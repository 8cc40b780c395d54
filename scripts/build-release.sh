#!/usr/bin/env bash
# Builds the release binary a kiosk or a help desk runs, and checks that it cannot be made to
# load libraries from the directory it sits in.
#
#   scripts/build-release.sh            # -> .build/release/policy-wizard (path printed at the end)
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

swift build -c release --product policy-wizard --static-swift-stdlib --disable-local-rpath "$@"
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
echo "OK: ${binary}"
