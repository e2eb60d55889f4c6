#!/usr/bin/env bash
# Compiles infra/main.bicep to ARM JSON with the Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64),
# restored into a throwaway project, and runs its linter. Exit 0 when the template builds.
# Usage: scripts/check-infra.sh [output.json]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.49.2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat >"$work/bicep.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="Azure.Bicep.CommandLine.linux-x64" Version="$version" /></ItemGroup>
</Project>
PROJ
dotnet restore "$work/bicep.csproj" --packages "$work/packages" -v quiet >&2
bicep="$work/packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
chmod +x "$bicep"

out="${1:-$work/main.json}"
"$bicep" build "$root/infra/main.bicep" --outfile "$out"
"$bicep" lint "$root/infra/main.bicep"
echo "check-infra.sh: infra/main.bicep builds ($out)" >&2
