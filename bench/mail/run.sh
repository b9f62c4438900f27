#!/usr/bin/env bash
# Mail benchmark: inbound HTTP intake (POST /api/mail/inbound, messages stored per second), mailgate start-to-exit
# wall time, and end-to-end Postfix -> mailgate -> case throughput. Baselines in the same run: the app's /healthz
# for HTTP, an empty .NET console program for the mailgate. (MIME parse throughput: bench/Anshin.Bench.Mime.)
#
#   bench/mail/run.sh                                   # SQLite in a temp data dir
#   DB=postgres PG="Host=127.0.0.1;Port=55433;Username=postgres;Database=mailbench" bench/mail/run.sh
#   E2E=1 bench/mail/run.sh                             # also through Postfix (root; rewrites the desk alias)
#
# Env: DB (sqlite|postgres), PG, DURATION (20s), CONNECTIONS (16), THREADS (2), RUNS (30 mailgate starts),
#      E2E (0|1), E2E_MESSAGES (300), WARMUP (30s before each HTTP run: a fresh .NET process spends its first
#      minute compiling and recompiling hot paths, which is not what a running server does).
set -euo pipefail

DB="${DB:-sqlite}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-30s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
RUNS="${RUNS:-30}"
E2E="${E2E:-0}"
E2E_MESSAGES="${E2E_MESSAGES:-300}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/anshin-mailbench.XXXXXX")"
chmod 755 "$TMP"
APP_PID=""
log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
cleanup() {
    local rc=$?
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [[ $rc -ne 0 && -s "$TMP/app.log" ]] && tail -n 30 "$TMP/app.log" >&2
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || die "wrk is required"

log "==> publishing the app and the mailgate (Release)"
dotnet publish "$ROOT/src/Anshin.Web/Anshin.Web.csproj" -c Release -o "$TMP/app" --artifacts-path "$TMP/artifacts" -nologo -v quiet >/dev/null
dotnet publish "$ROOT/src/Anshin.Mailgate/Anshin.Mailgate.csproj" -c Release -o "$TMP/mailgate" --artifacts-path "$TMP/artifacts-mg" -nologo -v quiet >/dev/null
mkdir -p "$TMP/hello"
cat > "$TMP/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>
<InvariantGlobalization>true</InvariantGlobalization><UseSystemResourceKeys>true</UseSystemResourceKeys></PropertyGroup></Project>
XML
echo 'System.Console.OpenStandardInput().CopyTo(System.IO.Stream.Null); return 0;' > "$TMP/hello/Program.cs"
dotnet publish "$TMP/hello/hello.csproj" -c Release -o "$TMP/hello/out" -nologo -v quiet >/dev/null

DATA_DIR="$TMP/data"
mkdir -p "$DATA_DIR" "$ROOT/bench/out"
ENVS=(ASPNETCORE_ENVIRONMENT=Production "Database__DataDirectory=$DATA_DIR" RateLimits__Enabled=false Desk__RetentionEnabled=false
      Logging__LogLevel__Default=Warning Database__SeedDemoContent=false)
if [[ "$DB" == "postgres" ]]; then
    [[ -n "${PG:-}" ]] || die "set PG to a PostgreSQL connection string"
    ENVS+=(Database__Provider=Postgres "Database__ConnectionString=$PG" Database__AutoMigrate=true)
fi
cd "$TMP/app"
env "${ENVS[@]}" dotnet Anshin.Web.dll migrate >/dev/null
env "${ENVS[@]}" dotnet Anshin.Web.dll create-api-client mailbench mail.inbound --token-file "$TMP/token" >/dev/null
TOKEN="$(cat "$TMP/token")"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
env "${ENVS[@]}" dotnet Anshin.Web.dll --urls "$URL" > "$TMP/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -sf "$URL/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "$URL/healthz" >/dev/null || die "the app did not start"

stored() {
    if [[ "$DB" == "postgres" ]]; then
        python3 - "$PG" <<'PY'
import subprocess, sys
kv = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
print(subprocess.run(["psql", "-h", kv.get("Host", "127.0.0.1"), "-p", kv.get("Port", "5432"), "-U", kv.get("Username", "postgres"),
    "-d", kv.get("Database", "postgres"), "-tAc", 'SELECT count(*) FROM "InboundMails"'], capture_output=True, text=True).stdout.strip())
PY
    else
        python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM InboundMails").fetchone()[0])' "$DATA_DIR/anshin.db"
    fi
}

# A typical consultation by mail: ISO-2022-JP text and a small screenshot, ~3 KB; every request gets its own
# Message-ID and sender (so each becomes a new case with an acknowledgement, the most expensive path).
python3 "$ROOT/bench/mail/sample_message.py" > "$TMP/message.eml"
cat > "$TMP/inbound.lua" <<LUA
local f = io.open("$TMP/message.eml", "rb"); local template = f:read("*a"); f:close()
-- Every thread of every run (warm-up, measured) makes its own ids: no request is a duplicate.
local counter = 0
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", string.format("%d-%d-%d", os.time(), threads, math.random(1, 1e9)))
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "message/rfc822"
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  counter = counter + 1
  local id = tid .. "-" .. counter
  local body = template:gsub("@@ID@@", id)
  return wrk.format(nil, nil, nil, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
cat > "$TMP/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
run() { # name url script
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$3" "$2" >/dev/null
    read -r _ rps p50 p95 p99 errs < <(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$3" "$2" | grep '^RESULT')
    printf '%-34s c=%-3s %9s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  errors %s\n' "$1" "$CONNECTIONS" "$rps" "$p50" "$p95" "$p99" "$errs"
}
timed() { # name runs command...
    local name="$1" runs="$2"; shift 2
    python3 - "$name" "$runs" "$TMP/message.eml" "$@" <<'PY'
import statistics, subprocess, sys, time
name, runs, message, cmd = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], "rb").read().replace(b"@@ID@@", b"gate"), sys.argv[4:]
times, codes = [], set()
for i in range(runs + 3):
    data = message.replace(b"gate@", b"gate-%d@" % i)
    t = time.perf_counter(); p = subprocess.run(cmd, input=data, capture_output=True); t = time.perf_counter() - t
    codes.add(p.returncode)
    if i >= 3: times.append(t * 1000)
times.sort()
print(f"{name:<34} runs={runs}  mean {statistics.mean(times):6.1f} ms  p50 {times[len(times)//2]:6.1f} ms  p95 {times[int(len(times)*0.95)-1]:6.1f} ms  exit codes {sorted(codes)}")
PY
}

{
    echo "# Anshin mail benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "host: $(uname -srm), nproc=$(nproc); dotnet $(dotnet --version); db=$DB; message $(wc -c < "$TMP/message.eml") bytes; git $(git -C "$ROOT" rev-parse --short HEAD)"
    echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
    run "baseline GET /healthz" "$URL/healthz" "$TMP/p95.lua"
    before=$(stored)
    run "inbound POST /api/mail/inbound" "$URL/api/mail/inbound" "$TMP/inbound.lua"
    echo "stored: $(( $(stored) - before )) messages during the measured run and its warm-up"
    timed "baseline: empty .NET program" "$RUNS" dotnet "$TMP/hello/out/hello.dll"
    timed "mailgate start to exit (stored)" "$RUNS" dotnet "$TMP/mailgate/anshin-mailgate.dll" --url "$URL" --token-file "$TMP/token"
    if [[ "$E2E" == "1" ]]; then
        "$ROOT/scripts/setup-postfix.sh" --mailgate "/usr/bin/dotnet $TMP/mailgate/anshin-mailgate.dll" --url "$URL" \
            --token-file "$TMP/token" --domain anshin.test >/dev/null
        before=$(stored)
        start=$(date +%s.%N)
        /usr/sbin/smtp-source -c -m "$E2E_MESSAGES" -s 4 -l 4096 -f bench@anshin.test -t desk@anshin.test 127.0.0.1:25 >/dev/null
        sent=$(date +%s.%N)
        for _ in $(seq 1 1200); do [[ $(( $(stored) - before )) -ge $E2E_MESSAGES ]] && break; sleep 0.25; done
        end=$(date +%s.%N)
        python3 -c "import sys; n, s, m, e = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]); print(f'end to end (smtp-source -> Postfix -> mailgate -> case): {n} messages in {e - s:.1f} s = {n / (e - s):.1f} msg/s (SMTP accept {m - s:.1f} s); local delivery concurrency {sys.argv[5]}')" \
            "$(( $(stored) - before ))" "$start" "$sent" "$end" "$(postconf -h local_destination_concurrency_limit)"
    fi
    awk '/VmRSS|VmHWM/ { printf "%s %.0f MB  ", $1, $2 / 1024 } END { print "" }' "/proc/$APP_PID/status"
} | tee "$ROOT/bench/out/mail-$DB-$(date -u +%Y%m%dT%H%M%SZ).txt"
