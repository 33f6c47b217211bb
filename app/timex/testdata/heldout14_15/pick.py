# Sets 14 and 15 selection rule (blind sets; fixed before reading any candidate).
#
# Common: a candidate is 120-450 code points long, and shares no 40-code-point
# stretch with the texts of held-out sets 1-13 (/work/main and /work/wt/timex
# app/timex/testdata/heldout*.json), the testdata articles or
# /work/shared/data/articles/*. Exact duplicate candidates are kept once
# (first occurrence).
#
# Set 14 (ANERcorp test, /work/shared/data/anercorp/test.txt): a sentence is the
#   run of `token TAG` lines between blank lines, rebuilt by joining tokens with
#   single spaces. Candidate if it contains an ASCII or Eastern Arabic digit, or
#   a month name (Gregorian, Levantine, Maghrebi, Hijri) as a word, or one of
#   أمس اليوم غدا الماضي المقبل القادم الساعة صباح مساء أسبوع شهر عام سنة as a
#   word (optional proclitic و ب ل ف, optional article ال).
# Set 15 (arwiki-20170120.txt, one paragraph a line): candidate if it contains
#   a year 1990-2016 as a whole number (ASCII or Eastern Arabic digits) AND
#   (a month name as a word or one of the keywords above as a word).
#
# From the n candidates of each source take indices n//50 + k*n//25,
# k = 0..24 (25 items; a fixed offset and step, no randomness).
import json, glob, re

SRC14 = '/work/shared/data/anercorp/test.txt'
SRC15 = '/work/shared/data/ner-extra/unlabelled/arwiki-20170120.txt'

seen = []
for f in (glob.glob('/work/main/app/timex/testdata/heldout*.json') +
          glob.glob('/work/wt/timex/app/timex/testdata/heldout*.json')):
    for it in json.load(open(f, encoding='utf-8'))['items']:
        seen.append(it['text'])
for f in (glob.glob('/work/shared/data/articles/*') +
          glob.glob('/work/main/app/timex/testdata/articles/*.txt')):
    seen.append(open(f, encoding='utf-8').read())
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
tr = str.maketrans('٠١٢٣٤٥٦٧٨٩', '0123456789')


def years(ln):
    return [int(m) for m in re.findall(r'(?<![0-9])[0-9]{4}(?![0-9])', ln.translate(tr))]


def ok14(t):
    return bool(dre.search(t) or mre.search(t) or kre.search(t))


def ok15(t):
    return any(1990 <= y <= 2016 for y in years(t)) and bool(mre.search(t) or kre.search(t))


def fresh(t):
    return not any(t[i:i + 40] in grams for i in range(0, max(1, len(t) - 39)))


def sentences14():
    out, toks, first = [], [], None
    lines = open(SRC14, encoding='utf-8').read().split('\n')
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


def lines15():
    return [(no, no, ln) for no, ln in
            enumerate(open(SRC15, encoding='utf-8').read().split('\n'), 1)]


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
for name, units, ok in [('14', sentences14(), ok14), ('15', lines15(), ok15)]:
    c = cands(units, ok)
    n = len(c)
    idx = [n // 50 + k * n // 25 for k in range(25)]
    picked[name] = {'n': n, 'items': [{'cand': i, 'lines': [c[i][0], c[i][1]], 'text': c[i][2]} for i in idx]}
    print('set', name, 'candidates', n, 'indices', idx)
json.dump(picked, open('/work/wt/blind/picked.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
