#!/usr/bin/env bash
# Sets up Postfix for the desk on this machine: listens on the loopback interface only, delivers the desk address to
# the mailgate (which posts each message to Anshin), refuses messages above the size limit with a clear reason, and
# relays the desk's outgoing mail. Safe to run again: every setting is written, not appended.
#
#   scripts/setup-postfix.sh --mailgate /opt/anshin/mailgate/anshin-mailgate \
#       --url http://127.0.0.1:5000 --token-file /etc/anshin/mailgate.token [--address desk] [--domain localhost] \
#       [--size-limit 26214400] [--relayhost '[smtp.example.jp]:587'] [--concurrency 4]
#
# Without --relayhost, mail for other domains is delivered directly (fine for tests; in production point it at
# your organisation's relay, see README "Operations → E-mail").
set -euo pipefail

mailgate="" url="" token_file="" address="desk" domain="localhost" size_limit=$((25 * 1024 * 1024)) relayhost="" concurrency=4
while [ $# -gt 0 ]; do
  case "$1" in
    --mailgate) mailgate="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    --token-file) token_file="$2"; shift 2 ;;
    --address) address="$2"; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --size-limit) size_limit="$2"; shift 2 ;;
    --relayhost) relayhost="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done
if [ -z "$mailgate" ] || [ -z "$url" ] || [ -z "$token_file" ]; then
  echo "usage: $0 --mailgate PATH --url URL --token-file FILE [--address NAME] [--domain DOMAIN] [--size-limit BYTES] [--relayhost HOST]" >&2
  exit 64
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! dpkg-query -W -f='${Status}' postfix 2>/dev/null | grep -q "install ok installed"; then
  printf 'postfix postfix/main_mailer_type select Local only\npostfix postfix/mailname string %s\n' "$domain" | as_root debconf-set-selections
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postfix >/dev/null
fi

# Loopback only: nobody outside this machine can hand mail to the desk's Postfix, or relay through it.
as_root postconf -e \
  "inet_interfaces = 127.0.0.1" \
  "inet_protocols = ipv4" \
  "mydestination = $domain, localhost" \
  "mynetworks = 127.0.0.0/8" \
  "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination" \
  "message_size_limit = $size_limit" \
  "mailbox_size_limit = 0" \
  "recipient_delimiter = +" \
  "alias_maps = hash:/etc/aliases" \
  "alias_database = hash:/etc/aliases" \
  "maillog_file = /var/log/postfix.log" \
  "relayhost = $relayhost" \
  "local_destination_concurrency_limit = $concurrency"

# The mailgate runs as "nobody" (alias pipes run with default_privs): it must be able to read the token.
as_root chgrp nogroup "$token_file"
as_root chmod 0640 "$token_file"

# The desk address goes to the mailgate. Exit 75 from it keeps the message queued; Postfix retries.
pipe="|$mailgate --url $url --token-file $token_file"
tmp=$(mktemp)
grep -v "^$address:" /etc/aliases > "$tmp" || true
printf '%s: "%s"\n' "$address" "$pipe" >> "$tmp"
as_root cp "$tmp" /etc/aliases
rm -f "$tmp"
as_root newaliases

if as_root postfix status >/dev/null 2>&1; then
  as_root postfix reload >/dev/null 2>&1
else
  as_root postfix start >/dev/null 2>&1
fi
echo "Postfix: $address@$domain -> $mailgate ($url), loopback only, messages up to $size_limit bytes, $concurrency deliveries at a time"
