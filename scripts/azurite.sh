#!/usr/bin/env bash
# Starts Azurite (local Azure Storage: blob, queue, table) on 127.0.0.1 from the repository's
# node_modules, waits until its ports answer, and prints its connection string on stdout.
#
# Usage: scripts/azurite.sh [options]
#   --blob-port N --queue-port N --table-port N   ports to use (default: free ones picked now)
#   --in-memory                                   keep data in memory only (the default)
#   --location DIR                                persist data under DIR instead
#   --pid-file FILE                               write Azurite's process id to FILE (stop it with kill)
#   --log FILE                                    Azurite's output (default: a temp file, named on stderr)
#   --foreground                                  print the connection string, then run Azurite in the
#                                                 foreground until interrupted
#   --timeout SECONDS                             how long to wait for the ports (default 60)
#
# Typical use from another script:
#   conn=$(scripts/azurite.sh --pid-file .azurite/pid) && export AzureWebJobsStorage="$conn"
#   ... ; kill "$(cat .azurite/pid)"
# Only the connection string goes to stdout; everything else goes to stderr.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
blob_port="" queue_port="" table_port=""
location="" pid_file="" log_file="" foreground=false timeout=60

die() { echo "azurite.sh: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --blob-port) blob_port="${2:?}"; shift 2 ;;
    --queue-port) queue_port="${2:?}"; shift 2 ;;
    --table-port) table_port="${2:?}"; shift 2 ;;
    --in-memory) location=""; shift ;;
    --location) location="${2:?}"; shift 2 ;;
    --pid-file) pid_file="${2:?}"; shift 2 ;;
    --log) log_file="${2:?}"; shift 2 ;;
    --foreground) foreground=true; shift ;;
    --timeout) timeout="${2:?}"; shift 2 ;;
    -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

command -v node >/dev/null || die "node is not installed (Azurite needs Node.js 20 or later)"
azurite_js="$root/node_modules/azurite/dist/src/azurite.js"
[[ -f "$azurite_js" ]] || die "Azurite is not installed in $root/node_modules: run 'npm ci' in $root"

# Free ports: bind port 0 (the OS picks), all three at once so they differ, then release them.
if [[ -z "$blob_port" || -z "$queue_port" || -z "$table_port" ]]; then
  read -r free1 free2 free3 < <(node -e '
    const net = require("net"); const servers = [0, 1, 2].map(() => net.createServer());
    Promise.all(servers.map(s => new Promise(r => s.listen(0, "127.0.0.1", () => r(s.address().port)))))
      .then(ports => { console.log(ports.join(" ")); servers.forEach(s => s.close()); });')
  blob_port="${blob_port:-$free1}"; queue_port="${queue_port:-$free2}"; table_port="${table_port:-$free3}"
fi

args=(--blobHost 127.0.0.1 --blobPort "$blob_port"
      --queueHost 127.0.0.1 --queuePort "$queue_port"
      --tableHost 127.0.0.1 --tablePort "$table_port"
      --skipApiVersionCheck --loose --disableTelemetry --silent)
if [[ -n "$location" ]]; then
  mkdir -p "$location"
  args+=(--location "$location")
else
  args+=(--inMemoryPersistence)
fi

account=devstoreaccount1
# Azurite's fixed, publicly documented development key (not a secret).
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
conn="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob_port/$account;QueueEndpoint=http://127.0.0.1:$queue_port/$account;TableEndpoint=http://127.0.0.1:$table_port/$account;"

if $foreground; then
  echo "$conn"
  exec node "$azurite_js" "${args[@]}"
fi

if [[ -z "$log_file" ]]; then log_file="$(mktemp -t azurite.XXXXXX.log)"; fi
# Azurite's output goes to the log so that a caller's $(...) does not wait on an open stdout.
node "$azurite_js" "${args[@]}" >"$log_file" 2>&1 </dev/null &
pid=$!
if [[ -n "$pid_file" ]]; then mkdir -p "$(dirname "$pid_file")"; echo "$pid" >"$pid_file"; fi
echo "azurite.sh: Azurite (pid $pid) starting on blob $blob_port, queue $queue_port, table $table_port; log $log_file" >&2

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
deadline=$((SECONDS + timeout))
until port_answers "$blob_port" && port_answers "$queue_port" && port_answers "$table_port"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log_file" >&2 || true
    die "Azurite exited before its ports answered (log above)"
  fi
  if (( SECONDS >= deadline )); then
    kill "$pid" 2>/dev/null || true
    die "Azurite's ports did not answer within ${timeout}s (log: $log_file)"
  fi
  sleep 0.2
done

echo "$conn"
