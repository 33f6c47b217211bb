# Set 11 selection rule (fixed before reading any candidate):
# lines of 150-450 code points containing an ASCII/Eastern digit or a month name
# as a word (optional proclitic و ب ل ف), none sharing a 40-code-point stretch
# with held-out sets 1-10 or the test articles; arwiki: every (n/10)-th from the
# (n/30)-th (10 lines); jawhara: every (n/12)-th from the (n/36)-th (12 lines).
import json, glob, re
# run from the repository root with ../shared present
T='app/timex/testdata/'
seen=[]
for f in glob.glob(T+'heldout*.json'):
    for it in json.load(open(f))['items']: seen.append(it['text'])
for f in glob.glob(T+'articles/*.txt'): seen.append(open(f).read())
grams=set()
for s in seen:
    for i in range(0,max(1,len(s)-39)): grams.add(s[i:i+40])
months='يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر جانفي فيفري أفريل افريل ماي جوان جويلية جويلة أوت كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة'.split()
mre=re.compile(r'(?<![\w])[وبلف]?(?:'+'|'.join(months)+r')(?![\w])')
dre=re.compile(r'[0-9٠-٩]')
def cands(path):
    out=[]
    for ln in open(path,encoding='utf-8').read().split('\n'):
        if not 150<=len(ln)<=450: continue
        if not (dre.search(ln) or mre.search(ln)): continue
        if any(ln[i:i+40] in grams for i in range(0,max(1,len(ln)-39))): continue
        out.append(ln)
    return out
sel=[]
for path,step,start,name in [('arwiki-20170120.txt',10,30,'wiki'),('ant-jawharafm-2017.txt',12,36,'jfm')]:
    c=cands('../shared/data/ner-extra/unlabelled/'+path)
    n=len(c); print(path,n)
    for k in range(step):
        i=n//start + k*n//step
        sel.append((name,i,c[i]))
for name, i, t in sel: print(name, i, t)
