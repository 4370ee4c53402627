#!/usr/bin/env bash
# Regenerates tests/OpsPlan.IntegrationTests/Client/OpsPlanClient.g.cs with NSwag from the OpenAPI document the
# API serves now (the test that checks the committed client writes it when asked to).
set -euo pipefail
cd "$(dirname "$0")/.."
OPSPLAN_REGENERATE_CLIENT=1 dotnet test tests/OpsPlan.IntegrationTests --filter "FullyQualifiedName~ClientIsCurrentTests" --nologo -v quiet
echo "client: tests/OpsPlan.IntegrationTests/Client/OpsPlanClient.g.cs"
