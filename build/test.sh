#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing (Debian's Chromium for the Swagger UI
# test, Spectral and openapi-typescript from the lock file for the OpenAPI checks), proves the README's run command on a fresh database,
# then runs every test with dotnet test. Extra arguments go to dotnet test (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ ! -x /usr/bin/chromium ]; then
  echo "test: installing Debian's chromium for the Swagger UI test"
  sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  sudo_if_needed apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq chromium >/dev/null
fi

if [ ! -x build/openapi/node_modules/.bin/spectral ] || [ ! -x build/openapi/node_modules/.bin/openapi-typescript ]; then
  echo "test: installing Spectral and openapi-typescript for the OpenAPI checks"
  npm ci --prefix build/openapi --no-audit --no-fund --loglevel=error
fi

bash build/smoke.sh
dotnet test OpsPlan.sln "$@"
