#!/usr/bin/env bash
# Runs every test of Anshin against real components: unit tests, integration tests on SQLite and on a
# throwaway PostgreSQL 15 cluster, mail tests through a real Postfix on the loopback interface, and browser tests in
# Debian's headless Chromium. Installs what it needs from apt on the first run (PostgreSQL, Postfix, swaks, Chromium,
# Japanese fonts, poppler-utils to read PDFs back).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
configuration=${CONFIGURATION:-Release}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in postgresql postfix swaks chromium fonts-noto-cjk poppler-utils; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} from apt"
  as_root apt-get update -qq
  # Postfix asks how it is used; "Local only" is what the tests need (scripts/setup-postfix.sh narrows it further).
  printf 'postfix postfix/main_mailer_type select Local only\npostfix postfix/mailname string localhost\n' | as_root debconf-set-selections
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

run=$(mktemp -d /tmp/anshin-test-XXXXXX)
chmod 755 "$run"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pgdir="$run/pg"
mkdir -p "$pgdir" && as_root chown postgres:postgres "$pgdir"

pg() { as_root su postgres -s /bin/sh -c "$*"; }
stop_all() {
  pg "$pgbin/pg_ctl -D $pgdir/data -m fast stop" >/dev/null 2>&1 || true
  as_root postfix stop >/dev/null 2>&1 || true
  rm -rf "$run"
}
trap stop_all EXIT

echo "== starting PostgreSQL ($pgbin) on 127.0.0.1:$pgport"
pg "$pgbin/initdb -D $pgdir/data --locale=C.UTF-8 --encoding=UTF8 -U postgres --auth=trust" >/dev/null
pg "$pgbin/pg_ctl -D $pgdir/data -l $pgdir/server.log -w -o \"-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir -c fsync=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null
export ANSHIN_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

# Postfix on 127.0.0.1:25 delivers anshin.test mail to local mailboxes (the tests' consulter is a local user) and
# the desk address to the mailgate; the end-to-end test points the alias at its own app with scripts/setup-postfix.sh.
echo "== starting Postfix on 127.0.0.1:25"
id anshin-consulter >/dev/null 2>&1 || as_root useradd --no-create-home --shell /usr/sbin/nologin anshin-consulter
as_root postconf -e "inet_interfaces = 127.0.0.1" "inet_protocols = ipv4" "mydestination = anshin.test, localhost" \
  "maillog_file = /var/log/postfix.log" "mynetworks = 127.0.0.0/8" "relayhost =" "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination"
as_root postfix status >/dev/null 2>&1 || as_root postfix start >/dev/null 2>&1
export ANSHIN_TEST_SMTP="127.0.0.1:25"
export ANSHIN_TEST_MAILBOX="/var/mail/anshin-consulter"
export ANSHIN_TEST_RUN_DIR="$run"

echo "== building ($configuration)"
dotnet build Anshin.slnx -c "$configuration" -nologo -v quiet

echo "== checking formatting"
dotnet format Anshin.slnx --verify-no-changes --no-restore -v quiet

echo "== unit tests"
dotnet test tests/Anshin.Tests -c "$configuration" --no-build -nologo

echo "== integration tests (SQLite and PostgreSQL)"
dotnet test tests/Anshin.IntegrationTests -c "$configuration" --no-build -nologo

echo "== browser tests (headless Chromium)"
dotnet publish src/Anshin.Web -c "$configuration" --no-build -nologo -v quiet -o "$run/app"
ANSHIN_APP_DIR="$run/app" dotnet test tests/Anshin.BrowserTests -c "$configuration" --no-build -nologo

echo "== all tests passed"
