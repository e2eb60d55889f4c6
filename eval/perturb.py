#!/usr/bin/env python3
"""Robustness probe: perturbed copies of the dev set's and eval's Markdown profile pages, with edits that keep every
label true (publication headings renamed to "Selected work", bullets numbered or turned into paragraphs, bold written
with underscores, front matter removed or added), so a parser that reads the shape rather than the sample scores the
same on them. Each variant is a folder the scorer reads:

    python3 eval/perturb.py /tmp/perturb
    for v in topic numbered paras underscore nofm addfm; do
      ../shared/devset/score out/cli/aggregator.dll publications --dir /tmp/perturb/$v | tail -1; done
"""
import json, os, re, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = [os.path.join(HERE, '..', '..', 'shared', 'devset', 'publications'), os.path.join(HERE, 'publications')]
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/perturb'
def headings_topic(t):
    # "## Publications" -> "## Selected work"; keeps other headings
    return re.sub(r'^(#{1,4})\s*(?:Selected\s+|Recent\s+)?(?:Publications?|Papers|Journal Articles|Peer[- ]reviewed (?:papers|articles|publications))\s*$',
                  r'\1 Selected work', t, flags=re.M|re.I)
def bullets_numbered(t):
    n = [0]
    def rep(m):
        n[0] += 1
        return f"{m.group(1)}{n[0]}. "
    return re.sub(r'^( {0,3})[-*+] (?=\S)', rep, t, flags=re.M)
def bullets_paragraphs(t):
    return re.sub(r'^( {0,3})[-*+] (?=\S)', lambda m: '\n', t, flags=re.M)
def emphasis_underscore(t):
    t = re.sub(r'(?<![*\w])\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*(?![*\w])', r'__\1__', t)
    return t
def no_front_matter(t):
    return re.sub(r'\A---\n.*?\n---\n', '', t, flags=re.S)
def add_front_matter(t):
    return t if t.startswith('---\n') else '---\nlayout: page\ntitle: "Research"\n---\n\n' + t
VARIANTS = dict(topic=headings_topic, numbered=bullets_numbered, paras=bullets_paragraphs,
                underscore=emphasis_underscore, nofm=no_front_matter, addfm=add_front_matter)
for name, f in VARIANTS.items():
    d = os.path.join(OUT, name, 'publications'); os.makedirs(d, exist_ok=True)
    os.makedirs(os.path.join(OUT, name, 'posts'), exist_ok=True)
    changed = 0
    for src in SRC:
        for fn in sorted(os.listdir(src)):
            if not fn.endswith('.md'): continue
            text = open(os.path.join(src, fn), encoding='utf-8').read()
            new = f(text)
            if new == text: continue
            changed += 1
            open(os.path.join(d, fn), 'w', encoding='utf-8').write(new)
            shutil.copy(os.path.join(src, fn[:-3] + '.expected.json'), d)
    print(name, changed, 'pages')
