#!/usr/bin/env bash
# Self-help site benchmark: the home page, an article page, the navigator and the site search against a bare Kestrel
# page (the ceiling for any ASP.NET Core page on this machine), on a database with N synthetic articles, SQLite or
# PostgreSQL. Public pages are normally served from the output cache; each page is measured from the cache and with the
# cache off (Hosting:PublicCacheDuration=0, every request rendered from the database), which is what a crowd of
# different pages or searches costs. See docs/benchmarks.md.
#
#   bench/site/run.sh                                   # SQLite, seeds 10,000 articles into a temp data dir
#   DB=postgres PG="Host=127.0.0.1;Port=55433;Username=postgres;Database=sitebench" bench/site/run.sh
#
# Env: DB (sqlite|postgres), SEED (10000; 0 = use the data as it is, ARTICLES = how many it holds), DATA_DIR, PG, DURATION (20s), CONNECTIONS (32
#      for throughput), LATENCY_CONNECTIONS (4), THREADS (2), WARMUP (40s), RUN_WARMUP (5s).
set -euo pipefail

DB="${DB:-sqlite}"
SEED="${SEED:-10000}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
LATENCY_CONNECTIONS="${LATENCY_CONNECTIONS:-4}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-40s}"
RUN_WARMUP="${RUN_WARMUP:-5s}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/anshin-sitebench.XXXXXX")"
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
mkdir -p "$DATA_DIR" "$ROOT/bench/out"
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
    log "==> seeding $SEED articles ($DB)"
    (cd "$TMP/app" && env "${ENVS[@]}" dotnet Anshin.Web.dll seed-articles "$SEED" | tail -n 1 >&2)
fi

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # name dir dll url [env...]
    local name="$1" dir="$2" dll="$3" url="$4"; shift 4
    (cd "$dir" && exec env "$@" dotnet "$dll" --urls "$url") > "$TMP/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 240); do curl -sf -o /dev/null "$url/" && return 0; sleep 0.5; done
    die "$name did not start"
}
BARE="http://127.0.0.1:$(port)"; CACHED="http://127.0.0.1:$(port)"; UNCACHED="http://127.0.0.1:$(port)"
start bare "$TMP/bare" Anshin.Bench.Bare.dll "$BARE"
start cached "$TMP/app" Anshin.Web.dll "$CACHED" "${ENVS[@]}"
start uncached "$TMP/app" Anshin.Web.dll "$UNCACHED" "${ENVS[@]}" Hosting__PublicCacheDuration=00:00:00

cat > "$TMP/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
# Every request a different article of the N (what a crowd arriving from many links costs).
ARTICLES="${ARTICLES:-$SEED}"; [[ "$ARTICLES" -gt 0 ]] || ARTICLES=10000
cat > "$TMP/articles.lua" <<LUA
math.randomseed(7)
request = function() return wrk.format("GET", string.format("/articles/bench-%05d", math.random(1, $ARTICLES))) end
LUA
cat "$TMP/report.lua" >> "$TMP/articles.lua"
# Every request one of twenty searches: common and rare words, two-character words, katakana, two terms.
cat > "$TMP/search.lua" <<'LUA'
local words = {"詐欺", "警告", "偽警告", "フィッシング", "パスワード", "ランサムウェア", "電話番号", "ビットコイン", "遠隔操作", "バックアップ",
  "SMS", "2段階認証", "ブラウザー", "クレジットカード", "サポート 詐欺", "請求", "暗号化", "アプリ", "復元", "電子マネー"}
local paths = {}
for i, w in ipairs(words) do paths[i] = "/search?q=" .. w:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end) end
math.randomseed(11)
request = function() return wrk.format("GET", paths[math.random(1, #paths)]) end
LUA
cat "$TMP/report.lua" >> "$TMP/search.lua"
FIRST=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("詐欺"))')

run() { # label connections url [script]
    local label="$1" c="$2" url="$3" script="${4:-$TMP/report.lua}"
    wrk -t"$THREADS" -c"$c" -d"$RUN_WARMUP" -s "$script" "$url" >/dev/null
    read -r _ rps p50 p95 p99 errs < <(wrk -t"$THREADS" -c"$c" -d"$DURATION" -s "$script" "$url" | grep '^RESULT')
    printf '%-40s c=%-3s %9s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  errors %s\n' "$label" "$c" "$rps" "$p50" "$p95" "$p99" "$errs"
}

warm=$(( ${WARMUP%s} / 4 ))
log "==> warming up for $WARMUP"
for target in "$CACHED/" "$UNCACHED/articles/bench-00001" "$UNCACHED/search?q=$FIRST" "$UNCACHED/navigator/fake-warning"; do
    wrk -t"$THREADS" -c"$LATENCY_CONNECTIONS" -d"${warm}s" "$target" >/dev/null
done
COUNT=$(curl -s "$UNCACHED/api/search?q=$FIRST" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["results"]))')
{
    echo "# Anshin self-help site benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "host: $(uname -srm), nproc=$(nproc); dotnet $(dotnet --version); db=$DB; articles seeded=$SEED; git $(git -C "$ROOT" rev-parse --short HEAD)"
    echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -d$DURATION after $RUN_WARMUP each; first page of 詐欺 has $COUNT results"
    for c in "$CONNECTIONS" "$LATENCY_CONNECTIONS"; do
        run "bare Kestrel GET / (5 KB page)" "$c" "$BARE/"
        run "home / (cached)" "$c" "$CACHED/"
        run "home / (no cache)" "$c" "$UNCACHED/"
        run "one article (cached)" "$c" "$CACHED/articles/bench-05000"
        run "random article of $ARTICLES (no cache)" "$c" "$UNCACHED/" "$TMP/articles.lua"
        run "navigator page (no cache)" "$c" "$UNCACHED/navigator/fake-warning-remote-installed"
        run "search 詐欺 (cached)" "$c" "$CACHED/search?q=$FIRST"
        run "20 searches in turn (no cache)" "$c" "$UNCACHED/" "$TMP/search.lua"
    done
    for pid in "${PIDS[@]:1}"; do awk -v p="$pid" '/VmRSS|VmHWM/ { printf "pid %s %s %.0f MB  ", p, $1, $2 / 1024 } END { print "" }' "/proc/$pid/status"; done
} | tee "$ROOT/bench/out/site-$DB-$(date -u +%Y%m%dT%H%M%SZ).txt"
