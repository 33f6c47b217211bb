# Hand annotations for blind sets 26 and 27 (offsets computed from the span
# texts below, then verified by check.py). Each spec: (span text, occurrence,
# type, value, extra fields); occurrence = which occurrence of the span text in
# the item (0 = first), counting only matches not glued to a digit on a digit edge.
import json
P = json.load(open('/work/wt/blind7/picked.json', encoding='utf-8'))
D, T, U, S = 'DATE', 'TIME', 'DURATION', 'SET'
H = lambda h: {'calendar': 'hijri', 'hijri': h}
M = lambda m: {'mod': m}
MH = lambda m, h: {'mod': m, 'calendar': 'hijri', 'hijri': h}


A26 = [
 ('wf-damascus-sufi', [], []),
 ('wf-procter-gamble-19c', [('مطلع القرن التاسع عشر', 0, D, '18', M('START'))], []),
 ('wf-hormuz-tankers', [('يوميا', 0, S, 'P1D'), ('كل 6 دقائق', 0, S, 'PT6M')], [('ساعات الذروة', 0, T, '')]),
 ('wf-romario-barca', [], []),
 ('wf-series-ramadan', [('شهر رمضان 2006', 0, D, '', H('1427-09')), ('نفس العام', 0, D, '2006')], []),
 ('wf-sikorsky-1929', [('1929', 0, D, '1929')], [('الان', 0, D, 'PRESENT_REF')]),
 ('wf-diploma-2001', [('سنتين', 0, U, 'P2Y'), ('عام 2001', 0, D, '2001')], []),
 ('wf-bimaristan', [('عام 559 ه', 0, D, '', H('0559')), ('1164 م', 0, D, '1164')], []),
 ('wf-dubai-airport', [('ما يقارب 40 سنة', 0, U, 'P40Y', M('APPROX')), ('عام 2009', 0, D, '2009')], [('انذاك', 0, D, '')]),
 ('wf-apple-1998', [('عام 1998', 0, D, '1998')], []),
 ('wf-galilee-town', [], []),
 ('wf-roman-christianity', [('اواخر القرن الرابع الميلادي', 0, D, '03', M('END'))], []),
 ('wf-council-1931', [('عام 1931 م', 0, D, '1931'), ('15 اذار 1932 م', 0, D, '1932-03-15')], []),
 ('wf-balbo-1939', [('عام 1939', 0, D, '1939')], []),
 ('wf-ajloun-village', [], []),
 ('wf-maybach-1919', [('عام 1919', 0, D, '1919')], []),
 ('wf-powder-1909', [('عام 1909', 0, D, '1909')], []),
 ('wf-song-chart', [('10 اسابيع', 0, U, 'P10W'), ('بداية شهر ديسمبر 2006', 0, D, '2006-12', M('START'))], []),
 ('wf-asia-name', [('سنة 440 قبل الميلاد', 0, D, 'BC0440')], []),
 ('wf-debris-disks', [('300 مليون سنة تقريبا', 0, U, 'P300000000Y', M('APPROX'))], []),
 ('wf-abu-zaidan-mosque', [('القرن التاسع عشر', 0, D, '18')], []),
 ('wf-gaza-pullout', [('ايارمايو 1994', 0, D, '1994-05'), ('15 اغسطساب 2005', 0, D, '2005-08-15')], [('وقت ها', 0, D, '2005-08-15')]),
 ('wf-swiss-alps', [], []),
 ('wf-earhart-gmt', [], [('815 بتوقيت جرينتش', 0, T, 'XXXX-XX-XXT08:15')]),
 ('wf-kutiabi-site', [('يونيو 2004', 0, D, '2004-06')], []),
 ('wf-kanaan-inquiry', [('مايو 2000', 0, D, '2000-05')], []),
 ('wf-dong-hoi-airport', [('الثلاثينيات من القرن العشرين', 0, D, '193')], []),
 ('wf-umayyad-inscription', [('عام 102 ه', 0, D, '', H('0102')), ('سنة مائة', 0, D, '', H('0100'))], [('عام', 0, D, '')]),
 ('wf-qatar-thani', [('اوائل عام 1851 م', 0, D, '1851', M('START')), ('اوائل الستينيات من القرن التاسع عشر', 0, D, '186', M('START'))], []),
 ('wf-tarout-dilmun', [('اكثرمن ثلاثة الاف سنة', 0, U, 'P3000Y', M('MORE_THAN'))], [('هذه القرون', 0, U, ''), ('يوم نا هذا', 0, D, 'PRESENT_REF')]),
]

A27 = [
 ('aw-spy-salary', [], [('الشهري', 0, S, 'P1M')]),
 ('aw-coptic-doctor', [('يوليو 1957 م', 0, D, '1957-07')], []),
 ('aw-moldova-services', [], [('الآن', 0, D, 'PRESENT_REF')]),
 ('aw-wisconsin-plates', [('عام 1940', 0, D, '1940')], []),
 ('aw-etisalat-2009', [('بداية عام 2009', 0, D, '2009', M('START'))], []),
 ('aw-qaitbay-summer', [], [('فصل الصيف', 0, D, 'XXXX-SU')]),
 ('aw-hollande', [('1997', 0, D, '1997'), ('2008', 0, D, '2008'), ('6 مايو 2012', 0, D, '2012-05-06'),
                  ('2001', 0, D, '2001'), ('2008', 1, D, '2008'), ('2008', 2, D, '2008')], []),
 ('aw-zola-intellectuals', [('عام 1898', 0, D, '1898'), ('الثمانينات', 0, D, '198'), ('الستينات', 0, D, '196')],
  [('فترة طويلة', 0, U, '')]),
 ('aw-bayram-1955', [('عام 1955', 0, D, '1955')], []),
 ('aw-wafd-ministry', [('7 يونيو 1926', 0, D, '1926-06-07'), ('21 أبريل 1927', 0, D, '1927-04-21')], []),
 ('aw-tower-princes', [('شهر أغسطس', 0, D, 'XXXX-08')], [('زمننا هذا', 0, D, 'PRESENT_REF')]),
 ('aw-halloween', [('ليلة 31 أكتوبر تشرين الأول', 0, T, 'XXXX-10-31TNI'), ('كل عام', 0, S, 'P1Y')],
  [('يوم جميع القديسين', 0, D, 'XXXX-11-01')]),
 ('aw-malouda-friendly', [], []),
 ('aw-bernhardt', [('22 أكتوبر 1844', 0, D, '1844-10-22'), ('26 مارس 1923', 0, D, '1923-03-26'),
                   ('أوائل السبعينيات', 0, D, '187', M('START'))], [('بعد ذلك', 0, D, ''), ('بعد ذلك', 1, D, '')]),
 ('aw-liber-quadratorum', [('سنة 1225', 0, D, '1225')], []),
 ('aw-faculty-admission', [('2008', 0, D, '2008'), ('2009', 0, D, '2009')], [('السنة الثانية', 0, D, '')]),
 ('aw-revolution-1923', [('28 فبراير', 0, D, 'XXXX-02-28'), ('1914', 0, D, '1914'), ('1923', 0, D, '1923')], []),
 ('aw-youtube-libya', [('شهر يناير 2010', 0, D, '2010-01'), ('شهر آب/أغسطس 2011', 0, D, '2011-08')], []),
 ('aw-uae-team', [('عام 1971', 0, D, '1971'), ('عام 1972', 0, D, '1972'), ('عام 1974', 0, D, '1974'),
                  ('عام 1996', 0, D, '1996'), ('عام 1990', 0, D, '1990')], []),
 ('aw-sharapova-clay', [], []),
 ('aw-sharouni', [('10 فبراير سنة 1931', 0, D, '1931-02-10'), ('مايو سنة 1952', 0, D, '1952-05'),
                  ('عام 1955', 0, D, '1955'), ('عام 1958', 0, D, '1958')], []),
 ('aw-ww1-rifles', [('منتصف عام 1915', 0, D, '1915', M('MID'))], []),
 ('aw-gibraltar-1704', [('4 آب 1704', 0, D, '1704-08-04'), ('6 ساعات', 0, U, 'PT6H'),
                        ('الخامسة صباحاً', 0, T, '1704-08-04T05:00')], []),
 ('aw-footballer-wage', [('أسبوعيًا', 0, S, 'P1W'), ('17 عامًا', 0, U, 'P17Y')], [('بعد ذلك', 0, D, '')]),
 ('aw-queen-anne', [], [('فترة وجيزة', 0, U, '')]),
 ('aw-musset', [('11 ديسمبر 1810', 0, D, '1810-12-11'), ('1821', 0, D, '1821')], []),
 ('aw-civil-rights', [('عام 1964', 0, D, '1964'), ('سنة 1860', 0, D, '1860')], []),
 ('aw-zahedan', [], []),
 ('aw-dior-1945', [('سنوات عدة', 0, U, 'PXY'), ('عام 1945', 0, D, '1945')], [('لاحقاً', 0, D, '')]),
 ('aw-sudan-rapper', [('2005', 0, D, '2005'), ('2009', 0, D, '2009')], [('الان', 0, D, 'PRESENT_REF')]),
]


def find(text, s, occ):
    i, k = -1, -1
    while k < occ:
        i = text.find(s, i + 1)
        assert i >= 0, (s, occ)
        j = i + len(s)
        if s[0].isdigit() and i > 0 and text[i - 1].isdigit():
            continue
        if s[-1].isdigit() and j < len(text) and text[j].isdigit():
            continue
        k += 1
    return i


def spans(text, specs):
    out = []
    for sp in specs:
        s, occ, ty, val = sp[:4]
        i = find(text, s, occ)
        o = {'text': s, 'type': ty, 'value': val, 'start': i, 'end': i + len(s)}
        if len(sp) > 4:
            o.update(sp[4])
        out.append(o)
    out.sort(key=lambda o: o['start'])
    return out


def build(key, ann, region):
    items = []
    src = P[key]['items']
    assert len(src) == len(ann) == 30
    for s, (iid, tx, op) in zip(src, ann):
        t = s['text']
        items.append({'id': iid, 'text': t, 'timex': spans(t, tx), 'region': region,
                      'dct': '', 'optional': spans(t, op)})
    return items


if __name__ == '__main__':
    for key, ann, region, out in [('26', A26, 'Wikipedia', 'heldout26.json'),
                                  ('27', A27, 'Wikipedia', 'heldout27.json')]:
        note = open('/work/wt/blind7/note%s.txt' % key, encoding='utf-8').read().strip()
        d = {'note': note, 'items': build(key, ann, region)}
        with open('/work/wt/blind7/' + out, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(out, len(d['items']), 'items', sum(len(i['timex']) for i in d['items']), 'spans',
              sum(len(i['optional']) for i in d['items']), 'optional')
