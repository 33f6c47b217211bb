# Sets 26 and 27 selection rule (blind sets; written down and fixed before
# reading any candidate text; run once). Adapted from /work/wt/blind6/pick.py.
#
# Set 26: /work/shared/data/ner-extra/wikifane-gold-2014.txt (WikiFANE Gold,
#   `token<TAB>tag` lines, blank line = sentence break; a sentence = a maximal
#   run of non-blank lines). All sentences. Its text = its tokens (the field before the
#   first TAB) joined by single spaces, except that a token that is exactly
#   «و» is joined to the following token without a space.
# Set 27: /work/shared/data/ner-extra/unlabelled/arwiki-20170120.txt, one
#   paragraph a line, the line as is, lines numbered >= 100000 (1-based).
#
# Common: a candidate is 120-450 code points long and shares no 40-code-point
# stretch with the texts of held-out sets 1-25
# (/work/wt/wire3/app/timex/testdata/heldout*.json), /work/shared/data/articles/*,
# the gold timex files' texts (every string in /work/shared/data/gold/timex/*.json,
# plus the article each names in "file"; seed_article.txt is
# /work/shared/data/seed/article.txt), or whatever exists in /work/wt/blind5
# and /work/wt/blind6 when this is run (every string in their *.json files,
# and the content of their *.txt/*.md files).
# Exact duplicates kept once (first occurrence).
# Filter: an ASCII or Eastern Arabic digit, or a month name as a word
#   (Gregorian, Levantine, Maghrebi, Hijri), or one of أمس اليوم غدا الماضي
#   المقبل القادم الساعة صباح مساء أسبوع شهر عام سنة قرن as a word (optional
#   proclitic و ب ل ف, optional article ال).
# From the n candidates of each set (file order) take indices
#   (n//41 + k*n//30) % n, k = 0..29.
import json, glob, re, os

SRC26 = '/work/shared/data/ner-extra/wikifane-gold-2014.txt'
SRC27 = '/work/shared/data/ner-extra/unlabelled/arwiki-20170120.txt'
OUT = '/work/wt/blind7/picked.json'
assert not os.path.exists(OUT), 'pick.py is run once'


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


seen = []
for f in sorted(glob.glob('/work/wt/wire3/app/timex/testdata/heldout*.json')):
    for it in json.load(open(f, encoding='utf-8'))['items']:
        seen.append(it['text'])
arts = set(glob.glob('/work/shared/data/articles/*'))
for g in sorted(glob.glob('/work/shared/data/gold/timex/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    seen.extend(strings(d))
    fn = d.get('file')
    if fn:
        for path in ('/work/shared/data/articles/' + fn, '/work/shared/data/' + fn,
                     '/work/shared/data/seed/' + fn,
                     '/work/shared/data/seed/' + fn.replace('seed_', '')):
            if os.path.isfile(path):
                arts.add(path)
                break
        else:
            raise SystemExit('gold article not found: ' + fn)
for d in ('/work/wt/blind5', '/work/wt/blind6'):
    for f in sorted(glob.glob(d + '/*.json')):
        seen.extend(strings(json.load(open(f, encoding='utf-8'))))
    for f in sorted(glob.glob(d + '/*.txt') + glob.glob(d + '/*.md')):
        arts.add(f)
for f in sorted(arts):
    if os.path.isfile(f):
        seen.append(open(f, encoding='utf-8', newline='').read())
grams = set()
for s in seen:
    for i in range(0, len(s) - 39):
        grams.add(s[i:i + 40])

months = ('يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه '
          'أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر '
          'جانفي فيفري أفريل افريل ماي جوان جويلية جويلة أوت '
          'كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين '
          'محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة').split()
keywords = 'أمس اليوم غدا الماضي المقبل القادم الساعة صباح مساء أسبوع شهر عام سنة قرن'.split()


def wordre(ws, art=False):
    a = '(?:ال)?' if art else ''
    return re.compile(r'(?<![\w])[وبلف]?' + a + '(?:' + '|'.join(ws) + r')(?![\w])')


mre = wordre(months)
kre = wordre(keywords, art=True)
dre = re.compile(r'[0-9٠-٩]')


def ok(t):
    return bool(dre.search(t) or mre.search(t) or kre.search(t))


def fresh(t):
    return not any(t[i:i + 40] in grams for i in range(0, len(t) - 39))


def wikifane(path, first):
    out, toks, start = [], [], None
    for no, ln in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if ln.strip() == '':
            if toks:
                out.append((start, toks))
            toks, start = [], None
            continue
        if start is None:
            start = no
        toks.append(ln.split('\t')[0])
    if toks:
        out.append((start, toks))
    units = []
    for start, toks in out:
        if start < first:
            continue
        t = ''
        for j, tok in enumerate(toks):
            t += tok
            if j + 1 < len(toks) and tok != 'و':
                t += ' '
        units.append((start, t))
    return units


def lines(path, first):
    return [(no, ln) for no, ln in
            enumerate(open(path, encoding='utf-8').read().split('\n'), 1) if no >= first]


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
for name, units in [('26', wikifane(SRC26, 1)), ('27', lines(SRC27, 100000))]:
    c = cands(units)
    n = len(c)
    idx = [(n // 41 + k * n // 30) % n for k in range(30)]
    assert len(set(idx)) == len(idx)
    picked[name] = {'n': n, 'items': [{'cand': i, 'line': c[i][0], 'text': c[i][1]} for i in idx]}
    print('set', name, 'units', len(units), 'candidates', n, 'indices', idx)
json.dump(picked, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
