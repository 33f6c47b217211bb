# Sets 16 and 17 selection rule (blind sets; written down and fixed before
# reading any candidate; run once).
#
# Common: a candidate is 120-450 code points long and shares no 40-code-point
# stretch with the texts of held-out sets 1-15
# (/work/main/app/timex/testdata/heldout*.json, and the copies in
# /work/wt/timex/app/timex/testdata/heldout*.json and /work/wt/blind/heldout*.json),
# the testdata articles (/work/main/app/timex/testdata/articles/*),
# /work/shared/data/articles/* and the articles of the gold timex files
# (/work/shared/data/gold/timex/*.json -> their "file"). Exact duplicate
# candidates are kept once (first occurrence).
#
# Set 16 (ANERcorp train, /work/shared/data/anercorp/train.txt): a sentence is
#   the run of `token TAG` lines between blank lines, rebuilt by joining the
#   tokens with single spaces. Candidate if it contains an ASCII or Eastern
#   Arabic digit, or a month name (Gregorian, Levantine, Maghrebi, Hijri) as a
#   word, or one of أمس اليوم غدا الماضي المقبل القادم الساعة صباح مساء أسبوع
#   شهر عام سنة as a word (optional proclitic و ب ل ف, optional article ال)
#   -- the same filter as set 14.
# Set 17 (Jawhara FM, /work/shared/data/ner-extra/unlabelled/ant-jawharafm-2017.txt,
#   one paragraph a line): candidate if it contains an ASCII or Eastern Arabic
#   digit, or a month name (Gregorian, Levantine, Maghrebi, Hijri) as a word
#   (optional proclitic و ب ل ف). Keywords alone do not qualify.
#
# From the n candidates of each source take indices n//37 + k*n//25,
# k = 0..24 (25 items; fixed offset and step, no randomness; the offset n//37
# differs from the n//50 of sets 14-15).
import json, glob, re, os

SRC16 = '/work/shared/data/anercorp/train.txt'
SRC17 = '/work/shared/data/ner-extra/unlabelled/ant-jawharafm-2017.txt'

seen = []
for f in sorted(set(glob.glob('/work/main/app/timex/testdata/heldout*.json') +
                    glob.glob('/work/wt/timex/app/timex/testdata/heldout*.json') +
                    glob.glob('/work/wt/blind/heldout*.json'))):
    for it in json.load(open(f, encoding='utf-8'))['items']:
        seen.append(it['text'])
arts = set(glob.glob('/work/shared/data/articles/*') +
           glob.glob('/work/main/app/timex/testdata/articles/*'))
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


def ok16(t):
    return bool(dre.search(t) or mre.search(t) or kre.search(t))


def ok17(t):
    return bool(dre.search(t) or mre.search(t))


def fresh(t):
    return not any(t[i:i + 40] in grams for i in range(0, max(1, len(t) - 39)))


def sentences16():
    out, toks, first = [], [], None
    lines = open(SRC16, encoding='utf-8').read().split('\n')
    for no, ln in enumerate(lines, 1):
        parts = ln.split()
        if not parts:
            if toks:
                out.append((first, no - 1, ' '.join(toks)))
            toks, first = [], None
            continue
        if first is None:
            first = no
        toks.append(parts[0])
    if toks:
        out.append((first, len(lines), ' '.join(toks)))
    return out


def lines17():
    return [(no, no, ln) for no, ln in
            enumerate(open(SRC17, encoding='utf-8').read().split('\n'), 1)]


def cands(units, ok):
    out, dup = [], set()
    for a, b, t in units:
        if not 120 <= len(t) <= 450 or t in dup:
            continue
        if not ok(t) or not fresh(t):
            continue
        dup.add(t)
        out.append((a, b, t))
    return out


picked = {}
for name, units, ok in [('16', sentences16(), ok16), ('17', lines17(), ok17)]:
    c = cands(units, ok)
    n = len(c)
    idx = [n // 37 + k * n // 25 for k in range(25)]
    picked[name] = {'n': n, 'items': [{'cand': i, 'lines': [c[i][0], c[i][1]], 'text': c[i][2]} for i in idx]}
    print('set', name, 'candidates', n, 'indices', idx)
json.dump(picked, open('/work/wt/blind2/picked.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
