#!/usr/bin/env bash
# Desk benchmark: intake throughput (POST /api/consultations) and the latency of the staff queue and of
# two-character Japanese search, on a database seeded with N synthetic consultations, plus the app's memory.
# Every figure is reported with the app's own /healthz measured in the same run as the baseline.
#
#   bench/desk/run.sh                                  # SQLite, seeds 100,000 consultations into a temp data dir
#   SEED=1000000 DATA_DIR=/tmp/bench-sqlite bench/desk/run.sh        # keep (or reuse) a seeded SQLite folder
#   DB=postgres PG="Host=127.0.0.1;Port=55432;Username=postgres;Database=bench" SEED=1000000 bench/desk/run.sh
#
# Env: DB (sqlite|postgres), SEED (100000; 0 = use the data as it is), DATA_DIR, PG, APP_DIR (a published app;
#      published here when unset), DURATION (20s), CONNECTIONS (4, for latency), INTAKE_CONNECTIONS ("16 64": intake is measured at each), THREADS (2),
#      WARMUP (60s: the staff pages are loaded in turn for this long before anything is measured, so the figures are
#      those of a running server, not of a process still compiling its hot paths), RUN_WARMUP (5s before each run).
set -euo pipefail

DB="${DB:-sqlite}"
SEED="${SEED:-100000}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-4}"
INTAKE_CONNECTIONS="${INTAKE_CONNECTIONS:-16 64}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-60s}"
RUN_WARMUP="${RUN_WARMUP:-5s}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/anshin-deskbench.XXXXXX")"
DATA_DIR="${DATA_DIR:-$TMP/data}"
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
mkdir -p "$DATA_DIR" "$ROOT/bench/out"
ENVS=(ASPNETCORE_ENVIRONMENT=Production "Database__DataDirectory=$DATA_DIR" RateLimits__Enabled=false Desk__RetentionEnabled=false
      Logging__LogLevel__Default=Warning)
if [[ "$DB" == "postgres" ]]; then
    [[ -n "${PG:-}" ]] || die "set PG to a PostgreSQL connection string"
    ENVS+=(Database__Provider=Postgres "Database__ConnectionString=$PG" Database__AutoMigrate=true)
fi

if [[ -z "${APP_DIR:-}" ]]; then
    APP_DIR="$TMP/app"
    log "==> publishing src/Anshin.Web (Release)"
    dotnet publish "$ROOT/src/Anshin.Web/Anshin.Web.csproj" -c Release -o "$APP_DIR" --artifacts-path "$TMP/artifacts" -nologo -v quiet >/dev/null
fi
cd "$APP_DIR"
if [[ "$SEED" -gt 0 ]]; then
    log "==> seeding $SEED consultations ($DB)"
    env "${ENVS[@]}" dotnet Anshin.Web.dll seed-consultations "$SEED" | tail -n 1 >&2
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
env "${ENVS[@]}" dotnet Anshin.Web.dll --urls "$URL" > "$TMP/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -sf "$URL/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "$URL/healthz" >/dev/null || die "the app did not start"

# Sign in as the first administrator (who holds every desk power); the bench password is kept beside the data.
PASSWORD_FILE="$DATA_DIR/bench-admin-password"
NEW_PASSWORD="bench-しずかな湖畔の森の影から"
JAR="$TMP/jar"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//'; }
one_time=$(grep -o '初回パスワード : [^" ]*' "$TMP/app.log" | head -n1 | sed 's/.*: //' || true)
password="${one_time:-$(cat "$PASSWORD_FILE" 2>/dev/null || true)}"
[[ -n "$password" ]] || die "no administrator password (first start output or $PASSWORD_FILE)"
t=$(curl -s -c "$JAR" -b "$JAR" "$URL/staff/signin" | token)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "Input.UserName=admin" --data-urlencode "Input.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$t" "$URL/staff/signin"
if [[ -n "$one_time" ]]; then
    t=$(curl -s -c "$JAR" -b "$JAR" "$URL/staff/account/change-password" | token)
    curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "Input.CurrentPassword=$one_time" --data-urlencode "Input.NewPassword=$NEW_PASSWORD" \
        --data-urlencode "Input.ConfirmPassword=$NEW_PASSWORD" --data-urlencode "__RequestVerificationToken=$t" "$URL/staff/account/change-password"
    echo "$NEW_PASSWORD" > "$PASSWORD_FILE"
fi
COOKIE="anshin.staff=$(awk '$6 == "anshin.staff" { print $7 }' "$JAR")"
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$URL/desk")" == "200" ]] || die "could not sign in to the desk"

cat > "$TMP/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
cat > "$TMP/intake.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"deviceType":"pc","operatingSystem":"Windows 11","whatHappened":"ニュースサイトを見ていたら偽の警告が出て、表示された番号に電話してしまいました。サポート詐欺でしょうか。","whySuspected":"警告音が鳴った","email":"bench@example.jp","consent":true}'
LUA
cat "$TMP/p95.lua" >> "$TMP/intake.lua"

if [[ "$DB" == "postgres" ]]; then
    COUNT=$(python3 - "$PG" <<'PY'
import subprocess, sys
kv = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
print(subprocess.run(["psql", "-h", kv.get("Host", "127.0.0.1"), "-p", kv.get("Port", "5432"), "-U", kv.get("Username", "postgres"),
    "-d", kv.get("Database", "postgres"), "-tAc", 'SELECT count(*) FROM "Consultations"'], capture_output=True, text=True).stdout.strip())
PY
)
else
    COUNT=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM Consultations").fetchone()[0])' "$DATA_DIR/anshin.db")
fi
run() { # name connections url [script] [cookie]
    local name="$1" c="$2" url="$3" script="${4:-$TMP/p95.lua}" cookie="${5:-}"
    local args=(-t"$THREADS" -c"$c" -d"$DURATION" -s "$script")
    [[ -n "$cookie" ]] && args+=(-H "Cookie: $cookie")
    wrk -t"$THREADS" -c"$c" -d"$RUN_WARMUP" -s "$script" ${cookie:+-H "Cookie: $cookie"} "$url" >/dev/null
    read -r _ rps p50 p95 p99 errs < <(wrk "${args[@]}" "$url" | grep '^RESULT')
    printf '%-28s c=%-3s %9s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  errors %s\n' "$name" "$c" "$rps" "$p50" "$p95" "$p99" "$errs"
}
Q_SCAM=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("詐欺"))')
Q_RARE=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("ビットコイン"))')
# A server runs for days; the first minute of a .NET process is spent compiling and recompiling its hot paths (tiered
# JIT: 20 s after start the JIT thread still took 12 % of the CPU samples of a queue run). Warm the staff pages first.
warm_seconds=$(( ${WARMUP%s} / 4 ))
if (( warm_seconds > 0 )); then
    log "==> warming up for $WARMUP"
    for path in "/desk" "/desk?Filter.Due=overdue" "/desk?Filter.Q=$Q_SCAM&Filter.Status=Closed" "/desk?Filter.Q=$Q_RARE"; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${warm_seconds}s" -H "Cookie: $COOKIE" "$URL$path" >/dev/null
    done
fi
{
    echo "# Anshin desk benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "host: $(uname -srm), nproc=$(nproc); dotnet $(dotnet --version); db=$DB; consultations=$COUNT; git $(git -C "$ROOT" rev-parse --short HEAD)"
    echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -d$DURATION after a $WARMUP warm-up of the staff pages and $RUN_WARMUP before each run; latency runs at c=$CONNECTIONS"
    run "baseline GET /healthz" "$CONNECTIONS" "$URL/healthz"
    run "queue GET /desk" "$CONNECTIONS" "$URL/desk" "$TMP/p95.lua" "$COOKIE"
    run "queue overdue filter" "$CONNECTIONS" "$URL/desk?Filter.Due=overdue" "$TMP/p95.lua" "$COOKIE"
    run "search 詐欺 in closed cases" "$CONNECTIONS" "$URL/desk?Filter.Q=$Q_SCAM&Filter.Status=Closed" "$TMP/p95.lua" "$COOKIE"
    run "search ビットコイン (active)" "$CONNECTIONS" "$URL/desk?Filter.Q=$Q_RARE" "$TMP/p95.lua" "$COOKIE"
    for c in $INTAKE_CONNECTIONS; do
        run "baseline GET /healthz" "$c" "$URL/healthz"
        run "intake POST /api/consultations" "$c" "$URL/api/consultations" "$TMP/intake.lua"
    done
    awk '/VmRSS|VmHWM/ { printf "%s %.0f MB  ", $1, $2 / 1024 } END { print "" }' "/proc/$APP_PID/status"
} | tee "$ROOT/bench/out/desk-$DB-$(date -u +%Y%m%dT%H%M%SZ).txt"
