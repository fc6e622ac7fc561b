#!/usr/bin/env bash
# Installs Dovecot from the OS packages if it is missing and starts a private instance on loopback for the e-mail
# journal tests: plain IMAP on 127.0.0.1 only, its own configuration and state under /tmp, one test mailbox user from a
# passwd-file, mail in a Maildir owned by an unprivileged user. Prints host:port on the last line.
#   IMAP_PORT_RATUSHA  port (default 1143)
#   The test mailbox: user ratusha-test, password ratusha-test-password (a fixed loopback-only test secret).
set -euo pipefail
port="${IMAP_PORT_RATUSHA:-1143}"
home="/tmp/ratusha-imap-$port"
user=ratusha-test
password=ratusha-test-password

if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then
  echo "Dovecot is not installed: installing it from the OS packages…" >&2
  if [ "$(id -u)" -ne 0 ]; then echo "Run as root or install Dovecot yourself: apt-get install dovecot-imapd" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq dovecot-imapd >&2
fi
dovecot="$(command -v dovecot || echo /usr/sbin/dovecot)"

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "An IMAP server is already listening on 127.0.0.1:$port" >&2
  echo "127.0.0.1:$port"
  exit 0
fi

# Dovecot never keeps mail as root. As root: the package's dovecot/dovenull users run the service and a system user of
# our own owns the mail; as anyone else: everything runs as that user (Dovecot's rootless mode).
if [ "$(id -u)" -eq 0 ]; then
  mail_user=ratusha-mail
  id "$mail_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$mail_user"
  internal_user=dovecot
  internal_group=dovecot
  login_user=dovenull
else
  mail_user="$(id -un)"
  internal_user="$mail_user"
  internal_group="$(id -gn)"
  login_user="$mail_user"
fi
mail_uid="$(id -u "$mail_user")"
mail_gid="$(id -g "$mail_user")"

mkdir -p "$home/run" "$home/state" "$home/mail"
chown "$mail_user:" "$home/mail"
printf '%s:{PLAIN}%s\n' "$user" "$password" >"$home/passwd"
chmod 0644 "$home/passwd"
cat >"$home/dovecot.conf" <<EOF
base_dir = $home/run
state_dir = $home/state
log_path = $home/dovecot.log
info_log_path = $home/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $internal_user
default_internal_group = $internal_group
default_login_user = $login_user
first_valid_uid = $mail_uid
last_valid_uid = $mail_uid
first_valid_gid = $mail_gid
last_valid_gid = $mail_gid
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $home/passwd
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$home/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
protocol imap {
  mail_max_userip_connections = 100
}
EOF

"$dovecot" -c "$home/dovecot.conf"
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "Dovecot did not start on 127.0.0.1:$port; see $home/dovecot.log" >&2
  exit 1
fi
echo "127.0.0.1:$port"
