# Sets 12 and 13 selection rule (issue 11, sixth pass; fixed before reading any candidate):
# lines of 150-450 code points, none sharing a 40-code-point stretch with
# held-out sets 1-11 or the test articles, and
#  set 12 (Arabic Wikipedia, modern news-like): a year 2000-2016 as a whole
#    number (ASCII or Eastern Arabic digits) AND a month name or weekday name
#    as a word (optional proclitic و ب ل ف) or one of الماضي المقبل القادم
#    التالي اليوم أمس الساعة; every (n/22)-th from the (n/44)-th (22 lines);
#  set 13 (Jawhara FM news, undated): a month name or weekday name as a word,
#    or a 4-digit number 19xx/20xx, or الساعة / أمس / غدا; every (n/24)-th
#    from the (n/72)-th (24 lines), not overlapping set 12 either.
import json, glob, re
# run from the repository root with ../shared present
T='app/timex/testdata/'
seen=[]
for f in glob.glob(T+'heldout*.json'):
    if f.endswith(('heldout12.json','heldout13.json')): continue
    for it in json.load(open(f))['items']: seen.append(it['text'])
for f in glob.glob(T+'articles/*.txt'): seen.append(open(f).read())
grams=set()
for s in seen:
    for i in range(0,max(1,len(s)-39)): grams.add(s[i:i+40])
months='يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر جانفي فيفري أفريل افريل ماي جوان جويلية جويلة أوت كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة'.split()
weekdays='الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد'.split()
def wordre(ws): return re.compile(r'(?<![\w])[وبلف]?(?:'+'|'.join(ws)+r')(?![\w])')
mre=wordre(months); wre=wordre(weekdays)
rel12=wordre('الماضي المقبل القادم التالي اليوم أمس الساعة'.split())
rel13=wordre('الساعة أمس غدا'.split())
tr=str.maketrans('٠١٢٣٤٥٦٧٨٩','0123456789')
def years(ln): return [int(m) for m in re.findall(r'(?<![0-9])[0-9]{4}(?![0-9])', ln.translate(tr))]
def ok12(ln): return any(2000<=y<=2016 for y in years(ln)) and (mre.search(ln) or wre.search(ln) or rel12.search(ln))
def ok13(ln): return mre.search(ln) or wre.search(ln) or rel13.search(ln) or any(1900<=y<=2099 for y in years(ln))
def cands(path, ok):
    out=[]
    for ln in open(path,encoding='utf-8').read().split('\n'):
        if not 150<=len(ln)<=450: continue
        if not ok(ln): continue
        if any(ln[i:i+40] in grams for i in range(0,max(1,len(ln)-39))): continue
        out.append(ln)
    return out
sel=[]
for path,step,start,name,ok in [('arwiki-20170120.txt',22,44,'wiki',ok12),('ant-jawharafm-2017.txt',24,72,'jfm',ok13)]:
    c=cands('../shared/data/ner-extra/unlabelled/'+path, ok)
    n=len(c); print(path,n)
    for k in range(step):
        i=n//start + k*n//step
        sel.append((name,i,c[i]))
for name, i, t in sel: print(name, i, t)
