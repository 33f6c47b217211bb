# Sets 20 and 21 selection rule (blind sets; written down and fixed before
# reading any candidate; run once).
#
# Common: a candidate is 120-450 code points long (the line as it is in the
# file, one paragraph a line) and shares no 40-code-point stretch with the
# texts of held-out sets 1-19 (/work/wt/wire3/app/timex/testdata/heldout*.json,
# plus the copies in /work/main/app/timex/testdata, /work/wt/blind, blind2,
# blind3), the testdata articles (app/timex/testdata/articles/* in /work/main
# and /work/wt/wire3), /work/shared/data/articles/* and the articles of the
# gold timex files (/work/shared/data/gold/timex/*.json -> their "file").
# Exact duplicate candidates are kept once (first occurrence).
#
# Set 20 (arwiki-20170120.txt, /work/shared/data/ner-extra/unlabelled/): lines
#   numbered >= 100000 (1-based) only. Candidate if it contains an ASCII or
#   Eastern Arabic digit, or a month name (Gregorian, Levantine, Maghrebi,
#   Hijri) as a word, or one of أمس اليوم غدا الماضي المقبل القادم الساعة صباح
#   مساء أسبوع شهر عام سنة as a word (optional proclitic و ب ل ف, optional
#   article ال) -- the filter of /work/wt/blind/pick.py (set 14).
# Set 21 (Jawhara FM, ant-jawharafm-2017.txt): lines numbered >= 30000 only.
#   Candidate if it contains an ASCII or Eastern Arabic digit, or a month name
#   (Gregorian, Levantine, Maghrebi, Hijri) as a word (optional proclitic
#   و ب ل ف) -- the filter of set 17. Keywords alone do not qualify.
#
# From the n candidates of each source take indices (n//23 + k*n//36) % n,
# k = 0..34 (35 items; fixed offset and step, no randomness).
import json, glob, re, os

SRC20 = '/work/shared/data/ner-extra/unlabelled/arwiki-20170120.txt'
SRC21 = '/work/shared/data/ner-extra/unlabelled/ant-jawharafm-2017.txt'

seen = []
for f in sorted(set(glob.glob('/work/wt/wire3/app/timex/testdata/heldout*.json') +
                    glob.glob('/work/main/app/timex/testdata/heldout*.json') +
                    glob.glob('/work/wt/blind/heldout*.json') +
                    glob.glob('/work/wt/blind2/heldout*.json') +
                    glob.glob('/work/wt/blind3/heldout*.json'))):
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


def ok20(t):
    return bool(dre.search(t) or mre.search(t) or kre.search(t))


def ok21(t):
    return bool(dre.search(t) or mre.search(t))


def fresh(t):
    return not any(t[i:i + 40] in grams for i in range(0, max(1, len(t) - 39)))


def lines(path, first):
    return [(no, ln) for no, ln in
            enumerate(open(path, encoding='utf-8').read().split('\n'), 1) if no >= first]


def cands(units, ok):
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
for name, units, ok in [('20', lines(SRC20, 100000), ok20), ('21', lines(SRC21, 30000), ok21)]:
    c = cands(units, ok)
    n = len(c)
    idx = [(n // 23 + k * n // 36) % n for k in range(35)]
    assert len(set(idx)) == len(idx)
    picked[name] = {'n': n, 'items': [{'cand': i, 'line': c[i][0], 'text': c[i][1]} for i in idx]}
    print('set', name, 'candidates', n, 'indices', idx)
json.dump(picked, open('/work/wt/blind4/picked.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
