#!/usr/bin/env bash
# Installs nginx from the OS packages if it is missing (the binary only: the package's own site is not started) and
# prints the path of the binary on the last line. The reliability scripts write their configuration into a temporary
# folder and start nginx on loopback themselves.
set -euo pipefail
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "nginx is not installed: installing it from the OS packages…" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "Run as root or install nginx yourself: apt-get install nginx-light (or nginx)" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # policy-rc.d keeps the package from starting its own server on port 80.
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  apt-get install -y -qq --no-install-recommends nginx >&2
fi
command -v nginx 2>/dev/null || echo /usr/sbin/nginx
