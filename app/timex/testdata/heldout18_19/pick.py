# Sets 18 and 19 selection rule (blind sets; written down and fixed before
# reading any candidate; run once).
#
# Common: no candidate may share a 40-code-point stretch with the texts of
# held-out sets 1-17 (/work/wt/wire3/app/timex/testdata/heldout*.json, plus the
# copies in /work/main/app/timex/testdata, /work/wt/blind and /work/wt/blind2),
# the testdata articles (app/timex/testdata/articles/* in /work/main and
# /work/wt/wire3), /work/shared/data/articles/* and the articles of the gold
# timex files (/work/shared/data/gold/timex/*.json -> their "file"). Exact
# duplicate candidates are kept once (first occurrence).
#
# Filter (the filter of set 14): the text contains an ASCII or Eastern Arabic
#   digit, or a month name (Gregorian, Levantine, Maghrebi, Hijri) as a word, or
#   one of أمس اليوم غدا الماضي المقبل القادم الساعة صباح مساء أسبوع شهر عام سنة
#   as a word (optional proclitic و ب ل ف, optional article ال).
# Set 18 (ANERcorp test, /work/shared/data/anercorp/test.txt): a sentence is the
#   run of `token TAG` lines between blank lines, rebuilt by joining the tokens
#   with single spaces (as set 14). Candidate: 120-450 code points + filter.
# Set 19 (AQMAR dev, /work/shared/data/aqmar-dev/*.txt in sorted file order):
#   same sentence rebuilding (token-per-line, blank-line breaks).
#   Candidate: 80-450 code points + filter.
#
# From the n candidates of each source take indices n//29 + k*n//35,
# k = 0..34 (35 items; if n < 35 take all). Since n//29 + 34*n//35 can be
# >= n, an index is taken modulo n (wraps to the start; no duplicate arises).
# This amendment was made after the first run failed with an IndexError,
# before any candidate was read.
import json, glob, re, os

SRC18 = '/work/shared/data/anercorp/test.txt'
SRC19 = sorted(glob.glob('/work/shared/data/aqmar-dev/*.txt'))

seen = []
for f in sorted(set(glob.glob('/work/wt/wire3/app/timex/testdata/heldout*.json') +
                    glob.glob('/work/main/app/timex/testdata/heldout*.json') +
                    glob.glob('/work/wt/blind/heldout*.json') +
                    glob.glob('/work/wt/blind2/heldout*.json'))):
    for it in json.load(open(f, encoding='utf-8'))['items']:
        seen.append(it['text'])
arts = set(glob.glob('/work/shared/data/articles/*') +
           glob.glob('/work/main/app/timex/testdata/articles/*') +
           glob.glob('/work/wt/wire3/app/timex/testdata/articles/*'))
for g in glob.glob('/work/shared/data/gold/timex/*.json'):
    fn = json.load(open(g, encoding='utf-8')).get('file')
    if fn:
        for base in ('/work/shared/data/articles/', '/work/shared/data/', '/work/shared/data/seed/'):
            if os.path.isfile(base + fn):
                arts.add(base + fn)
                break
for f in sorted(arts):
    if os.path.isfile(f):
        seen.append(open(f, encoding='utf-8', newline='').read())
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


def sentences(path):
    out, toks, first = [], [], None
    lines = open(path, encoding='utf-8').read().split('\n')
    for no, ln in enumerate(lines, 1):
        parts = ln.split()
        if not parts:
            if toks:
                out.append((path, first, no - 1, ' '.join(toks)))
            toks, first = [], None
            continue
        if first is None:
            first = no
        toks.append(parts[0])
    if toks:
        out.append((path, first, len(lines), ' '.join(toks)))
    return out


def cands(units, lo):
    out, dup = [], set()
    for p, a, b, t in units:
        if not lo <= len(t) <= 450 or t in dup:
            continue
        if not ok(t) or not fresh(t):
            continue
        dup.add(t)
        out.append((p, a, b, t))
    return out


picked = {}
u19 = [u for p in SRC19 for u in sentences(p)]
for name, units, lo in [('18', sentences(SRC18), 120), ('19', u19, 80)]:
    c = cands(units, lo)
    n = len(c)
    idx = list(range(n)) if n < 35 else [(n // 29 + k * n // 35) % n for k in range(35)]
    assert len(set(idx)) == len(idx)
    picked[name] = {'n': n, 'items': [{'cand': i, 'file': os.path.basename(c[i][0]), 'lines': [c[i][1], c[i][2]], 'text': c[i][3]} for i in idx]}
    print('set', name, 'candidates', n, 'indices', idx)
json.dump(picked, open('/work/wt/blind3/picked.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
