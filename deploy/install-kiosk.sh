#!/usr/bin/env bash
# Installs the self-service terminal: the release binary with the backtracer that works with a
# static binary, the graphical session (cage + foot + CJK font), the PAM service and the
# systemd unit. Run as root after scripts/build-release.sh:
#
#   deploy/install-kiosk.sh                 # the binary of scripts/build-release.sh
#   deploy/install-kiosk.sh --binary PATH   # another build of it
#   DESTDIR=/tmp/stage deploy/install-kiosk.sh   # the same files under a staging root only
#                                                # (no user, no packages: for images and tests)
#
# It does not enable the unit and writes no configuration (it holds the operator's PIN):
# README, "Deploying the kiosk", has the last steps.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=""
while (($# > 0)); do
  case "$1" in
  --binary)
    binary=$2
    shift 2
    ;;
  *)
    echo "usage: deploy/install-kiosk.sh [--binary PATH]   (DESTDIR=DIR to stage)" >&2
    exit 64
    ;;
  esac
done
if [[ -z "${binary}" ]]; then
  binary="$(swift build -c release --show-bin-path)/policy-wizard"
fi
if [[ ! -x "${binary}" ]]; then
  echo "no release binary at ${binary}: run scripts/build-release.sh first" >&2
  exit 66
fi
# The backtracer scripts/build-release.sh put beside the binary (swift-backtrace-static).
backtracer="$(dirname "${binary}")/swift-backtrace"
if [[ ! -x "${backtracer}" ]]; then
  echo "no backtracer at ${backtracer}: run scripts/build-release.sh first" >&2
  exit 66
fi

# The hall store's helper, which the wizard runs from beside itself for a postgresql:// store
# (hand-offs to a desk); scripts/build-release.sh builds it there.
store_helper="$(dirname "${binary}")/policy-wizard-store"
if [[ ! -x "${store_helper}" ]]; then
  echo "no policy-wizard-store at ${store_helper}: run scripts/build-release.sh first" >&2
  exit 66
fi

root=${DESTDIR:-}
if [[ -z "${root}" ]]; then
  if ((EUID != 0)); then
    echo "installing the kiosk needs root (or DESTDIR=DIR to stage the files)" >&2
    exit 77
  fi
  # cage: the kiosk compositor; foot (+ its terminfo entry, TERM=foot): the terminal;
  # fonts-noto-cjk: Noto Sans Mono CJK SC; xwayland: cage's X11 support, which some graphics
  # stacks expect.
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    cage foot foot-terminfo fonts-noto-cjk xwayland
  if ! id policy-kiosk >/dev/null 2>&1; then
    useradd --system --create-home --home-dir /var/lib/policy-kiosk --shell /usr/sbin/nologin \
      policy-kiosk
  fi
fi

install -d "${root}/usr/local/bin" "${root}/usr/local/libexec/swift/linux" \
  "${root}/usr/local/libexec/policy-wizard" "${root}/etc/pam.d" "${root}/etc/systemd/system"
install -m 0755 "${binary}" "${root}/usr/local/bin/policy-wizard"
install -m 0755 "${store_helper}" "${root}/usr/local/bin/policy-wizard-store"
# Where a static Swift runtime looks for its backtracer: <swift-root>/libexec/swift/linux with
# <swift-root> the parent of the binary's directory (/usr/local); the unit names it too.
install -m 0755 "${backtracer}" "${root}/usr/local/libexec/swift/linux/swift-backtrace"
install -m 0755 deploy/policy-wizard-kiosk-session "${root}/usr/local/libexec/policy-wizard/"
install -m 0644 deploy/foot-kiosk.ini "${root}/usr/local/libexec/policy-wizard/"
install -m 0644 deploy/pam.d/policy-wizard-kiosk "${root}/etc/pam.d/policy-wizard-kiosk"
install -m 0644 deploy/policy-wizard-kiosk.service "${root}/etc/systemd/system/"
if [[ -z "${root}" ]]; then
  install -d -m 0700 -o policy-kiosk -g policy-kiosk /etc/policy-wizard
  systemctl daemon-reload 2>/dev/null || true
else
  install -d -m 0700 "${root}/etc/policy-wizard"
fi
echo "installed under ${root:-/}: usr/local/bin/policy-wizard and policy-wizard-store, the backtracer, the session, the unit"
