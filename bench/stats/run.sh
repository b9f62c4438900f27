#!/usr/bin/env bash
# Statistics benchmark: the staff dashboard (every widget, four kinds of period in turn), the scam-indicator page, the
# public statistics page from the output cache against a bare Kestrel page, and the CSV export of a year's cases, on a
# database seeded with N synthetic consultations over ten years (counts rebuilt and indicators scanned by the seeding).
# See docs/benchmarks.md.
#
#   SEED=1000000 DATA_DIR=/tmp/statsbench-sq bench/stats/run.sh        # SQLite; keep the folder to run again with SEED=0
#   DB=postgres PG="Host=127.0.0.1;Port=55433;Username=postgres;Database=statsbench" SEED=1000000 bench/stats/run.sh
#
# Env: DB (sqlite|postgres), SEED (1000000; 0 = use the data as it is), DATA_DIR, PG, DURATION (20s), CONNECTIONS (32, for
#      throughput), LATENCY_CONNECTIONS (4), THREADS (2), WARMUP (30s), RUN_WARMUP (5s), CSV_YEAR (last year),
#      REBUILD (1: with SEED=0, recount and rescan the data first; 0 = only apply pending migrations).
set -euo pipefail

DB="${DB:-sqlite}"
SEED="${SEED:-1000000}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
LATENCY_CONNECTIONS="${LATENCY_CONNECTIONS:-4}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-30s}"
RUN_WARMUP="${RUN_WARMUP:-5s}"
REBUILD="${REBUILD:-1}"
CSV_YEAR="${CSV_YEAR:-$(( $(date -u +%Y) - 1 ))}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/anshin-statsbench.XXXXXX")"
DATA_DIR="${DATA_DIR:-$TMP/data}"
PIDS=()
log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
cleanup() {
    local rc=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    [[ $rc -ne 0 ]] && for f in "$TMP"/*.log; do [[ -s "$f" ]] && { log "--- $f"; tail -n 20 "$f" >&2; }; done
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || die "wrk is required"
mkdir -p "$DATA_DIR"
ENVS=(ASPNETCORE_ENVIRONMENT=Production "Database__DataDirectory=$DATA_DIR" RateLimits__Enabled=false Desk__RetentionEnabled=false
      MailNews__DigestEnabled=false Logging__LogLevel__Default=Warning)
if [[ "$DB" == "postgres" ]]; then
    [[ -n "${PG:-}" ]] || die "set PG to a PostgreSQL connection string"
    ENVS+=(Database__Provider=Postgres "Database__ConnectionString=$PG" Database__AutoMigrate=true)
fi

log "==> publishing src/Anshin.Web and bench/Anshin.Bench.Bare (Release)"
dotnet publish "$ROOT/src/Anshin.Web/Anshin.Web.csproj" -c Release -o "$TMP/app" --artifacts-path "$TMP/artifacts" -nologo -v quiet >/dev/null
dotnet publish "$ROOT/bench/Anshin.Bench.Bare/Anshin.Bench.Bare.csproj" -c Release -o "$TMP/bare" --artifacts-path "$TMP/artifacts-bare" -nologo -v quiet >/dev/null
if [[ "$SEED" -gt 0 ]]; then
    log "==> seeding $SEED consultations ($DB); the counts are rebuilt and the indicators scanned at the end"
    (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll seed-consultations "$SEED" | tail -n 3 >&2)
else
    (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll migrate >/dev/null)
    if [[ "$REBUILD" == "1" ]]; then
        log "==> rebuilding the counts and indicators of the data as it is"
        (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll rebuild-statistics >&2)
    fi
fi

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # name dir dll url [env...]
    local name="$1" dir="$2" dll="$3" url="$4"; shift 4
    (cd "$dir" && exec env "$@" dotnet "$dll" --urls "$url") > "$TMP/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 240); do curl -sf -o /dev/null "$url/healthz" && return 0; curl -sf -o /dev/null "$url/" && return 0; sleep 0.5; done
    die "$name did not start"
}
BARE="http://127.0.0.1:$(port)"; URL="http://127.0.0.1:$(port)"
start bare "$TMP/bare" Anshin.Bench.Bare.dll "$BARE"
start app "$TMP/app" Anshin.Web.dll "$URL" "${ENVS[@]}"

# Sign in as the first administrator (a supervisor's dashboard: every widget, workload included).
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
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$URL/staff/statistics")" == "200" ]] || die "could not open the dashboard"

cat > "$TMP/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
# The dashboard for this fiscal year, last calendar year, this quarter and a month, in turn.
FY=$(( $(date -u +%m) >= 4 ? $(date -u +%Y) : $(date -u +%Y) - 1 ))
cat > "$TMP/dashboard.lua" <<LUA
local paths = {"/staff/statistics?period=fy$FY", "/staff/statistics?period=$CSV_YEAR", "/staff/statistics", "/staff/statistics?period=$CSV_YEAR-07"}
local i = 0
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
LUA
cat "$TMP/report.lua" >> "$TMP/dashboard.lua"

run() { # label connections url [script] [cookie]
    local label="$1" c="$2" url="$3" script="${4:-$TMP/report.lua}" cookie="${5:-}"
    local args=(-t"$THREADS" -c"$c" -s "$script")
    [[ -n "$cookie" ]] && args+=(-H "Cookie: $cookie")
    wrk "${args[@]}" -d"$RUN_WARMUP" "$url" >/dev/null
    read -r _ rps p50 p95 p99 errs < <(wrk "${args[@]}" -d"$DURATION" "$url" | grep '^RESULT')
    printf '%-40s c=%-3s %9s req/s  p50 %8s ms  p95 %8s ms  p99 %8s ms  errors %s\n' "$label" "$c" "$rps" "$p50" "$p95" "$p99" "$errs"
}

log "==> warming up for $WARMUP"
wrk -t"$THREADS" -c"$LATENCY_CONNECTIONS" -d"$WARMUP" -s "$TMP/dashboard.lua" -H "Cookie: $COOKIE" "$URL" >/dev/null
curl -s -o /dev/null "$URL/statistics"

echo "# Anshin statistics benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "host: $(uname -srm), nproc=$(nproc); dotnet $(dotnet --version); db=$DB; seeded=$SEED; git $(git -C "$ROOT" rev-parse --short HEAD)"
echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -d$DURATION after $RUN_WARMUP each"
for c in "$CONNECTIONS" "$LATENCY_CONNECTIONS"; do
    run "bare Kestrel GET / (5 KB page)" "$c" "$BARE/"
    run "public statistics (cached)" "$c" "$URL/statistics"
    run "public yearly JSON (cached)" "$c" "$URL/api/statistics/yearly"
done
run "dashboard, 4 periods in turn" "$LATENCY_CONNECTIONS" "$URL" "$TMP/dashboard.lua" "$COOKIE"
run "indicator page (4 weeks)" "$LATENCY_CONNECTIONS" "$URL/staff/statistics/indicators" "$TMP/report.lua" "$COOKIE"
run "healthz (baseline for the staff pages)" "$LATENCY_CONNECTIONS" "$URL/healthz"

for i in 1 2 3; do
    curl -s -H "Cookie: $COOKIE" -o "$TMP/year.csv" -w "year CSV ($CSV_YEAR) run $i: %{time_total} s, %{size_download} bytes, " \
        "$URL/staff/statistics?period=$CSV_YEAR&handler=CasesCsv"
    echo "$(( $(wc -l < "$TMP/year.csv") - 1 )) cases"
done
for pid in "${PIDS[@]:1}"; do
    printf 'app pid %s %s  %s\n' "$pid" "$(grep VmHWM /proc/"$pid"/status | tr -s ' ')" "$(grep VmRSS /proc/"$pid"/status | tr -s ' ')"
done
