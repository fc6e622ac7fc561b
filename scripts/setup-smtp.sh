#!/usr/bin/env bash
# Installs and starts a real SMTP server on loopback for the mail tests: aiosmtpd from the OS packages, keeping every
# message it receives in a Maildir. Prints the Maildir folder on the last line.
#   SMTP_PORT_RATUSHA  port (default 2525)
set -euo pipefail
port="${SMTP_PORT_RATUSHA:-2525}"
maildir="/tmp/ratusha-mail-$port"
python=/usr/bin/python3

if ! "$python" -c "import aiosmtpd" 2>/dev/null; then
  echo "aiosmtpd is not installed: installing it from the OS packages…" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "Run as root or install it yourself: apt-get install python3-aiosmtpd" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq python3-aiosmtpd >&2
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "An SMTP server is already listening on 127.0.0.1:$port" >&2
else
  mkdir -p "$maildir/tmp" "$maildir/new" "$maildir/cur"
  nohup "$python" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$maildir" >"$maildir.log" 2>&1 &
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
fi
echo "$maildir"
