# Sets 22 and 23 selection rule (blind sets; written down and fixed before
# reading any candidate text; run once). Adapted from /work/wt/blind4/pick.py.
#
# Set 22: /work/shared/data/ner-extra/wikifane-gold-2014.txt (WikiFANE Gold,
#   `token<TAB>tag` lines, blank line = sentence break). A sentence counts if
#   its first token line is numbered < 251000 (1-based). Its text = its tokens
#   joined by single spaces, except that a token that is exactly «و» is joined
#   to the following token without a space.
# Set 23: /work/shared/data/ner-extra/unlabelled/ant-jawharafm-2017.txt, one
#   paragraph a line, the line as is, lines numbered >= 30000 (1-based).
#
# Common: a candidate is 120-450 code points long and shares no 40-code-point
# stretch with the texts of held-out sets 1-21
# (/work/main/app/timex/testdata/heldout*.json), /work/shared/data/articles/*,
# the articles of the gold timex files (/work/shared/data/gold/timex/*.json ->
# "file"; seed_article.txt is /work/shared/data/seed/article.txt), or whatever exists in /work/wt/blind5 and /work/wt/blind6 when this
# is run (every string in their *.json files, and their *.txt/*.md files).
# Exact duplicates kept once (first occurrence).
# Filter: an ASCII or Eastern Arabic digit, or a month name as a word
#   (Gregorian, Levantine, Maghrebi, Hijri), or one of أمس اليوم غدا الماضي
#   المقبل القادم الساعة صباح مساء أسبوع شهر عام سنة as a word (optional
#   proclitic و ب ل ف, optional article ال).
# From the n candidates of each set (file order) take indices
#   (n//29 + k*n//36) % n, k = 0..34.
import json, glob, re, os

SRC22 = '/work/shared/data/ner-extra/wikifane-gold-2014.txt'
SRC23 = '/work/shared/data/ner-extra/unlabelled/ant-jawharafm-2017.txt'
OUT = '/work/wt/blind5/picked.json'

seen = []
for f in sorted(glob.glob('/work/main/app/timex/testdata/heldout*.json')):
    for it in json.load(open(f, encoding='utf-8'))['items']:
        seen.append(it['text'])
arts = set(glob.glob('/work/shared/data/articles/*'))
for g in glob.glob('/work/shared/data/gold/timex/*.json'):
    fn = json.load(open(g, encoding='utf-8')).get('file')
    if fn:
        for path in ('/work/shared/data/articles/' + fn, '/work/shared/data/' + fn,
                     '/work/shared/data/seed/' + fn,
                     '/work/shared/data/seed/' + fn.replace('seed_', '')):
            if os.path.isfile(path):
                arts.add(path)
                break
        else:
            raise SystemExit('gold article not found: ' + fn)
for f in sorted(arts):
    if os.path.isfile(f):
        seen.append(open(f, encoding='utf-8', newline='').read())


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


nblind = 0
for d in ('/work/wt/blind5', '/work/wt/blind6'):
    for f in sorted(glob.glob(d + '/*.json')):
        try:
            j = json.load(open(f, encoding='utf-8'))
        except Exception:
            continue
        for s in strings(j):
            seen.append(s); nblind += 1
    for f in sorted(glob.glob(d + '/*.txt') + glob.glob(d + '/*.md')):
        seen.append(open(f, encoding='utf-8', newline='').read()); nblind += 1
print('exclusion texts', len(seen), 'of which from blind5/blind6', nblind)

grams = set()
for s in seen:
    for i in range(0, max(1, len(s) - 39)):
        grams.add(s[i:i + 40])

months = ('يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه '
          'أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر '
          'جانفي فيفري أفريل افريل ماي جوان جويلية جويلة أوت '
          'كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين '
          'محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة').split()
keywords = 'أمس اليوم غدا الماضي المقبل القادم الساعة صباح مساء أسبوع شهر عام سنة'.split()


def wordre(ws, art=False):
    a = '(?:ال)?' if art else ''
    return re.compile(r'(?<![\w])[وبلف]?' + a + '(?:' + '|'.join(ws) + r')(?![\w])')


mre = wordre(months)
kre = wordre(keywords, art=True)
dre = re.compile(r'[0-9٠-٩]')


def ok(t):
    return bool(dre.search(t) or mre.search(t) or kre.search(t))


def fresh(t):
    return not any(t[i:i + 40] in grams for i in range(0, max(1, len(t) - 39)))


def units23():
    return [(no, ln) for no, ln in
            enumerate(open(SRC23, encoding='utf-8').read().split('\n'), 1) if no >= 30000]


def units22():
    out, toks, first = [], [], None
    for no, ln in enumerate(open(SRC22, encoding='utf-8').read().split('\n'), 1):
        if ln.strip() == '':
            if toks:
                out.append((first, toks))
            toks, first = [], None
            continue
        tok = ln.split('\t')[0]
        if first is None:
            first = no
        toks.append(tok)
    if toks:
        out.append((first, toks))
    res = []
    for first, toks in out:
        if first >= 251000:
            continue
        s = ''
        for i, tk in enumerate(toks):
            s += tk
            if tk != 'و' and i < len(toks) - 1:
                s += ' '
        res.append((first, s))
    return res


def cands(units):
    out, dup = [], set()
    for no, t in units:
        if not 120 <= len(t) <= 450 or t in dup:
            continue
        if not ok(t) or not fresh(t):
            continue
        dup.add(t)
        out.append((no, t))
    return out


picked = {}
for name, units in [('22', units22()), ('23', units23())]:
    c = cands(units)
    n = len(c)
    idx = [(n // 29 + k * n // 36) % n for k in range(35)]
    assert len(set(idx)) == len(idx)
    picked[name] = {'n': n, 'units': len(units),
                    'items': [{'cand': i, 'line': c[i][0], 'text': c[i][1]} for i in idx]}
    print('set', name, 'units', len(units), 'candidates', n, 'indices', idx)
json.dump(picked, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
