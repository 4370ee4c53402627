#!/usr/bin/env bash
# One command for the load-test table: seeds a database of realistic size through the app's own repositories,
# starts the API (Release) and the bare reference app on it, loads each scenario on loopback (hey for a plain GET, wrk for a scripted one), and prints
# requests/s, p50/p99 latency, errors and peak RSS per scenario as Markdown, with each figure's ratio to the
# bare reference where one exists.
#   build/load.sh                 full run (100,000 risks, 1,000,000 transactions over 200 cost centers, 200,000 customers with
#                                 5,000,000 activity events, 50 channels with a year of daily metrics, 100,000 referrals,
#                                 10,000 products with their stage history, 200 of them with five years of monthly figures,
#                                 5,000 partners, one with three years of 20 monthly SLA series, 249 markets (one per
#                                 country) with 20 assessment versions, 12 localization tasks and 4 compliance items each,
#                                 32 connections, 15 s per scenario)
#   build/load.sh --smoke         seconds, not minutes: proves the harness works (CI runs this; it judges no speed)
#   LOAD_SCENARIOS=dashboard build/load.sh   only the scenarios whose name matches this extended regex (on the full seed);
#                                 LOAD_DATA=<dir> keeps the seeded database for the next run
set -euo pipefail
cd "$(dirname "$0")/.."

risks=100000 transactions=1000000 customers=200000 events=5000000 products=10000 partners=5000 markets=249 connections=32 duration=15s threads=2 warmup=20s spacing=2100
if [ "${1:-}" = "--smoke" ]; then risks=2000 transactions=20000 customers=6000 events=20000 products=500 partners=300 markets=60 connections=4 duration=2s threads=1 warmup=1s spacing=300; fi

{ command -v wrk && command -v hey; } >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk hey >/dev/null; }

export LOAD_DIR="$PWD/build/load"
data="${LOAD_DATA:-$(mktemp -d)}"
api_port=5280 bare_port=5290 tuned_bare_port=5291
export ASPNETCORE_ENVIRONMENT=Production Auth__SigningKey="load-test-signing-key-0123456789abcdef-0123" \
  Database__SqliteDirectory="$data" Logging__LogLevel__Default=Warning \
  Protection__RequireHttps=false Protection__RateLimitPermits=100000000
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; if [ -z "${LOAD_DATA:-}" ]; then rm -rf "$data"; fi; }
trap cleanup EXIT

# The three programs the harness runs, not the whole solution: the test projects would double the build.
for project in src/OpsPlan.Api build/OpsPlan.Seeder build/OpsPlan.BareReference; do
  dotnet build "$project" -c Release --nologo -v quiet >/dev/null
done
if [ ! -f "$data/risk-ids.txt" ]; then
  dotnet run --project build/OpsPlan.Seeder -c Release --no-build -- "$data" "$risks" "$transactions" "$customers" "$events" "$products" "$partners" "$markets"
fi

dotnet run --project src/OpsPlan.Api -c Release --no-build --no-launch-profile --urls "http://127.0.0.1:$api_port" >"$data/api.log" 2>&1 &
api_pid=$!; pids+=($api_pid)
dotnet run --project build/OpsPlan.BareReference -c Release --no-build -- --data "$data" --urls "http://127.0.0.1:$bare_port" >"$data/bare.log" 2>&1 &
bare_pid=$!; pids+=($bare_pid)
# The same minimal app with the API's process-wide SQLite settings: the ratio to it leaves the engine's tuning out.
dotnet run --project build/OpsPlan.BareReference -c Release --no-build -- --data "$data" --urls "http://127.0.0.1:$tuned_bare_port" --sqlite-as-app true >"$data/bare-tuned.log" 2>&1 &
tuned_bare_pid=$!; pids+=($tuned_bare_pid)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$api_port/health/ready" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$bare_port/risks?limit=1" >/dev/null 2>&1 \
    && curl -fs "http://127.0.0.1:$tuned_bare_port/risks?limit=1" >/dev/null 2>&1 && break
  sleep 0.5
done
export TOKEN
TOKEN=$(dotnet run --project src/OpsPlan.Api -c Release --no-build --no-launch-profile -- token --role admin | tail -n 1)
ids="$data/risk-ids.txt"

# dotnet run starts the app as a child: measure the child, which is the process serving requests.
server_pid() { pgrep -P "$1" | head -n 1 || echo "$1"; }
api_server=$(server_pid "$api_pid")
bare_server=$(server_pid "$bare_pid")
tuned_bare_server=$(server_pid "$tuned_bare_pid")

declare -A rps p50 p99 errors rss
to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v = v; else if ($1 ~ /s$/) v *= 1000; printf "%.2f", v }'; }

run() { # name pid url [lua script [script args...]]; $CONNECTIONS and $DURATION override the connection count and duration for one scenario
  local name=$1 pid=$2 url=$3 script=${4:-} out peak=0 sample
  [[ $name =~ ${LOAD_SCENARIOS:-.} ]] || return 0
  shift 3; [ $# -gt 0 ] && shift
  local c=${CONNECTIONS:-$connections} t=$threads d=${DURATION:-$duration}
  [ "$c" -lt "$t" ] && t=$c
  # wrk counts a request slower than its timeout (2 s by default) as an error, not a latency: a slow batch or a
  # cache refill under load would vanish from the figures instead of showing in the p99.
  local wrk_args=(-t"$t" -c"$c" -d"$d" --timeout 30s --latency)
  [ -n "$script" ] && wrk_args+=(-s "$LOAD_DIR/$script")
  out=$(mktemp)
  # A plain GET goes through hey: wrk 4.1's percentiles broke Little's law on cached views whose refresh holds one
  # connection for seconds (20,000 requests/s at a 235 ms mean over 32 connections), while hey and a probe beside it
  # measured p99 11 ms on the same server (docs/benchmarks.md). Scripted scenarios keep wrk, which hey cannot drive.
  local plain=false
  if [ -z "$script" ] || [ "$script" = auth.lua ]; then
    plain=true
    hey -z "$d" -c "$c" -t 30 ${script:+-H "Authorization: Bearer $TOKEN"} "$url" >"$out" &
  else
    wrk "${wrk_args[@]}" "$url" -- "$@" >"$out" &
  fi
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    sample=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${sample:-0}" -gt "$peak" ] && peak=$sample
    sleep 0.2
  done
  wait "$wrk_pid"
  # Batches of 10,000 run about once a second: below 10 requests/s a decimal keeps the figure from rounding to 0.
  rps[$name]=$(awk '/Requests\/sec/ { if ($2 < 10) printf "%.1f", $2; else printf "%.0f", $2 }' "$out")
  if $plain; then
    # hey: "  99% in 0.0109 secs", "  [200]	150217 responses", and an "Error distribution" of "  [n]	<error>" lines.
    p50[$name]=$(awk '$1 == "50%" { printf "%.2f", $3 * 1000 }' "$out")
    p99[$name]=$(awk '$1 == "99%" { printf "%.2f", $3 * 1000 }' "$out")
    errors[$name]=$(awk '/^Error distribution/ { e = 1 } $1 ~ /^\[[0-9]+\]$/ { k = substr($1, 2, length($1) - 2) + 0; if (e || k < 200 || k > 299) n += (e ? k : $2) } END { print n + 0 }' "$out")
  else
    p50[$name]=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
    p99[$name]=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
    errors[$name]=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out")
  fi
  rss[$name]=$((peak / 1024))
  rm -f "$out"
}

api="http://127.0.0.1:$api_port/api/v1/risk"
bare="http://127.0.0.1:$bare_port"
tuned_bare="http://127.0.0.1:$tuned_bare_port"

# Both servers start cold: the JIT needs thousands of calls and a few seconds of its background thread (on cores wrk
# also wants) before a hot path runs optimized code. Without this, the first scenario measures start-up instead.
warm() { wrk -t"$threads" -c"$connections" -d"$warmup" "$@" >/dev/null; }
warm -s "$LOAD_DIR/read-one.lua" "$bare/risks/" -- "$ids" "/risks/"
warm -s "$LOAD_DIR/read-one.lua" "$tuned_bare/risks/" -- "$ids" "/risks/"
warm "$bare/risks?category=market&limit=50"
warm -s "$LOAD_DIR/read-one-auth.lua" "$api/risks/" -- "$ids" "/api/v1/risk/risks/"
warm -s "$LOAD_DIR/auth.lua" "$api/risks?category=market&limit=50"
run "bare: read one risk"  "$bare_server" "$bare/risks/" read-one.lua "$ids" "/risks/"
run "read one risk"        "$api_server"  "$api/risks/" read-one-auth.lua "$ids" "/api/v1/risk/risks/"
run "bare, SQLite as the API: read one risk" "$tuned_bare_server" "$tuned_bare/risks/" read-one.lua "$ids" "/risks/"
run "bare: list 50 risks"  "$bare_server" "$bare/risks?category=market&limit=50"
run "list 50 risks"        "$api_server"  "$api/risks?category=market&limit=50" auth.lua
run "create a risk"        "$api_server"  "$api/risks" create-risk.lua
run "risk heatmap"         "$api_server"  "$api/risks/heatmap" auth.lua
run "risk summary"         "$api_server"  "$api/risks/summary" auth.lua

finance="http://127.0.0.1:$api_port/api/v1/finance"
year_ago=$(date -u -d "1 year ago" +%F) today=$(date -u +%F)
run "budget variance"      "$api_server"  "$finance/budgets/" variance.lua "$data/budget-ids.txt" "/api/v1/finance/budgets/"
run "cash flow, 12 months" "$api_server"  "$finance/cash-flow?from=$year_ago&to=$today&granularity=month" auth.lua
run "cash flow, 52 weeks"  "$api_server"  "$finance/cash-flow?from=$year_ago&to=$today&granularity=week" auth.lua
run "runway"               "$api_server"  "$finance/runway" auth.lua
run "spend summary, year"  "$api_server"  "$finance/spend/summary?period=$(date -u +%Y)" auth.lua
# One integrator at a time: the figure that matters is how long one 1,000-item batch takes.
CONNECTIONS=1 run "batch upsert, 1,000 items" "$api_server" "$finance/transactions/batch" sync-batch.lua "$data/cost-center-ids.txt"

growth="http://127.0.0.1:$api_port/api/v1/growth"
segment=$(cat "$data/segment-id.txt")
run "segment size"         "$api_server"  "$growth/segments/$segment/size" auth.lua
run "growth overview, cached"     "$api_server" "$growth/metrics/overview" auth.lua
run "retention, 12 cohorts, cached" "$api_server" "$growth/metrics/retention" auth.lua
CONNECTIONS=1 run "growth overview, uncached" "$api_server" "$growth/metrics/overview" uncached.lua "/api/v1/growth/metrics/overview?" "$(date -u -d "730 days ago" +%F)" 29
CONNECTIONS=1 run "retention, 12 cohorts, uncached" "$api_server" "$growth/metrics/retention" uncached.lua "/api/v1/growth/metrics/retention?" "$(date -u -d "1034 days ago" +%F)" 334
CONNECTIONS=1 run "customer batch, 1,000" "$api_server" "$growth/customers/batch" customers-batch.lua
CONNECTIONS=1 run "events batch, 10,000" "$api_server" "$growth/events/batch" events-batch.lua "$customers" "$(date -u +%FT%TZ)"
CONNECTIONS=1 run "segment size, uncached (preview)" "$api_server" "$growth/segments/preview" preview.lua

program=$(cat "$data/program-id.txt") first_free=$(cat "$data/first-free-customer.txt")
run "channel performance, year, cached" "$api_server" "$growth/channels/performance?from=$year_ago&to=$today" auth.lua
CONNECTIONS=1 run "channel performance, year, uncached" "$api_server" "$growth/channels/performance" uncached.lua "/api/v1/growth/channels/performance?" "$(date -u -d "700 days ago" +%F)" 364
run "referral leaderboard, cached" "$api_server" "$growth/referral-programs/$program/leaderboard" auth.lua
CONNECTIONS=1 run "referral leaderboard, uncached" "$api_server" "$growth/referral-programs/$program/leaderboard" top.lua "/api/v1/growth/referral-programs/$program/leaderboard?"
run "redeem an invite code" "$api_server" "$growth/referrals" redeem.lua "$data/invite-codes.txt" "$first_free" "$((customers - first_free))"

lifecycle="http://127.0.0.1:$api_port/api/v1/lifecycle"
run "product health, 5 years of months" "$api_server" "$lifecycle/products/" health.lua "$data/product-ids.txt" "/api/v1/lifecycle/products/"
run "time in stage, all products, cached" "$api_server" "$lifecycle/products/stage-durations" auth.lua
# One request every 2.1 s finds the 2 s entry expired: each one computes the report over every product's history (30 s for a dozen samples).
CONNECTIONS=1 DURATION=$([ "$spacing" -gt 1000 ] && echo 30s || echo "$duration") run "time in stage, all products, uncached" "$api_server" \
  "$lifecycle/products/stage-durations" spaced.lua "$spacing"

partners_api="http://127.0.0.1:$api_port/api/v1/partners"
sla_partner=$(cat "$data/sla-partner-id.txt")
run "partner summary, cached" "$api_server" "$partners_api/partners/summary" auth.lua
CONNECTIONS=1 DURATION=$([ "$spacing" -gt 1000 ] && echo 30s || echo "$duration") run "partner summary, uncached" "$api_server" \
  "$partners_api/partners/summary" spaced.lua "$spacing"
run "SLA compliance, 3 years × 20 series" "$api_server" "$partners_api/partners/$sla_partner/sla?from=$(date -u -d "36 months ago" +%Y-%m)&to=$(date -u +%Y-%m)" auth.lua

overseas="http://127.0.0.1:$api_port/api/v1/overseas/markets"
run "market ranking, cached" "$api_server" "$overseas/ranking?by=combined" auth.lua
CONNECTIONS=1 DURATION=$([ "$spacing" -gt 1000 ] && echo 30s || echo "$duration") run "market ranking, uncached" "$api_server" \
  "$overseas/ranking?by=combined" spaced.lua "$spacing"
run "market pipeline, cached" "$api_server" "$overseas/pipeline" auth.lua
CONNECTIONS=1 DURATION=$([ "$spacing" -gt 1000 ] && echo 30s || echo "$duration") run "market pipeline, uncached" "$api_server" \
  "$overseas/pipeline" spaced.lua "$spacing"

# The home page asks every module: cached, each section comes from its module's last answer (sections stand 30 s
# without writes); with a new period on every request, the period's sections (growth KPIs, budgets, partner SLAs) are
# computed each time and the others come from the cache, as when someone picks another month.
dashboard="http://127.0.0.1:$api_port/api/v1/dashboard"
[[ "dashboard" =~ ${LOAD_SCENARIOS:-.} ]] && warm -s "$LOAD_DIR/auth.lua" "$dashboard"
run "dashboard, cached" "$api_server" "$dashboard" auth.lua
CONNECTIONS=1 run "dashboard, a new period each request" "$api_server" "$dashboard" uncached.lua "/api/v1/dashboard?" "$(date -u -d "730 days ago" +%F)" 29

ratio() { [ -n "${rps[$2]:-}" ] && awk -v a="${rps[$1]}" -v b="${rps[$2]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }' || echo "—"; }
echo
echo "| scenario | requests/s | ratio to bare | p50 ms | p99 ms | errors | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for name in "bare: read one risk" "read one risk" "bare, SQLite as the API: read one risk" "bare: list 50 risks" "list 50 risks" "create a risk" "risk heatmap" "risk summary" \
  "budget variance" "cash flow, 12 months" "cash flow, 52 weeks" "runway" "spend summary, year" "batch upsert, 1,000 items" \
  "segment size" "growth overview, cached" "retention, 12 cohorts, cached" "growth overview, uncached" "retention, 12 cohorts, uncached" \
  "customer batch, 1,000" "events batch, 10,000" "segment size, uncached (preview)" "channel performance, year, cached" "channel performance, year, uncached" \
  "referral leaderboard, cached" "referral leaderboard, uncached" "redeem an invite code" \
  "product health, 5 years of months" "time in stage, all products, cached" "time in stage, all products, uncached" \
  "partner summary, cached" "partner summary, uncached" "SLA compliance, 3 years × 20 series" \
  "market ranking, cached" "market ranking, uncached" "market pipeline, cached" "market pipeline, uncached" \
  "dashboard, cached" "dashboard, a new period each request"; do
  [ -n "${rps[$name]:-}" ] || continue
  reference="—"
  case "$name" in
    "read one risk") reference=$(ratio "$name" "bare: read one risk") ;;
    "list 50 risks") reference=$(ratio "$name" "bare: list 50 risks") ;;
  esac
  echo "| $name | ${rps[$name]} | $reference | ${p50[$name]} | ${p99[$name]} | ${errors[$name]} | ${rss[$name]} |"
done
echo
echo "Read one against the bare reference with the API's SQLite settings: $(ratio "read one risk" "bare, SQLite as the API: read one risk")."
echo "($connections connections (1 for the batches and the uncached views), hey for plain GETs and wrk ($threads threads) for scripted scenarios, $duration per scenario after $warmup warm-ups of each read and list, $risks seeded risks, $transactions seeded transactions, $customers seeded customers with $events activity events, $products products, $partners partners, $markets markets, $(nproc) cores shared by wrk and the servers)"

# The harness must not rot: a scenario without figures or with failed requests fails the run (speed is never judged here).
for name in "${!rps[@]}"; do
  if [ -z "${rps[$name]}" ] || awk -v r="${rps[$name]}" 'BEGIN { exit !(r + 0 == 0) }' || [ "${errors[$name]}" -ne 0 ]; then
    echo "load: scenario '$name' produced no figures or had errors" >&2
    exit 1
  fi
done
