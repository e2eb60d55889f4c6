#!/usr/bin/env bash
# Checks the three feeds of a running server with independent validators:
#   JSON Feed 1.1 required fields (Python's json), RSS with feedparser (no bozo flag),
#   Atom with feedparser and jing against the RFC 4287 RELAX NG schema.
# Usage: scripts/check-feeds.sh URL_BASE [QUERY]     e.g. scripts/check-feeds.sh http://127.0.0.1:7071 'limit=20'
# Needs: curl, Debian's /usr/bin/python3 with python3-feedparser, jing
#   (sudo apt-get update && sudo apt-get install -y python3-feedparser jing).
set -euo pipefail

base="${1:?usage: $0 URL_BASE [QUERY]}"
base="${base%/}"
query="${2:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
schema="$here/../tests/Core.Tests/Feeds/atom.rnc"
python=/usr/bin/python3

fail() { echo "check-feeds: $*" >&2; exit 1; }
command -v curl >/dev/null || fail "curl not found"
[ -x "$python" ] || fail "$python not found; sudo apt-get install -y python3-feedparser"
"$python" -c 'import feedparser' 2>/dev/null || fail "feedparser missing for $python; sudo apt-get install -y python3-feedparser"
command -v jing >/dev/null || fail "jing not found; sudo apt-get install -y jing"
[ -f "$schema" ] || fail "schema not found at $schema"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for ext in json rss atom; do
  url="$base/api/feed.$ext${query:+?$query}"
  code="$(curl -sS -o "$work/feed.$ext" -D "$work/headers.$ext" -w '%{http_code}' "$url")" || fail "cannot fetch $url"
  [ "$code" = 200 ] || fail "$url answered HTTP $code"
  type="$(grep -i '^content-type:' "$work/headers.$ext" | tail -1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//')"
  case "$ext" in
    json) want='application/feed+json' ;;
    rss) want='application/rss+xml' ;;
    atom) want='application/atom+xml' ;;
  esac
  case "$type" in
    "$want"*charset=utf-8*) ;;
    *) fail "$url: Content-Type '$type', expected '$want; charset=utf-8'" ;;
  esac
  grep -qi '^access-control-allow-origin: *\*' "$work/headers.$ext" || fail "$url: no 'Access-Control-Allow-Origin: *' header"
  echo "fetched $url ($type, $(wc -c <"$work/feed.$ext") bytes)"
done

echo "== jing (RFC 4287 RELAX NG) on feed.atom"
# jing prints harmless classpath warnings on stderr; its exit code and stdout are the verdict.
if ! jing -c "$schema" "$work/feed.atom" 2>/dev/null; then
  fail "feed.atom does not validate against RFC 4287"
fi
echo "valid"

echo "== feedparser and JSON Feed checks"
"$python" - "$work" <<'PY'
import json, re, sys, urllib.parse
import feedparser

work = sys.argv[1]
problems = []
rfc3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

def absolute(u):
    p = urllib.parse.urlparse(u or "")
    return p.scheme in ("http", "https") and bool(p.netloc)

# JSON Feed 1.1
with open(f"{work}/feed.json", "rb") as f:
    raw = f.read()
if raw.startswith(b"\xef\xbb\xbf"):
    problems.append("feed.json starts with a BOM")
feed = json.loads(raw.decode("utf-8"))
if feed.get("version") != "https://jsonfeed.org/version/1.1":
    problems.append(f"feed.json version is {feed.get('version')!r}")
if not isinstance(feed.get("title"), str):
    problems.append("feed.json has no title")
for key in ("home_page_url", "feed_url"):
    if key in feed and not absolute(feed[key]):
        problems.append(f"feed.json {key} is not absolute: {feed[key]!r}")
items = feed.get("items")
if not isinstance(items, list):
    problems.append("feed.json items is not a list")
    items = []
json_ids = []
for i, item in enumerate(items):
    where = f"feed.json item {i} ({item.get('id')!r})"
    if not isinstance(item.get("id"), str) or not item["id"]:
        problems.append(f"{where}: no id")
    json_ids.append(item.get("id"))
    if not isinstance(item.get("content_html"), str) and not isinstance(item.get("content_text"), str):
        problems.append(f"{where}: neither content_html nor content_text")
    for key in ("url", "external_url"):
        if key in item and not absolute(item[key]):
            problems.append(f"{where}: {key} not absolute: {item[key]!r}")
    for key in ("date_published", "date_modified"):
        if key in item and not rfc3339.match(item[key]):
            problems.append(f"{where}: {key} not RFC 3339: {item[key]!r}")
    for a in item.get("authors", []):
        if not isinstance(a, dict) or not isinstance(a.get("name"), str):
            problems.append(f"{where}: bad author {a!r}")
    if not isinstance(item.get("tags", []), list):
        problems.append(f"{where}: tags is not a list")
    record = item.get("_aggregator")
    if not isinstance(record, dict) or record.get("id") != item.get("id") or "kind" not in record:
        problems.append(f"{where}: _aggregator is not the record")
print(f"feed.json: {len(items)} items")

# RSS and Atom with feedparser
expected_ids = ["urn:aggregator:" + urllib.parse.quote(i or "", safe="") for i in json_ids]
for ext, version in (("rss", "rss20"), ("atom", "atom10")):
    d = feedparser.parse(f"{work}/feed.{ext}")
    if d.bozo:
        problems.append(f"feed.{ext}: feedparser bozo: {d.get('bozo_exception')!r}")
    if d.version != version:
        problems.append(f"feed.{ext}: feedparser version {d.version!r}, expected {version}")
    ids = [e.get("id") for e in d.entries]
    if ids != expected_ids:
        problems.append(f"feed.{ext}: ids {ids[:3]}... differ from feed.json's {expected_ids[:3]}...")
    for e in d.entries:
        if not e.get("title"):
            problems.append(f"feed.{ext}: entry {e.get('id')} has no title")
        for link in e.get("links", []):
            if not absolute(link.get("href")):
                problems.append(f"feed.{ext}: entry {e.get('id')} has a non-absolute link {link.get('href')!r}")
    print(f"feed.{ext}: {len(d.entries)} entries, version {d.version}, bozo {bool(d.bozo)}")

if problems:
    print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
PY
echo "check-feeds: all three feeds are valid"
