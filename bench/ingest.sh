#!/usr/bin/env bash
# Ingestion end to end against a real Azurite: a 500-entry BibTeX file and a 100-post group page, ingested
# three times with the `aggregator` CLI (first: all added; second: nothing changed; third: a page where
# one post was edited and one removed). Prints wall time and peak memory of each run.
# Usage: bench/ingest.sh [ENTRIES] [POSTS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
entries="${1:-500}" posts="${2:-100}"
work="$(mktemp -d)"
trap 'kill "$(cat "$work/azurite.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT

[[ -f node_modules/azurite/dist/src/azurite.js ]] || npm ci --no-audit --no-fund --loglevel=error >&2
dotnet build src/Cli -c Release -o "$work/cli" -v quiet -clp:ErrorsOnly >&2
export AzureWebJobsStorage="$(scripts/azurite.sh --pid-file "$work/azurite.pid")"

python3 - "$work" "$entries" "$posts" <<'PY'
import json, sys
work, entries, posts = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(f"{work}/lab.bib", "w") as f:
    f.write("@string{icml = {International Conference on Machine Learning}}\n\n")
    for i in range(entries):
        f.write(f"@inproceedings{{key{i},\n  title = {{A {{Study}} of M\\'ethode {i} for $k$-Means}},\n"
                f"  author = {{Jastrz{{\\k{{e}}}}bski, Stanis{{\\l}}aw and M{{\\\"u}}ller, Anna and Doe, John}},\n"
                f"  booktitle = icml,\n  year = {{{2000 + i % 25}}},\n  doi = {{10.5555/bench.{i}}}\n}}\n\n")
def page(edited=False, removed=False):
    lines = ["Bench Reading Group", "", "We read papers together every week and write up what we learned.", ""]
    for i in range(posts):
        if removed and i == posts // 3: continue
        word = "fourteen" if edited and i == posts // 2 else "twelve"
        lines.append(f"Hey everyone! Session {i} covered paper number {i} on optimisation, and {word} people came to discuss it.")
        lines.append("")
        lines.append(f"Notes for session {i} are in the shared folder; the next reading is announced on the list.")
    lines.append("© Bench Reading Group · Contact")
    return "\n".join(lines) + "\n"
open(f"{work}/group.txt", "w").write(page())
open(f"{work}/group-changed.txt", "w").write(page(edited=True, removed=True))
json.dump({"sources": [{"id": "bench-bib", "url": "lab.bib"}, {"id": "bench-group", "url": "group.txt", "format": "group-posts"}]},
          open(f"{work}/sources.json", "w"))
PY

run() {
  local label="$1"
  /usr/bin/time -f "%e s wall, %M KiB peak" -o "$work/time" \
    dotnet "$work/cli/aggregator.dll" ingest --sources "$work/sources.json" > "$work/report" 2>&1 || { cat "$work/report"; exit 1; }
  echo "$label: $(cat "$work/time")"
  grep -E "^\s*(ok|FAILED)" "$work/report" | sed "s/^ */    /" || true
}
echo "== ingest $entries BibTeX entries + $posts posts (Azurite in memory)"
run "first run (all added)"
run "second run (nothing changed)"
cp "$work/group-changed.txt" "$work/group.txt"
run "third run (one post edited, one removed)"
