#!/usr/bin/env bash
# Runs Aggregator locally: installs what is missing, starts Azurite (local Azure Storage) on 127.0.0.1,
# starts the Function App standalone on http://127.0.0.1:7071 (AGGREGATOR_URLS overrides), ingests the
# sources (sources.json: the bundled samples), prints the feed URLs and the admin key, and serves until
# Ctrl-C, which stops everything this script started.
#
# Settings (environment): AGGREGATOR_URLS, AGGREGATOR_ADMIN_KEY (generated when unset),
# AGGREGATOR_SOURCES (default sources.json), INGEST_SCHEDULE, AGGREGATOR_INGEST_ON_START (default true),
# AzureWebJobsStorage (when set, no Azurite is started and that storage is used). See README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root="$PWD"
state="$root/.run"
mkdir -p "$state"

say() { echo "run.sh: $*" >&2; }
die() { say "$*"; exit 1; }

started_pids=()
cleanup() {
  local code=$?
  trap - INT TERM EXIT
  if ((${#started_pids[@]})); then
    say "stopping (pids ${started_pids[*]})"
    for pid in "${started_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${started_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v dotnet >/dev/null || die ".NET SDK not found: install .NET 10 (https://dot.net) and run again"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

urls="${AGGREGATOR_URLS:-http://127.0.0.1:7071}"
base="${urls%%;*}"; base="${base%/}"
app_port="${base##*:}"
if [[ "$app_port" =~ ^[0-9]+$ ]] && port_busy "$app_port"; then
  die "port $app_port is in use: stop what listens there or set AGGREGATOR_URLS (e.g. http://127.0.0.1:7072)"
fi

# 1. Azurite, unless a storage connection is given.
if [[ -z "${AzureWebJobsStorage:-}" ]]; then
  command -v node >/dev/null && command -v npm >/dev/null || die "Node.js and npm are needed for Azurite (local storage)"
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json \
        || ! -f node_modules/azurite/dist/src/azurite.js ]]; then
    say "installing Azurite (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
  ports=()
  if ! port_busy 10000 && ! port_busy 10001 && ! port_busy 10002; then
    ports=(--blob-port 10000 --queue-port 10001 --table-port 10002)
  else
    say "ports 10000-10002 are busy; Azurite takes free ports"
  fi
  AzureWebJobsStorage="$(scripts/azurite.sh "${ports[@]}" --in-memory --pid-file "$state/azurite.pid" --log "$state/azurite.log")"
  started_pids+=("$(cat "$state/azurite.pid")")
  export AzureWebJobsStorage
else
  say "using the storage in AzureWebJobsStorage (no Azurite started)"
fi

# 2. Build the Function App.
say "building the Function App"
dotnet build src/Functions -c Release --nologo -v quiet -clp:ErrorsOnly -o "$state/functions" >&2

# 3. Start it standalone.
if [[ -z "${AGGREGATOR_ADMIN_KEY:-}" ]]; then
  AGGREGATOR_ADMIN_KEY="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
  key_note="(generated for this run; set AGGREGATOR_ADMIN_KEY to choose one)"
else
  key_note="(from AGGREGATOR_ADMIN_KEY)"
fi
export AGGREGATOR_ADMIN_KEY AGGREGATOR_URLS="$urls"
export AGGREGATOR_SOURCES="${AGGREGATOR_SOURCES:-$root/sources.json}"
export AGGREGATOR_INGEST_ON_START="${AGGREGATOR_INGEST_ON_START:-true}"
unset FUNCTIONS_CUSTOMHANDLER_PORT

say "starting the Function App on $base (log: .run/functions.log)"
(cd "$root" && exec dotnet "$state/functions/Aggregator.Functions.dll") > >(tee "$state/functions.log" >&2) 2>&1 &
app_pid=$!
started_pids+=("$app_pid")

# 4. Wait until it serves and the first ingestion has recorded every source.
deadline=$((SECONDS + 90))
until curl -fsS -o /dev/null "$base/api/health" 2>/dev/null; do
  kill -0 "$app_pid" 2>/dev/null || die "the Function App exited (see above)"
  ((SECONDS < deadline)) || die "the Function App did not answer $base/api/health within 90 s"
  sleep 0.5
done
expected="$(node -e 'const f=require(process.argv[1]); console.log((Array.isArray(f)?f:f.sources).length)' "$AGGREGATOR_SOURCES" 2>/dev/null || echo 0)"
if [[ "$AGGREGATOR_INGEST_ON_START" == "true" && "$expected" -gt 0 ]]; then
  say "ingesting $expected sources"
  until [[ "$(curl -fsS -H "x-functions-key: $AGGREGATOR_ADMIN_KEY" "$base/api/sources" 2>/dev/null \
              | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).sources.length)}catch{console.log(0)}})')" -ge "$expected" ]]; do
    kill -0 "$app_pid" 2>/dev/null || die "the Function App exited (see above)"
    ((SECONDS < deadline + 60)) || { say "ingestion is taking long; serving anyway"; break; }
    sleep 0.5
  done
  curl -fsS -H "x-functions-key: $AGGREGATOR_ADMIN_KEY" "$base/api/sources" | node -e '
    let s=""; process.stdin.on("data", d => s += d).on("end", () => {
      for (const x of JSON.parse(s).sources)
        console.error(`  ${x.ok ? "ok    " : "FAILED"} ${x.sourceId}: ${x.ok ? x.itemCount + " items (" + x.format + ")" : x.error}`);
    });' || true
fi

cat >&2 <<INFO

Aggregator is running. Ctrl-C stops it (and Azurite).
  JSON Feed   $base/api/feed.json
  RSS         $base/api/feed.rss
  Atom        $base/api/feed.atom
  Health      $base/api/health
  Admin key   $AGGREGATOR_ADMIN_KEY $key_note
  Re-ingest   curl -X POST -H "x-functions-key: $AGGREGATOR_ADMIN_KEY" $base/api/admin/ingest
  Statuses    curl -H "x-functions-key: $AGGREGATOR_ADMIN_KEY" $base/api/sources

INFO

wait "$app_pid"
