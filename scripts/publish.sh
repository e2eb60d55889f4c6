#!/usr/bin/env bash
# Lays out publish/functions/: a custom-handler app root ready to zip-deploy to Azure Functions
# (Flex Consumption, runtime "custom"): host.json, one folder per function with its function.json,
# the self-contained linux-x64 handler executable named in host.json, sources.json and the samples it
# points at. Usage: scripts/publish.sh [sources.json to ship]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/publish/functions"
sources="${1:-$root/sources.json}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$out"
dotnet publish "$root/src/Functions" -c Release -p:PublishAppRoot=true -v quiet -clp:ErrorsOnly >&2
cp "$sources" "$out/sources.json"
# Local paths in sources.json are relative to it; ship the bundled samples so the demo sources resolve.
cp -r "$root/samples" "$out/samples"
chmod +x "$out/Aggregator.Functions"

for f in host.json Aggregator.Functions ScheduledIngest/function.json FeedJson/function.json; do
  [[ -e "$out/$f" ]] || { echo "publish.sh: $f is missing from $out" >&2; exit 1; }
done
echo "publish.sh: app root ready in $out (zip its contents to deploy)" >&2
