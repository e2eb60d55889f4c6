#!/usr/bin/env bash
# Load on a running app's feeds with wrk (Debian package `wrk`): requests/s and latency per route.
# Start the app first (./run.sh), then: bench/load.sh [URL_BASE] [SECONDS]
set -euo pipefail
base="${1:-http://127.0.0.1:7071}"; base="${base%/}"
seconds="${2:-10}"
command -v wrk >/dev/null || { echo "load.sh: wrk not found (sudo apt-get install -y wrk)" >&2; exit 1; }
for route in feed.json feed.rss feed.atom "feed.json?kind=publication&author=priya%20raman" "feed.atom?limit=500"; do
  echo "== GET /api/$route (2 threads, 16 connections, ${seconds}s)"
  wrk -t2 -c16 -d"${seconds}s" --latency "$base/api/$route" | grep -E "Requests/sec|Latency  |99%|Non-2xx"
done
