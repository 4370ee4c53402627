#!/usr/bin/env bash
# Starts the API as the README says (dotnet run, embedded SQLite, migrated at start-up) on a fresh data folder,
# then checks what a new user sees: health, Swagger UI, a token from the `token` command, a create and a read.
# Usage: build/smoke.sh            (exits non-zero and prints the API log on the first failure)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${SMOKE_PORT:-5199}
data=$(mktemp -d)
log=$(mktemp)
base="http://127.0.0.1:$port"
export ASPNETCORE_ENVIRONMENT=Development Database__SqliteDirectory="$data" Outbox__RelayEnabled=true

cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$data" "$log"
}
trap cleanup EXIT
fail() { echo "smoke: $1" >&2; tail -n 40 "$log" >&2; exit 1; }

dotnet build src/OpsPlan.Api -c Release --nologo -v quiet >/dev/null
dotnet run --project src/OpsPlan.Api -c Release --no-build --no-launch-profile --urls "$base" >"$log" 2>&1 &
pid=$!

for _ in $(seq 1 60); do
  curl -fsS "$base/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || fail "the API exited during start-up"
  sleep 0.5
done
# Bodies are captured first: grep -q would close the pipe early and fail curl under pipefail.
ready=$(curl -fsS "$base/health/ready") && [ "$ready" = Healthy ] || fail "/health/ready is not Healthy"
curl -fsS "$base/health/live" >/dev/null || fail "/health/live failed"
ui=$(curl -fsS "$base/swagger/index.html") && [[ "$ui" == *swagger-ui* ]] || fail "Swagger UI is not served"
document=$(curl -fsS "$base/swagger/v1/swagger.json") && [[ "$document" == *'"/api/v1/risk/risks"'* ]] || fail "the OpenAPI document lacks the risk endpoints"

token=$(dotnet run --project src/OpsPlan.Api -c Release --no-build --no-launch-profile -- token --role risk | tail -n 1)
[ -n "$token" ] || fail "the token command printed nothing"

status=$(curl -sS -o /dev/null -w '%{http_code}' "$base/api/v1/risk/risks")
[ "$status" = 401 ] || fail "an anonymous read answered $status, not 401"

created=$(curl -fsS -X POST "$base/api/v1/risk/risks" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"title":"Smoke test risk","category":"operational","owner":"qa@example.com","likelihood":2,"impact":3}') || fail "creating a risk failed"
id=$(printf '%s' "$created" | sed -E 's/.*"id":"([^"]+)".*/\1/')
read=$(curl -fsS "$base/api/v1/risk/risks/$id" -H "Authorization: Bearer $token") && [[ "$read" == *'"Smoke test risk"'* ]] || fail "reading the risk back failed"
[ -f "$data/opsplan.risk.db" ] || fail "no SQLite file was created in $data"

echo "smoke: API started on SQLite, Swagger UI up, token issued, risk $id created and read back"
