#!/usr/bin/env bash
# お助け隊 registry benchmark: the public list page and the services API (with filters in turn) and the matching
# wizard (page and API, 240 different firms in turn), against a bare Kestrel page, from the output cache and with the
# cache off (every request filters or matches the registry's in-memory copy and renders), on a database seeded with
# SERVICES services (nine in ten registered). See docs/benchmarks.md.
#
#   DATA_DIR=/tmp/otbench-sq bench/otasuketai/run.sh                  # SQLite; keep the folder to run again with SEED=0
#   DB=postgres PG="Host=127.0.0.1;Port=55433;Username=postgres;Database=otbench" bench/otasuketai/run.sh
#
# Env: DB (sqlite|postgres), SEED (1; 0 = use the data as it is), SERVICES (5000), DATA_DIR, PG,
#      DURATION (20s), CONNECTIONS (32, for throughput), LATENCY_CONNECTIONS (4), THREADS (2), WARMUP (15s), RUN_WARMUP (5s).
set -euo pipefail

DB="${DB:-sqlite}"
SEED="${SEED:-1}"
SERVICES="${SERVICES:-5000}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
LATENCY_CONNECTIONS="${LATENCY_CONNECTIONS:-4}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-15s}"
RUN_WARMUP="${RUN_WARMUP:-5s}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/anshin-otbench.XXXXXX")"
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
    log "==> seeding $SERVICES services ($DB)"
    (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll seed-otasuketai "$SERVICES" | tail -n 1 >&2)
else
    (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll migrate >/dev/null)
fi

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
# The same app with the output cache off: every request filters or matches the registry's copy and renders.
start nocache "$TMP/app" Anshin.Web.dll "$NOCACHE" "${ENVS[@]}" Hosting__PublicCacheDuration=00:00:00

cat > "$TMP/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
script() { # name, then paths on stdin
    { echo 'local paths = {'; sed 's/.*/"&",/'; echo '}'
      echo 'local i = 0'
      echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
      cat "$TMP/report.lua"; } > "$TMP/$1.lua"
}
# 48 list filters: every type with 16 prefectures, and the first pages of the whole list.
for t in network endpoint combined; do for p in $(seq 1 3 46); do echo "/otasuketai?type=$t&prefecture=$p"; done; done | script list
for t in network endpoint combined; do for p in $(seq 1 3 46); do echo "/api/otasuketai/services?type=$t&prefecture=$p&pageSize=20"; done; done | script api
# 240 firms: 47 prefectures × 5 configurations (PCs, servers, sites, device, on-site, budget), and 5 more.
i=0
for p in $(seq 1 47) 13 27 23 40 14; do
    for cfg in "5 0 1 no yes" "12 1 1 yes yes" "30 2 2 unknown yes" "3 0 1 no no" "80 4 3 yes yes"; do
        read -r pcs servers sites device onsite <<< "$cfg"
        echo "/otasuketai/wizard?Answers.Pcs=$pcs&Answers.Servers=$servers&Answers.Sites=$sites&Answers.Prefecture=$p&Answers.Device=$device&Answers.OnSite=$onsite" >> "$TMP/wizard.txt"
        echo "/api/otasuketai/match?pcs=$pcs&servers=$servers&sites=$sites&prefecture=$p&hasNetworkDevice=$device&onSite=$([[ $onsite == yes ]] && echo true || echo false)" >> "$TMP/match.txt"
        i=$((i + 1))
    done
done
script wizard < "$TMP/wizard.txt"
script match < "$TMP/match.txt"

run() { # label connections url [script]
    local label="$1" c="$2" url="$3" script="${4:-$TMP/report.lua}"
    wrk -t"$THREADS" -c"$c" -s "$script" -d"$RUN_WARMUP" "$url" >/dev/null
    read -r _ rps p50 p95 p99 errs < <(wrk -t"$THREADS" -c"$c" -s "$script" -d"$DURATION" "$url" | grep '^RESULT')
    printf '%-44s c=%-3s %9s req/s  p50 %8s ms  p95 %8s ms  p99 %8s ms  errors %s\n' "$label" "$c" "$rps" "$p50" "$p95" "$p99" "$errs"
}

total=$(curl -sf "$URL/api/otasuketai/services?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
[[ "$total" -gt 0 ]] || die "no registered services (seed first)"
log "==> warming up for $WARMUP"
wrk -t"$THREADS" -c"$LATENCY_CONNECTIONS" -d"$WARMUP" -s "$TMP/wizard.lua" "$NOCACHE" >/dev/null
wrk -t"$THREADS" -c"$LATENCY_CONNECTIONS" -d"$RUN_WARMUP" -s "$TMP/list.lua" "$URL" >/dev/null

echo "# Anshin お助け隊 registry benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "host: $(uname -srm), nproc=$(nproc); dotnet $(dotnet --version); db=$DB; services=$SERVICES, registered=$total (seeded now: $SEED); git $(git -C "$ROOT" rev-parse --short HEAD)"
echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -d$DURATION after $RUN_WARMUP each"
for c in "$CONNECTIONS" "$LATENCY_CONNECTIONS"; do
    run "bare Kestrel GET / (5 KB page)" "$c" "$BARE/"
    run "list page, cached (48 filters)" "$c" "$URL" "$TMP/list.lua"
    run "list page, uncached (48 filters)" "$c" "$NOCACHE" "$TMP/list.lua"
    run "services API, cached (48 filters)" "$c" "$URL" "$TMP/api.lua"
    run "services API, uncached (48 filters)" "$c" "$NOCACHE" "$TMP/api.lua"
done
run "wizard page, uncached (240 firms)" "$LATENCY_CONNECTIONS" "$NOCACHE" "$TMP/wizard.lua"
run "wizard page, uncached (240 firms)" "$CONNECTIONS" "$NOCACHE" "$TMP/wizard.lua"
run "match API, uncached (240 firms)" "$LATENCY_CONNECTIONS" "$NOCACHE" "$TMP/match.lua"
run "wizard page, cached (240 firms)" "$LATENCY_CONNECTIONS" "$URL" "$TMP/wizard.lua"
for pid in "${PIDS[@]:1:2}"; do
    printf 'app pid %s %s  %s\n' "$pid" "$(grep VmHWM /proc/"$pid"/status | tr -s ' ')" "$(grep VmRSS /proc/"$pid"/status | tr -s ' ')"
done
