#!/usr/bin/env python3
"""Robustness probe for post pages: copies of the dev set's and eval's post pages with edits that keep every label
true, so a parser that reads the shape rather than the markup's names scores the same on them. Each variant is a
folder the scorer reads:

    python3 eval/perturb_posts.py /tmp/perturb-posts
    for v in noclass divs headshift indent crlf; do
      ../shared/devset/score out/cli/aggregator.dll posts --dir /tmp/perturb-posts/$v | tail -1; done

noclass   HTML: every class, id and style attribute removed (a hand-written page names nothing)
divs      HTML: article/section/main/header/footer/nav/aside written as plain div (older and generated pages)
headshift HTML: every heading one level lower (h1 -> h2 … h5 -> h6)
indent    text: every line indented by three spaces (w3m output of a centred container)
crlf      both: Windows line endings
"""
import os, re, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = [os.path.join(HERE, '..', '..', 'shared', 'devset', 'posts'), os.path.join(HERE, 'posts')]
if any(a in ('-h', '--help') for a in sys.argv[1:]):
    sys.exit(__doc__)
OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/perturb-posts'

def no_class(t):
    return re.sub(r'\s(?:class|id|style)\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>]+)', '', t, flags=re.I)

def plain_divs(t):
    return re.sub(r'<(/?)(?:article|section|main|header|footer|nav|aside)\b', r'<\1div', t, flags=re.I)

def heading_shift(t):
    return re.sub(r'<(/?)h([1-5])\b', lambda m: f'<{m.group(1)}h{int(m.group(2)) + 1}', t, flags=re.I)

def indent(t):
    return '\n'.join(('   ' + l) if l.strip() else l for l in t.split('\n'))

def crlf(t):
    return t.replace('\r\n', '\n').replace('\n', '\r\n')

VARIANTS = {
    'noclass': ('.html', no_class),
    'divs': ('.html', plain_divs),
    'headshift': ('.html', heading_shift),
    'indent': ('.txt', indent),
    'crlf': (None, crlf),
}

for name, (ext, fn) in VARIANTS.items():
    d = os.path.join(OUT, name, 'posts')
    shutil.rmtree(os.path.join(OUT, name), ignore_errors=True)
    os.makedirs(d)
    n = 0
    for src in SRC:
        if not os.path.isdir(src):
            continue
        for f in sorted(os.listdir(src)):
            stem, e = os.path.splitext(f)
            if e not in ('.txt', '.html') or (ext and e != ext):
                continue
            exp = os.path.join(src, stem + '.expected.json')
            if not os.path.isfile(exp):
                continue
            text = open(os.path.join(src, f), encoding='utf-8').read()
            changed = fn(text)
            if changed == text:
                continue  # nothing to perturb: the case would only repeat the unperturbed figure
            with open(os.path.join(d, f), 'w', encoding='utf-8', newline='') as w:
                w.write(changed)
            shutil.copy(exp, d)
            n += 1
    print(f'{name} {n} pages')
