#!/usr/bin/env bash
# Installs Chromium from the OS packages for the browser tests (the Playwright browser download is not reachable)
# and prints its path on the last line.
set -euo pipefail
for candidate in "${RATUSHA_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
echo "Chromium is not installed: installing it from the OS packages…" >&2
if [ "$(id -u)" -ne 0 ]; then echo "Run as root or install Chromium yourself: apt-get install chromium" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium >&2
echo /usr/bin/chromium
