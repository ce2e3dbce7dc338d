#!/usr/bin/env bash
# Adds a migration for one module DbContext on all three engines.
# Usage: eng/add-migration.sh <MigrationName> <project dir> <ContextBaseName>
#   e.g. eng/add-migration.sh Initial src/Organization/LibraryIls.Organization OrganizationDbContext
#   optional 4th argument: the migrations folder inside the project (default Data/Migrations)
set -euo pipefail
name=$1; project=$2; context=$3; outdir=${4:-Data/Migrations}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Host/LibraryIls.Host -v q -nologo
for provider in Sqlite SqlServer Postgres; do
  dotnet dotnet-ef migrations add "$name" \
    --project "$project" --startup-project src/Host/LibraryIls.Host \
    --context "${provider}${context}" --output-dir "${outdir}/${provider}" --no-build
done
