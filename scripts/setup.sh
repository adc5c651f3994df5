#!/usr/bin/env bash
# Installs the Debian packages the project needs, only those missing. Safe to run again.
# Usage: scripts/setup.sh [--browser]   (--browser adds chromium for the widget tests)
set -euo pipefail
want=(libicu-dev libhiredis-dev libcurl4-openssl-dev redis-server pkg-config python3)
[[ "${1:-}" == "--browser" || "${WITH_BROWSER:-0}" == "1" ]] && want+=(chromium chromium-driver)
[[ "${WITH_BENCH:-0}" == "1" ]] && want+=(wrk)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.1 or newer is needed)"; exit 1; }
