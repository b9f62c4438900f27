#!/usr/bin/env bash
# HTTP load harness: Anshin (Release, fresh SQLite data dir) against a bare Kestrel "hello" page,
# same wrk settings for both. See docs/benchmarks.md.
#
#   bench/http/run.sh                         # defaults: -t2 -c32 -d20s, PATHS="/"
#   DURATION=30s CONNECTIONS=64 THREADS=2 PATHS="/ /Calendar" bench/http/run.sh
#
# Env: DURATION (20s), CONNECTIONS (32), THREADS (2), PATHS ("/"), WARMUP (5s),
#      ROUNDS (1): repeat the measurement, interleaving targets, and report per-column medians.
#      KEEP_TMP=1 keeps the temp dir (publish output, data dir, app logs) for inspection.
set -euo pipefail

DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PATHS="${PATHS:-/}"
WARMUP="${WARMUP:-5s}"
ROUNDS="${ROUNDS:-1}"
KEEP_TMP="${KEEP_TMP:-0}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT_DIR="$ROOT/bench/out"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT_FILE="$OUT_DIR/http-$STAMP.txt"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/anshin-bench.XXXXXX")"
ANSHIN_PID=""
BARE_PID=""

log() { printf '%s\n' "$*" >&2; }

stop_pid() {
    local pid="$1"
    [[ -n "$pid" ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    stop_pid "$ANSHIN_PID"
    stop_pid "$BARE_PID"
    if [[ $rc -ne 0 ]]; then
        for f in "$TMP"/anshin.log "$TMP"/bare.log; do
            if [[ -s "$f" ]]; then
                log "--- last lines of $(basename "$f") ---"
                tail -n 30 "$f" >&2 || true
            fi
        done
    fi
    if [[ "$KEEP_TMP" == "1" || $rc -ne 0 ]]; then
        log "temp dir kept: $TMP"
    else
        rm -rf "$TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() { log "error: $*"; exit 1; }

# --- prerequisites -----------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    log "wrk not found; installing with apt-get"
    SUDO=""
    [[ "$(id -u)" -eq 0 ]] || SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null || die "could not install wrk"
fi
command -v curl >/dev/null 2>&1 || die "curl is required"
command -v dotnet >/dev/null 2>&1 || die "dotnet is required"

free_port() {
    # Ask the kernel for an unused port; fall back to probing with ss.
    if command -v python3 >/dev/null 2>&1 && python3 -c 'import socket' 2>/dev/null; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local p
    for _ in $(seq 1 200); do
        p=$(( 20000 + RANDOM % 40000 ))
        if ! ss -Htln "sport = :$p" 2>/dev/null | grep -q .; then
            echo "$p"
            return
        fi
    done
    die "no free port found"
}

wait_http_200() {
    local url="$1" pid="$2" name="$3" timeout="${4:-90}"
    local deadline=$(( SECONDS + timeout ))
    while (( SECONDS < deadline )); do
        kill -0 "$pid" 2>/dev/null || die "$name exited before answering $url"
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" == "200" ]]; then
            return 0
        fi
        sleep 0.25
    done
    die "$name did not answer 200 on $url within ${timeout}s"
}

# wrk prints latencies as 812.00us / 1.23ms / 1.02s / 1.5m; convert to milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1;
        if (f < 0) { print "?"; } else { printf "%.2f", n * f; }
    }'
}

# --- build -------------------------------------------------------------------------------------
# Separate artifacts paths keep these Release builds out of the projects' own bin/ and obj/, so a
# concurrent build in the working tree is not disturbed (and does not disturb this one).
log "==> publishing src/Anshin.Web (Release) to $TMP/anshin"
dotnet publish "$ROOT/src/Anshin.Web/Anshin.Web.csproj" -c Release -o "$TMP/anshin" \
    --artifacts-path "$TMP/artifacts-anshin" -nologo -v quiet > "$TMP/build-anshin.log" 2>&1 \
    || { cat "$TMP/build-anshin.log" >&2; die "publish of Anshin.Web failed"; }
log "==> publishing bench/Anshin.Bench.Bare (Release) to $TMP/bare"
dotnet publish "$ROOT/bench/Anshin.Bench.Bare/Anshin.Bench.Bare.csproj" -c Release -o "$TMP/bare" \
    --artifacts-path "$TMP/artifacts-bare" -nologo -v quiet > "$TMP/build-bare.log" 2>&1 \
    || { cat "$TMP/build-bare.log" >&2; die "publish of Anshin.Bench.Bare failed"; }

# --- start both apps ---------------------------------------------------------------------------
ANSHIN_PORT="$(free_port)"
ANSHIN_URL="http://127.0.0.1:$ANSHIN_PORT"
mkdir -p "$TMP/data"
log "==> starting Anshin on $ANSHIN_URL (data dir $TMP/data)"
# First start prints the generated admin password; it lands in anshin.log, which is deleted afterwards.
(
    cd "$TMP/anshin"
    ASPNETCORE_ENVIRONMENT=Production Database__DataDirectory="$TMP/data" \
        exec dotnet Anshin.Web.dll --urls "$ANSHIN_URL"
) > "$TMP/anshin.log" 2>&1 &
ANSHIN_PID=$!
wait_http_200 "$ANSHIN_URL/healthz" "$ANSHIN_PID" "Anshin"

BARE_PORT="$(free_port)"
while [[ "$BARE_PORT" == "$ANSHIN_PORT" ]]; do BARE_PORT="$(free_port)"; done
BARE_URL="http://127.0.0.1:$BARE_PORT"
log "==> starting bare Kestrel on $BARE_URL"
(
    cd "$TMP/bare"
    ASPNETCORE_ENVIRONMENT=Production exec dotnet Anshin.Bench.Bare.dll --urls "$BARE_URL"
) > "$TMP/bare.log" 2>&1 &
BARE_PID=$!
wait_http_200 "$BARE_URL/" "$BARE_PID" "bare Kestrel"

# --- run ---------------------------------------------------------------------------------------
WRK_ARGS=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)

# Targets: Anshin on every path in PATHS; the bare app only serves "/", which is the baseline
# every Anshin row is compared with.
TARGETS=()
for p in $PATHS; do TARGETS+=("anshin|$ANSHIN_URL|$p"); done
TARGETS+=("bare|$BARE_URL|/")

declare -A RPS P50 P99 BYTES STATUS ERRS

{
    echo "# Anshin HTTP benchmark  $STAMP"
    echo "date:     $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "host:     $(uname -srm), nproc=$(nproc), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)"
    echo "cpu:      $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "dotnet:   $(dotnet --version)"
    echo "wrk:      $(wrk -v 2>&1 | head -n1)"
    echo "git:      $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src 2>/dev/null || echo ' (src has uncommitted changes)')"
    echo "loadavg:  $(cut -d' ' -f1-3 /proc/loadavg) (before run)"
    if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
        echo "WARNING:  the machine is busy (1-min loadavg above nproc/2); numbers will be noisy and low."
    fi
    echo "command:  DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS PATHS=\"$PATHS\" WARMUP=$WARMUP ROUNDS=$ROUNDS bench/http/run.sh"
    echo "wrk:      wrk ${WRK_ARGS[*]} <url>   (after a ${WARMUP} warm-up with the same -t/-c; $ROUNDS round(s)$([[ $ROUNDS -gt 1 ]] && echo ', medians reported'))"
    echo "note:     wrk runs on the same machine as the servers; both apps are up, only one is loaded at a time."
    echo
} | tee "$TMP/report.txt"

median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A RPS_ALL P50_ALL P99_ALL
for round in $(seq 1 "$ROUNDS"); do
    for t in "${TARGETS[@]}"; do
        IFS='|' read -r name base path <<< "$t"
        url="$base$path"
        key="$name|$path"
        if [[ $round -eq 1 ]]; then
            read -r code size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' --max-time 10 "$url" || echo "000 0")
            STATUS[$key]="$code"
            BYTES[$key]="$size"
            [[ "$code" == "200" ]] || log "warning: GET $url answered $code (measuring anyway)"
            log "==> warm-up $name $path ($WARMUP)"
            wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" > /dev/null
        fi
        log "==> [round $round/$ROUNDS] wrk ${WRK_ARGS[*]} $url"
        wrk "${WRK_ARGS[@]}" "$url" > "$TMP/wrk.out" 2>&1
        { echo "--- [round $round/$ROUNDS] wrk ${WRK_ARGS[*]} $url  [$name]"; cat "$TMP/wrk.out"; echo; } >> "$TMP/raw.txt"

        RPS_ALL[$key]+=" $(awk '/^Requests\/sec:/ {print $2}' "$TMP/wrk.out")"
        P50_ALL[$key]+=" $(to_ms "$(awk '$1 == "50%" {print $2}' "$TMP/wrk.out")")"
        P99_ALL[$key]+=" $(to_ms "$(awk '$1 == "99%" {print $2}' "$TMP/wrk.out")")"
        non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$TMP/wrk.out")"
        sockerr="$(awk '/Socket errors:/ {sub(/^.*Socket errors: */, ""); print}' "$TMP/wrk.out")"
        [[ -z "$non2xx$sockerr" ]] || ERRS[$key]+="r$round: ${non2xx:+non-2xx/3xx=$non2xx }${sockerr:+socket: $sockerr} "
    done
done
# One round: the measured values. Several rounds (interleaved, so background load hits both apps
# alike): the median of each column.
for t in "${TARGETS[@]}"; do
    IFS='|' read -r name _ path <<< "$t"
    key="$name|$path"
    RPS[$key]="$(median <<< "${RPS_ALL[$key]}")"
    P50[$key]="$(median <<< "${P50_ALL[$key]}")"
    P99[$key]="$(median <<< "${P99_ALL[$key]}")"
done

BARE_RPS="${RPS[bare|/]}"
{
    printf '%-8s %-20s %6s %8s %12s %9s %9s %14s  %s\n' \
        target path status bytes 'req/s' 'p50 ms' 'p99 ms' 'anshin/bare' errors
    for t in "${TARGETS[@]}"; do
        IFS='|' read -r name _ path <<< "$t"
        key="$name|$path"
        ratio="-"
        if [[ "$name" == "anshin" && -n "$BARE_RPS" && -n "${RPS[$key]}" ]]; then
            ratio="$(awk -v a="${RPS[$key]}" -v b="$BARE_RPS" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
        fi
        printf '%-8s %-20s %6s %8s %12s %9s %9s %14s  %s\n' \
            "$name" "$path" "${STATUS[$key]}" "${BYTES[$key]}" "${RPS[$key]:-?}" "${P50[$key]}" "${P99[$key]}" "$ratio" "${ERRS[$key]:-}"
    done
    if [[ $ROUNDS -gt 1 ]]; then
        echo
        for t in "${TARGETS[@]}"; do
            IFS='|' read -r name _ path <<< "$t"
            echo "req/s per round, $name $path:${RPS_ALL[$name|$path]}"
        done
    fi
    echo
    echo "loadavg:  $(cut -d' ' -f1-3 /proc/loadavg) (after run)"
    echo "targets:  Anshin req/s >= 30 % of bare Kestrel; Anshin p99 < 20 ms (2 cores)"
    echo
    echo "# raw wrk output"
    cat "$TMP/raw.txt"
} | tee -a "$TMP/report.txt"

mkdir -p "$OUT_DIR"
cp "$TMP/report.txt" "$OUT_FILE"
log "==> results written to ${OUT_FILE#"$ROOT"/}"
