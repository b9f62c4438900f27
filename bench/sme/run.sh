#!/usr/bin/env bash
# SME programmes benchmark: the peer-benchmark lookup (GET /api/self-check/benchmarks, every industry × size group in
# turn), the verification API (GET /api/security-action/declarations/{id}, 1,000 real IDs in turn) against a bare
# Kestrel page (from the output cache, and with the cache off), and diagnosis submissions (POST /api/self-check/results, random answers, a new organisation each), on a
# database seeded with RESULTS self-diagnosis results and DECLARATIONS declarations. See docs/benchmarks.md.
#
#   DATA_DIR=/tmp/smebench-sq bench/sme/run.sh                     # SQLite; keep the folder to run again with SEED=0
#   DB=postgres PG="Host=127.0.0.1;Port=55433;Username=postgres;Database=smebench" bench/sme/run.sh
#
# Env: DB (sqlite|postgres), SEED (1; 0 = use the data as it is), RESULTS (500000), DECLARATIONS (300000), DATA_DIR, PG,
#      DURATION (20s), CONNECTIONS (32, for throughput), LATENCY_CONNECTIONS (4), THREADS (2), WARMUP (20s), RUN_WARMUP (5s).
set -euo pipefail

DB="${DB:-sqlite}"
SEED="${SEED:-1}"
RESULTS="${RESULTS:-500000}"
DECLARATIONS="${DECLARATIONS:-300000}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
LATENCY_CONNECTIONS="${LATENCY_CONNECTIONS:-4}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-20s}"
RUN_WARMUP="${RUN_WARMUP:-5s}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/anshin-smebench.XXXXXX")"
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
IDS="$DATA_DIR/bench-declaration-ids.txt"
ENVS=(ASPNETCORE_ENVIRONMENT=Production "Database__DataDirectory=$DATA_DIR" Database__SeedDemoContent=false RateLimits__Enabled=false
      Desk__RetentionEnabled=false MailNews__DigestEnabled=false Statistics__FoldEnabled=false Logging__LogLevel__Default=Warning)
if [[ "$DB" == "postgres" ]]; then
    [[ -n "${PG:-}" ]] || die "set PG to a PostgreSQL connection string"
    ENVS+=(Database__Provider=Postgres "Database__ConnectionString=$PG" Database__AutoMigrate=true)
fi

log "==> publishing src/Anshin.Web and bench/Anshin.Bench.Bare (Release)"
dotnet publish "$ROOT/src/Anshin.Web/Anshin.Web.csproj" -c Release -o "$TMP/app" --artifacts-path "$TMP/artifacts" -nologo -v quiet >/dev/null
dotnet publish "$ROOT/bench/Anshin.Bench.Bare/Anshin.Bench.Bare.csproj" -c Release -o "$TMP/bare" --artifacts-path "$TMP/artifacts-bare" -nologo -v quiet >/dev/null
if [[ "$SEED" == "1" ]]; then
    log "==> seeding $RESULTS results and $DECLARATIONS declarations ($DB)"
    (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll seed-sme "$RESULTS" "$DECLARATIONS" --ids-file "$IDS" | tail -n 2 >&2)
else
    (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll migrate >/dev/null)
fi
[[ -s "$IDS" ]] || die "no declaration IDs in $IDS (seed first)"

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # name dir dll url [env...]
    local name="$1" dir="$2" dll="$3" url="$4"; shift 4
    (cd "$dir" && exec env "$@" dotnet "$dll" --urls "$url") > "$TMP/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 240); do curl -sf -o /dev/null "$url/healthz" && return 0; curl -sf -o /dev/null "$url/" && return 0; sleep 0.5; done
    die "$name did not start"
}
BARE="http://127.0.0.1:$(port)"; URL="http://127.0.0.1:$(port)"; NOCACHE="http://127.0.0.1:$(port)"
start bare "$TMP/bare" Anshin.Bench.Bare.dll "$BARE"
start app "$TMP/app" Anshin.Web.dll "$URL" "${ENVS[@]}"
# The same app with the output cache off: every verification reads the database (as with IDs that are rarely repeated).
start nocache "$TMP/app" Anshin.Web.dll "$NOCACHE" "${ENVS[@]}" Hosting__PublicCacheDuration=00:00:00

cat > "$TMP/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
{
    echo 'local paths = {}'
    for industry in A B C D E F G H I J K L M N O P Q R S T; do
        for size in 1 2 3 4 5 6; do echo "paths[#paths + 1] = \"/api/self-check/benchmarks?industry=$industry&size=$size\""; done
    done
    echo 'local i = 0'
    echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
    cat "$TMP/report.lua"
} > "$TMP/benchmarks.lua"
{
    echo 'local ids = {'; sed 's/.*/"&",/' "$IDS"; echo '}'
    echo 'local i = 0'
    echo 'request = function() i = i % #ids + 1; return wrk.format("GET", "/api/security-action/declarations/" .. ids[i]) end'
    cat "$TMP/report.lua"
} > "$TMP/verify.lua"
cat > "$TMP/submit.lua" <<'LUA'
local letters = {"done", "done", "done", "partly", "notDone", "unknown"}
local industries = "ABCDEFGHIJKLMNOPQRST"
request = function()
  local answers = {}
  for q = 1, 25 do answers[q] = '"' .. letters[math.random(#letters)] .. '"' end
  local k = math.random(20)
  local industry = industries:sub(k, k)
  local body = '{"answers":[' .. table.concat(answers, ",") .. '],"industry":"' .. industry .. '","sizeBand":' .. math.random(6) .. '}'
  return wrk.format("POST", "/api/self-check/results", {["Content-Type"] = "application/json"}, body)
end
LUA
cat "$TMP/report.lua" >> "$TMP/submit.lua"

run() { # label connections url [script]
    local label="$1" c="$2" url="$3" script="${4:-$TMP/report.lua}"
    wrk -t"$THREADS" -c"$c" -s "$script" -d"$RUN_WARMUP" "$url" >/dev/null
    read -r _ rps p50 p95 p99 errs < <(wrk -t"$THREADS" -c"$c" -s "$script" -d"$DURATION" "$url" | grep '^RESULT')
    printf '%-44s c=%-3s %9s req/s  p50 %8s ms  p95 %8s ms  p99 %8s ms  errors %s\n' "$label" "$c" "$rps" "$p50" "$p95" "$p99" "$errs"
}

[[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/security-action/declarations/$(head -n1 "$IDS")")" == "200" ]] || die "verification does not answer 200"
log "==> warming up for $WARMUP"
wrk -t"$THREADS" -c"$LATENCY_CONNECTIONS" -d"$WARMUP" -s "$TMP/verify.lua" "$URL" >/dev/null
wrk -t"$THREADS" -c"$LATENCY_CONNECTIONS" -d"$RUN_WARMUP" -s "$TMP/benchmarks.lua" "$URL" >/dev/null

echo "# Anshin SME programmes benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "host: $(uname -srm), nproc=$(nproc); dotnet $(dotnet --version); db=$DB; results=$RESULTS declarations=$DECLARATIONS (seeded now: $SEED); git $(git -C "$ROOT" rev-parse --short HEAD)"
echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -d$DURATION after $RUN_WARMUP each"
wrk -t"$THREADS" -c"$LATENCY_CONNECTIONS" -d"$RUN_WARMUP" -s "$TMP/verify.lua" "$NOCACHE" >/dev/null
for c in "$CONNECTIONS" "$LATENCY_CONNECTIONS"; do
    run "bare Kestrel GET / (5 KB page)" "$c" "$BARE/"
    run "verification API, cached (1,000 IDs)" "$c" "$URL" "$TMP/verify.lua"
    run "verification API, uncached (1,000 IDs)" "$c" "$NOCACHE" "$TMP/verify.lua"
done
run "peer benchmark API (120 groups in turn)" "$LATENCY_CONNECTIONS" "$URL" "$TMP/benchmarks.lua"
run "healthz (baseline for the API)" "$LATENCY_CONNECTIONS" "$URL/healthz"
run "diagnosis submit (new organisation each)" "$CONNECTIONS" "$URL" "$TMP/submit.lua"
run "diagnosis submit (new organisation each)" "$LATENCY_CONNECTIONS" "$URL" "$TMP/submit.lua"
for pid in "${PIDS[@]:1:1}"; do
    printf 'app pid %s %s  %s\n' "$pid" "$(grep VmHWM /proc/"$pid"/status | tr -s ' ')" "$(grep VmRSS /proc/"$pid"/status | tr -s ' ')"
done
