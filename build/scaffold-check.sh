#!/usr/bin/env bash
# Proves the module scaffold on a throwaway copy of the working tree: build/new-module.sh creates module Scratch,
# the host's only edit is one line, and the solution builds, migrates the module on SQLite, serves it in Swagger and
# passes its generated tests, the architecture tests, the bad-input suite and the T-SQL parse check that cover it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git ls-files -co --exclude-standard -z | tar --null -cf - -T - | tar -xf - -C "$copy"
cd "$copy"
git init -q && git add -A && git -c user.name=scaffold -c user.email=scaffold@opsplan.local commit -qm "before the scaffold"

bash build/new-module.sh Scratch Note >/dev/null

host_edits=$(git diff --numstat -- src/OpsPlan.Api)
if [ "$host_edits" != "$(printf '1\t0\tsrc/OpsPlan.Api/Composition/Modules.cs')" ]; then
  echo "scaffold-check: adding a module should change the host by one line in Composition/Modules.cs, not:" >&2
  echo "$host_edits" >&2
  exit 1
fi
echo "scaffold-check: module Scratch generated; the host changed by one line"

dotnet build OpsPlan.sln --nologo -v quiet
dotnet test tests/OpsPlan.ArchitectureTests --no-build --nologo
dotnet test tests/OpsPlan.IntegrationTests --no-build --nologo \
  --filter "FullyQualifiedName~Scratch|FullyQualifiedName~BadInput|FullyQualifiedName~SqlServerSqlTests"
