#!/usr/bin/env python3
"""Robustness probe: perturbed copies of the dev set's and eval's Markdown profile pages, with edits that keep every
label true (publication headings renamed to "Selected work", bullets numbered or turned into paragraphs, bold written
with underscores, front matter removed or added), so a parser that reads the shape rather than the sample scores the
same on them. Each variant is a folder the scorer reads:

    python3 eval/perturb.py /tmp/perturb
    for v in topic numbered paras underscore nofm addfm htmllist htmlparas wrapped boldheads; do
      ../shared/devset/score out/cli/aggregator.dll publications --dir /tmp/perturb/$v | tail -1; done
"""
import json, os, re, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = [os.path.join(HERE, '..', '..', 'shared', 'devset', 'publications'), os.path.join(HERE, 'publications')]
if any(a in ('-h', '--help') for a in sys.argv[1:]):
    sys.exit(__doc__)
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
def inline_html(s):
    # the inline Markdown a list item carries, written as the HTML a page author would type instead
    s = re.sub(r'\[((?:\[[^\]\n]*\]|[^\]\n])*)\]\(([^)\s]+)\)', r'<a href="\2">\1</a>', s)
    s = re.sub(r'(?<![*\w])\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*(?![*\w])', r'<b>\1</b>', s)
    s = re.sub(r'(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])', r'<em>\1</em>', s)
    return re.sub(r'(?<![_\w])_(?=\S)([^_\n]+?)(?<=\S)_(?![_\w])', r'<em>\1</em>', s)
def list_runs(t, wrap_list, wrap_item):
    # each run of top-level bullets (with its continuation lines, indented or lazy, and nested bullets) becomes one
    # HTML block; a line the author broke on purpose (two trailing spaces, a nested bullet) becomes a <br>
    out, items, lines = [], [], t.split('\n')
    def flush():
        if items: out.append(wrap_list('\n'.join(wrap_item(inline_html(join(i))) for i in items)))
        items.clear()
    def join(item):
        text = item[0].strip()
        for prev, cur in zip(item, item[1:]):
            nested = re.match(r'^ {2,}[-*+] ', cur)
            broke = prev.endswith('  ') or prev.endswith('\\') or nested
            text = text.rstrip('\\').rstrip() + ('<br>' if broke else ' ') + re.sub(r'^ *[-*+] ', '', cur).strip()
        return text
    for k, line in enumerate(lines):
        m = re.match(r'^[-*+] (?=\S)(.*)$', line)
        if m: items.append([m.group(1)]); continue
        if items and line.strip() and not re.match(r'^(?:#|<|```|\d{1,3}[.)] |\||>)', line.lstrip()):
            items[-1].append(line); continue
        # a blank line inside an item (its next paragraph indented under the bullet) breaks the line, not the list
        if items and not line.strip() and k + 1 < len(lines) and re.match(r'^ {2,}\S', lines[k + 1]):
            items[-1][-1] += '  '; continue
        flush(); out.append(line)
    flush()
    return '\n'.join(out)
def html_list(t):
    return list_runs(t, lambda b: '<ul>\n' + b + '\n</ul>', lambda i: '<li>' + i + '</li>')
def html_paragraphs(t):
    return list_runs(t, lambda b: '<div class="publications">\n' + b + '\n</div>', lambda i: '<p>' + i + '</p>')
def hard_wrapped(t):
    # bullets hard-wrapped near 80 columns with a two-space continuation, as editors with fill-column do
    def wrap(m):
        words, lines, cur = m.group(2).split(' '), [], m.group(1)
        for w in words:
            if len(cur) + len(w) > 80 and cur.strip() not in ('-', '*', '+', ''):
                lines.append(cur.rstrip()); cur = '  '
            cur += w + ' '
        lines.append(cur.rstrip())
        return '\n'.join(lines)
    return re.sub(r'^([-*+] )(\S.{80,})$', wrap, t, flags=re.M)
def bold_headings(t):
    # "## Publications" written as a bold line, as many hand-written pages do (a paragraph of its own: an author who
    # sees "Publications 2023 Schreiner, M." run together on the page puts the blank line in)
    return re.sub(r'^#{2,4}\s+(.+?)\s*#*\s*$', r'\n**\1**\n', t, flags=re.M)
VARIANTS = dict(topic=headings_topic, numbered=bullets_numbered, paras=bullets_paragraphs,
                underscore=emphasis_underscore, nofm=no_front_matter, addfm=add_front_matter,
                htmllist=html_list, htmlparas=html_paragraphs, wrapped=hard_wrapped, boldheads=bold_headings)
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
