#!/usr/bin/env bash
# Runs the benchmarks (Release, BenchmarkDotNet). Numbers go to docs/benchmarks.md by hand.
# Usage: bench/run.sh [--filter '*Parsing*'] [--job short]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dotnet run -c Release --project bench/Aggregator.Bench -- --filter "${FILTER:-*}" "$@"
