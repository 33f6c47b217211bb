# Hand annotations for blind sets 24 and 25 (offsets computed from the span
# texts below, then verified by check.py). Each spec: (span text, occurrence,
# type, value, extra fields); occurrence = which occurrence of the span text in
# the item (0 = first), counting only matches not glued to a digit on a digit edge.
import json
P = json.load(open('/work/wt/blind6/picked.json', encoding='utf-8'))
D, T, U, S = 'DATE', 'TIME', 'DURATION', 'SET'
H = lambda h: {'calendar': 'hijri', 'hijri': h}
M = lambda m: {'mod': m}
MH = lambda m, h: {'mod': m, 'calendar': 'hijri', 'hijri': h}

A24 = [
 ('wf-lebanese-forces-1976', [('عام 1976', 0, D, '1976'), ('نفس العام', 0, D, '1976')], [('انذاك', 0, D, '1976')]),
 ('wf-qm2-speed', [], []),
 ('wf-qm2-turbine', [('عام 1977', 0, D, '1977')], []),
 ('wf-granada-books', [('عام 1500', 0, D, '1500')], []),
 ('wf-azhar-name', [], []),
 ('wf-sicilian-vespers', [('1282', 0, D, '1282')], []),
 ('wf-ibuprofen-dose', [], [('اليومية', 0, S, 'P1D')]),
 ('wf-wii-launch', [('11 نوفمبر 2007', 0, D, '2007-11-11'), ('15 ابريل 2008', 0, D, '2008-04-15'),
                    ('2 يوليو 2008', 0, D, '2008-07-02')], []),
 ('wf-district-population', [], []),
 ('wf-american-game', [], [('1991', 0, D, '1991')]),
 ('wf-kuiper-belt', [], []),
 ('wf-nasheed-singer', [], [('1381988', 0, D, '1988-08-13')]),
 ('wf-press-amendment', [('منتصف عام 2003', 0, D, '2003', M('MID'))], []),
 ('wf-durand-report', [('عام 1878 م', 0, D, '1878')], []),
 ('wf-egypt-population-bc', [('5000 ق . م', 0, D, 'BC5000'), ('3000 ق . م', 0, D, 'BC3000'),
                             ('2575 ق . م', 0, D, 'BC2575'), ('2134 ق . م', 0, D, 'BC2134'),
                             ('2040 ق . م', 0, D, 'BC2040'), ('1640 ق . م', 0, D, 'BC1640'),
                             ('1550 ق . م', 0, D, 'BC1550'), ('1070 ق . م', 0, D, 'BC1070')], []),
 ('wf-gaza-births', [('الاعوام الاربع الماضية', 0, U, 'P4Y')], []),
 ('wf-khwarizmi', [('850 م', 0, D, '0850'), ('232 ه', 0, D, '', H('0232')), ('سنة 1135 م', 0, D, '1135')], []),
 ('wf-national-initiative', [('العام 2002', 0, D, '2002')], []),
 ('wf-watan-paper', [('عام 1948', 0, D, '1948')], []),
 ('wf-earhart-1937', [('عام 1937', 0, D, '1937')], []),
 ('wf-earhart-navigator', [('عام 1928', 0, D, '1928')], []),
 ('wf-hezbollah-1982', [('العام 1982 م', 0, D, '1982')], []),
 ('wf-kom-ombo', [('عام 1905', 0, D, '1905')], [('نفس الوقت', 0, D, '')]),
 ('wf-diarra-season', [('2007', 0, D, '2007'), ('2008', 0, D, '2008')], []),
 ('wf-buhturi', [('821 م', 0, D, '0821'), ('205 ه', 0, D, '', H('0205'))], []),
 ('wf-israel-withdrawal', [('عام 1985', 0, D, '1985')], [('وقت مبكر', 0, D, '')]),
 ('wf-figaro-editor', [('عام 1941', 0, D, '1941'), ('عام 1945', 0, D, '1945'), ('25 عاما', 0, U, 'P25Y')], []),
 ('wf-liverpool-goals', [('ديسمبر 2009', 0, D, '2009-12'), ('مارس 2010', 0, D, '2010-03')],
  [('ذات الموسم', 0, D, '')]),
 ('wf-nineveh-governor', [('ايلول 2003', 0, D, '2003-09')], [('لاحقا', 0, D, '')]),
 ('wf-saladin-film', [('عام 1963', 0, D, '1963')], []),
 ('wf-water-channels', [], []),
 ('wf-mount-lebanon', [('عام 1841 م', 0, D, '1841'), ('عام 1845 م', 0, D, '1845'), ('عام 1860 م', 0, D, '1860')], []),
 ('wf-battle-1948', [('عام 1948', 0, D, '1948')], [('انذاك', 0, D, '1948'), ('31122003', 0, D, '2003-12-31')]),
 ('wf-madagascar-split', [('ما يقارب 160 مليون سنة', 0, U, 'P160000000Y', M('APPROX')),
                          ('80', 0, U, 'P80000000Y'), ('100 مليون سنة', 0, U, 'P100000000Y')], []),
 ('wf-embassy-closure', [('يوم 15 ديسمبر 2004', 0, D, '2004-12-15'), ('السنة', 0, S, 'P1Y')], []),
]

A25 = [
 ('aw-lovelace', [('10 يناير 1949', 0, D, '1949-01-10'), ('22 أبريل 2002', 0, D, '2002-04-22')],
  [('بعد ذلك', 0, D, ''), ('فيما بعد', 0, D, '')]),
 ('aw-fendi-perfume', [('عام 1985', 0, D, '1985'), ('آب 2010', 0, D, '2010-08')], []),
 ('aw-soviet-deportations', [('1940', 0, D, '1940'), ('1941', 0, D, '1941'), ('1944', 0, D, '1944'),
                             ('1953', 0, D, '1953'), ('12', 0, D, '1941-06-12'),
                             ('13 يونيو عام 1941', 0, D, '1941-06-13'), ('5', 0, D, '1949-07-05'),
                             ('6 يوليو 1949', 0, D, '1949-07-06')], []),
 ('aw-march14-alliance', [('سنة 2005', 0, D, '2005')], []),
 ('aw-float-glass', [('عام 1959', 0, D, '1959')], [('قبل ذلك', 0, D, '')]),
 ('aw-deayea-titles', [], [('1994', 0, D, '1994'), ('1998', 0, D, '1998')]),
 ('aw-actor-1948', [('عام 1948', 0, D, '1948'), ('نفس العام', 0, D, '1948'), ('عام 1965', 0, D, '1965')], []),
 ('aw-polymer-note', [('سنة 2000', 0, D, '2000')], [('حاليا', 0, D, 'PRESENT_REF'), ('حاليا', 1, D, 'PRESENT_REF')]),
 ('aw-sami-yusuf', [('29 يوليو 1980', 0, D, '1980-07-29')], []),
 ('aw-myriam-album', [('أكتوبر 2003', 0, D, '2003-10')], []),
 ('aw-murphy-films', [('عام 1984', 0, D, '1984'), ('عام 1987', 0, D, '1987'), ('عام 1994', 0, D, '1994')],
  [('وقتها', 0, D, '1984')]),
 ('aw-mendelssohn', [('سنة 1821', 0, D, '1821'), ('1823', 0, D, '1823'), ('القرن التاسع عشر', 0, D, '18')],
  [('الآن', 0, D, 'PRESENT_REF')]),
 ('aw-palace-1951', [('عام 1951', 0, D, '1951')], [('الآن', 0, D, 'PRESENT_REF')]),
 ('aw-euphrates-town', [('سنوياً', 0, S, 'P1Y')], [('صيفها', 0, D, 'XXXX-SU'), ('شتاؤها', 0, D, 'XXXX-WI')]),
 ('aw-vieira-arsenal', [('04', 0, D, '2004'), ('2003', 0, D, '2003')],
  [('حينها', 0, D, ''), ('عام 2005', 0, D, '2005')]),
 ('aw-shehata-contract', [('6 يونيو 2011', 0, D, '2011-06-06')], [('2012', 0, D, '2012')]),
 ('aw-greek-revolt', [('نهاية الشهر', 0, D, 'XXXX-XX', M('END')), ('اكتوبر من العام', 0, D, 'XXXX-10')],
  [('الوقت نفسه', 0, D, '')]),
 ('aw-nar-club', [('عام 1948', 0, D, '1948')], [('وقتها', 0, D, '1948')]),
 ('aw-arakiyya', [('القرن العاشر الهجري', 0, D, '', H('09')), ('923 هـ', 0, D, '', H('0923')),
                  ('عام 1019 هـ', 0, D, '', H('1019'))], []),
 ('aw-pew-report', [('12 مايو سنة 2015', 0, D, '2015-05-12')], []),
 ('aw-video-quality', [('6 يناير 2014', 0, D, '2014-01-06')], []),
 ('aw-salvador-arena', [('عامي 1989', 0, D, '1989'), ('2004', 0, D, '2004')], []),
 ('aw-cartoonist', [('أعوام', 0, U, 'PXY'), ('يوميا', 0, S, 'P1D')],
  [('مؤخراً', 0, D, 'PAST_REF'), ('أسبوعي', 0, S, 'P1W'), ('اليومية', 0, S, 'P1D')]),
 ('aw-siberia-climate', [('شهرا واحد', 0, U, 'P1M')],
  [('صيف', 0, D, 'XXXX-SU'), ('شتاء', 0, D, 'XXXX-WI'), ('صيف', 1, D, 'XXXX-SU')]),
 ('aw-baraka-khan', [('سنة 1260', 0, D, '1260'), ('سنة 1280', 0, D, '1280'), ('نحو سنتين', 0, U, 'P2Y', M('APPROX')),
                     ('1277', 0, D, '1277'), ('1279', 0, D, '1279')], []),
 ('aw-falaki-eclipse', [('عام 1860م', 0, D, '1860')], []),
 ('aw-castile', [('عام 961م', 0, D, '0961'), ('عام 478هـ', 0, D, '', H('0478')), ('1085م', 0, D, '1085')], []),
 ('aw-solar-boat', [('26 مايو 1954', 0, D, '1954-05-26'), ('5000 سنة', 0, U, 'P5000Y')],
  [('الآن', 0, D, 'PRESENT_REF')]),
 ('aw-egx70', [('1 مارس 2009', 0, D, '2009-03-01')], []),
 ('aw-kitbugha', [('ح 1245', 0, D, '1245', M('APPROX')), ('عام 1302', 0, D, '1302'), ('1294', 0, D, '1294'),
                  ('1296', 0, D, '1296')], []),
 ('aw-magazine-1925', [('26 أكتوبر عام 1925 م', 0, D, '1925-10-26'), ('الخمسينيات', 0, D, '195')],
  [('الآن', 0, D, 'PRESENT_REF')]),
 ('aw-nefertari', [('سي 1300', 0, D, 'BC1300', M('APPROX')), ('1250 قبل الميلاد', 0, D, 'BC1250')],
  [('مطلع عام جديد', 0, D, '')]),
 ('aw-aranjuez', [('العام 1939', 0, D, '1939'), ('القرن العشرين', 0, D, '19')], []),
 ('aw-capet-987', [('عام 987.م', 0, D, '0987'), ('عام 987.م', 1, D, '0987')], [('مسبقا', 0, D, 'PAST_REF')]),
 ('aw-echopraxia', [('2014', 0, D, '2014')], []),
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
    assert len(src) == len(ann) == 35
    for s, (iid, tx, op) in zip(src, ann):
        t = s['text']
        items.append({'id': iid, 'text': t, 'timex': spans(t, tx), 'region': region,
                      'dct': '', 'optional': spans(t, op)})
    return items


if __name__ == '__main__':
    for key, ann, region, out in [('24', A24, 'Wikipedia', 'heldout24.json'),
                                  ('25', A25, 'Wikipedia', 'heldout25.json')]:
        note = open('/work/wt/blind6/note%s.txt' % key, encoding='utf-8').read().strip()
        d = {'note': note, 'items': build(key, ann, region)}
        with open('/work/wt/blind6/' + out, 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(out, len(d['items']), 'items', sum(len(i['timex']) for i in d['items']), 'spans',
              sum(len(i['optional']) for i in d['items']), 'optional')
