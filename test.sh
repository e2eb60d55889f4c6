#!/usr/bin/env bash
# The whole test suite: unit tests and integration tests against a real Azurite, which the test
# fixture (tests/Shared/AzuriteFixture.cs) starts itself on free ports. Exit 0 only when all pass.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Azurite comes from npm; reinstall when node_modules is missing or older than the lock file.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json \
      || ! -f node_modules/azurite/dist/src/azurite.js ]]; then
  echo "test.sh: installing npm packages (npm ci)" >&2
  npm ci --no-audit --no-fund
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test Aggregator.sln "$@"
