#!/usr/bin/env bash
# The browser test: installs what it needs (Debian's Chromium and CJK fonts, the npm
# packages pinned in package-lock.json), builds the binary and walks the journey in
# e2e/journey.mjs against it. Run from anywhere; prints `e2e: N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp -t rencai-e2e-setup.XXXXXX)"
trap 'rm -f "$log"' EXIT

# Runs a setup command quietly; shows its output only when it fails.
quiet() {
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "e2e: setup failed: $*" >&2
    echo "e2e: 0 passed, 1 failed"
    exit 1
  fi
}

has_cjk_fonts() {
  { command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; } \
    || dpkg -s fonts-noto-cjk >/dev/null 2>&1
}

apt_pkgs=()
[ -x /usr/bin/chromium ] || apt_pkgs+=(chromium)
has_cjk_fonts || apt_pkgs+=(fonts-noto-cjk)
if [ "${#apt_pkgs[@]}" -gt 0 ]; then
  echo "e2e: installing ${apt_pkgs[*]} (apt)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  quiet $SUDO apt-get update -qq
  quiet env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_pkgs[@]}"
fi

echo "e2e: npm ci"
(cd e2e && quiet npm ci --no-audit --no-fund --loglevel=error)

echo "e2e: cargo build -p rencai"
quiet cargo build -p rencai

echo "e2e: journey"
node e2e/journey.mjs "${CARGO_TARGET_DIR:-target}/debug/rencai"
