#!/usr/bin/env bash
# Creates a module from build/module-template: its two projects (contracts and internals), registration, a first
# record with create/get/list, SQLite and SQL Server migrations, the host's endpoint group and examples, integration
# tests and docs/modules/<module>.md; adds both projects to OpsPlan.sln and the module to the host's one list.
#
# Usage: build/new-module.sh <Module> <Resource> [<Resources>]
#   Module     one PascalCase word, such as Growth: schema and route segment "growth"
#   Resource   the first record, one PascalCase word, such as Customer
#   Resources  its plural when it is not <Resource>s, such as Companies
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '5,8p' "$0" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage
module=$1 resource=$2 resources=${3:-${2}s}
for word in "$module" "$resource" "$resources"; do
  [[ $word =~ ^[A-Z][a-z]+$ ]] || { echo "new-module: '$word' is not one PascalCase word (Growth, Customer)" >&2; exit 2; }
done
schema=${module,,}
[[ $schema =~ ^[a-z]{2,30}$ ]] || { echo "new-module: '$schema' is not a schema name (2-30 letters)" >&2; exit 2; }
[ ! -e "src/Modules/$module" ] || { echo "new-module: src/Modules/$module exists already" >&2; exit 1; }
grep -q "new Endpoints.$module.${module}Api()" src/OpsPlan.Api/Composition/Modules.cs && { echo "new-module: the host runs $module already" >&2; exit 1; }

template=build/module-template
# Plurals first, so that "Widgets" does not become "<Resource>s" by way of "Widget".
substitute() {
  sed -e "s/Skeleton/$module/g" -e "s/skeleton/$schema/g" \
      -e "s/Widgets/$resources/g" -e "s/widgets/${resources,,}/g" \
      -e "s/Widget/$resource/g" -e "s/widget/${resource,,}/g"
}

while IFS= read -r -d '' source; do
  target=$(printf '%s' "${source#"$template"/}" | substitute)
  mkdir -p "$(dirname "$target")"
  substitute <"$source" >"$target"
  echo "  created $target"
done < <(find "$template" -type f -print0 | sort -z)

for project in "src/Modules/$module/OpsPlan.Modules.$module.Contracts/OpsPlan.Modules.$module.Contracts.csproj" \
               "src/Modules/$module/OpsPlan.Modules.$module/OpsPlan.Modules.$module.csproj"; do
  dotnet sln OpsPlan.sln add --solution-folder "src/Modules/$module" "$project" >/dev/null
  echo "  added $project to OpsPlan.sln"
done

# The host's one list of modules: the new module goes after the other business modules and before Access (admin),
# so Swagger shows it after them and the admin tags stay last.
sed -i "s/^        new Endpoints.Admin.AccessApi(),$/        new Endpoints.$module.${module}Api(),\n        new Endpoints.Admin.AccessApi(),/" src/OpsPlan.Api/Composition/Modules.cs
grep -q "new Endpoints.$module.${module}Api()" src/OpsPlan.Api/Composition/Modules.cs || { echo "new-module: could not add the module to src/OpsPlan.Api/Composition/Modules.cs" >&2; exit 1; }
echo "  added ${module}Api to src/OpsPlan.Api/Composition/Modules.cs"

cat <<TXT

Module $module is in place: dotnet build, then dotnet test --filter FullyQualifiedName~$module.
Next: give it a role of its own in Roles (the template lets ops and admin write), replace the first record with the
module's real ones, and write docs/modules/$schema.md and its line in docs/architecture.md.
TXT
