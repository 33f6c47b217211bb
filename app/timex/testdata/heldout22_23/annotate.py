# Hand annotations for blind sets 22 and 23 (offsets computed from the span
# texts below, then verified by check.py). Each spec: (span text, occurrence,
# type, value, extra fields); occurrence = which occurrence of the span text in
# the item (0 = first). Adapted from /work/wt/blind4/annotate.py.
import json
P = json.load(open('/work/wt/blind5/picked.json', encoding='utf-8'))
D, T, U, S = 'DATE', 'TIME', 'DURATION', 'SET'
H = lambda h: {'calendar': 'hijri', 'hijri': h}
M = lambda m: {'mod': m}

A22 = [
 ('wfane-emigrants-c21', [('اوائل القرن الحادي والعشرين', 0, D, '20', M('START'))], []),
 ('wfane-jewellery-branches', [('عام 2007', 0, D, '2007')], []),
 ('wfane-murad-abdication', [('13 يوليو سنة 1444 م', 0, D, '1444-07-13'),
                             ('26 ربيع الاول سنة 848 ه', 0, D, '1444-07-13', H('0848-03-26')),
                             ('اربع عشرة سنة', 0, U, 'P14Y')], []),
 ('wfane-italy-surrender', [('8 سبتمبر 1943', 0, D, '1943-09-08'), ('ابريل من سنة 1945', 0, D, '1945-04')], []),
 ('wfane-denazification', [('عام 1946 م', 0, D, '1946'), ('عام 1948 م', 0, D, '1948')], []),
 ('wfane-necker-island', [('اذار مارس 2008', 0, D, '2008-03')], []),
 ('wfane-black-sea-boats', [('سنة ( 1902 ) م', 0, D, '1902')], []),
 ('wfane-ben-achour', [('الاربعينات', 0, D, '194'), ('20 جانفي 1946', 0, D, '1946-01-20')], []),
 ('wfane-romario-1994', [], [('1994', 0, D, '1994'), ('1994', 1, D, '1994')]),
 ('wfane-wembley-1963', [('سنة 1963', 0, D, '1963'), ('100 عام', 0, U, 'P100Y')], []),
 ('wfane-coca-cola-abroad', [('عام 1900', 0, D, '1900'), ('31 اغسطس 1909', 0, D, '1909-08-31'),
                             ('العام 1916', 0, D, '1916')], []),
 ('wfane-thadiq-tribes', [], []),
 ('wfane-series-ramadan', [('شهر رمضان المقبل 2010', 0, D, '', H('1431-09'))], []),
 ('wfane-permafrost', [], []),
 ('wfane-alaska-flights', [], []),
 ('wfane-umm-al-qura-archive', [('عام 2003 م', 0, D, '2003')], []),
 ('wfane-azhar-eban', [('عام 85 هجري', 0, D, '', H('1385')), ('65 م', 0, D, '1965')],
  [('اليوم', 0, D, 'FUTURE_REF')]),
 ('wfane-abu-hanoud', [('منتصف التسعينات', 0, D, '199', M('MID')), ('عام 1995', 0, D, '1995')], []),
 ('wfane-moreno-ocampo', [('عام 1992', 0, D, '1992')], [('نفس الوقت', 0, D, '1992')]),
 ('wfane-aleppo-1954', [('عام 1954', 0, D, '1954')], []),
 ('wfane-sfax-governorate', [('21 يونيو 1956', 0, D, '1956-06-21'), ('سنة 2007', 0, D, '2007')], []),
 ('wfane-shuttle-arm', [('عام 1981', 0, D, '1981')], [('الان', 0, D, 'PRESENT_REF')]),
 ('wfane-macworld-2009', [('16 كانون الاول ، 2008', 0, D, '2008-12-16'), ('عام 2009', 0, D, '2009'),
                          ('عام 2009', 1, D, '2009')], [('اخر عام', 0, D, '2009')]),
 ('wfane-indian-ocean', [], []),
 ('wfane-mwl-council', [], []),
 ('wfane-lavon-cell', [], []),
 ('wfane-venus-orbit', [('كل 22465 يوما', 0, S, 'P22465D')], []),
 ('wfane-socket-940', [], []),
 ('wfane-fulton-steamboat', [('1807', 0, D, '1807')], []),
 ('wfane-secretariat', [], []),
 ('wfane-emigrants-2008', [('عام 2008', 0, D, '2008')], []),
 ('wfane-gdp-2008', [('سنة 2008', 0, D, '2008')], [('ذلك العام', 0, D, '2008')]),
 ('wfane-italy-war-1940', [('يوم 10 يونيو 1940 م', 0, D, '1940-06-10')], []),
 ('wfane-betelgeuse', [], [('حاليا', 0, D, 'PRESENT_REF'), ('عندئذ', 0, D, '')]),
 ('wfane-red-arrows', [], []),
]

A23 = [
 ('jfm-sahel-operation', [('قبل أيام قليلة', 0, D, 'PAST_REF')], []),
 ('jfm-regueb-boy', [('صباح اليوم', 0, T, 'XXXX-XX-XXTMO'), ('حوالي 10 سنوات', 0, U, 'P10Y', M('APPROX'))], []),
 ('jfm-sousse-burglar', [('25', 0, U, 'P25Y'), ('30 عاما', 0, U, 'P30Y')], []),
 ('jfm-berlingo-gang', [], []),
 ('jfm-menzel-harb-murder', [('صباح اليوم الخميس 25 أوت 2016', 0, T, '2016-08-25TMO')],
  [('الأربعين', 0, U, 'P40Y')]),
 ('jfm-kasserine-self-immolation', [('75 سنة', 0, U, 'P75Y')], []),
 ('jfm-goulette-rifles', [('صباح اليوم', 0, T, 'XXXX-XX-XXTMO')], []),
 ('jfm-kef-murder', [('فجر اليوم', 0, T, 'XXXX-XX-XXTMO'), ('24 سنة', 0, U, 'P24Y')], []),
 ('jfm-korba-migrants', [('فجر اليوم الأحد 9 أكتوبر', 0, T, 'XXXX-10-09TMO'), ('15', 1, U, 'P15Y'),
                         ('40 سنة', 0, U, 'P40Y')], []),
 ('jfm-menzel-temime-wanted', [('21 عاما', 0, U, 'P21Y')], []),
 ('jfm-gabes-palm', [('اليوم الاربعاء', 0, D, 'XXXX-WXX-3')], []),
 ('jfm-regueb-body', [('اليوم الخميس', 0, D, 'XXXX-WXX-4')], []),
 ('jfm-jendouba-train', [], []),
 ('jfm-ras-jebel-arrest', [('فجر اليوم', 0, T, 'XXXX-XX-XXTMO')], []),
 ('jfm-kalaa-train', [('مساء اليوم الثلاثاء', 0, T, 'XXXX-WXX-2TEV')], []),
 ('jfm-basketball-final', [('اليوم', 0, D, 'XXXX-XX-XX')], []),
 ('jfm-derby-riots', [('اليوم', 0, D, 'XXXX-XX-XX')], []),
 ('jfm-ligue2-playoff', [('اليوم', 0, D, 'XXXX-XX-XX')], []),
 ('jfm-handball-candidate', [('يوم الأحد 02 أكتوبر 2016', 0, D, '2016-10-02')], []),
 ('jfm-medenine-promotion', [],
  [('15 موسما', 0, U, 'P15Y'), ('1997 -1998', 0, D, ''), ('1998-1999', 0, D, ''), ('2001-2002', 0, D, '')]),
 ('jfm-futsal-title', [], []),
 ('jfm-taekwondo-muju', [('عشية اليوم', 0, T, 'XXXX-XX-XXTAF'), ('يوم 24 جوان', 0, D, '2017-06-24'),
                         ('30 من نفس الشهر', 0, D, '2017-06-30')], [('2017', 0, D, '2017')]),
 ('jfm-ligue2-fixtures', [('الأحد 5 فيفري 2017', 0, D, '2017-02-05'), ('الساعة 14:00', 0, T, '2017-02-05T14:00')], []),
 ('jfm-algiers-rain', [('اليوم', 0, D, 'XXXX-XX-XX')], []),
 ('jfm-est-coach-sacked', [('اليوم', 0, D, 'XXXX-XX-XX'), ('مساء اليوم', 0, T, 'XXXX-XX-XXTEV')], []),
 ('jfm-ess-friendly', [('عشية اليوم', 0, T, 'XXXX-XX-XXTAF')], []),
 ('jfm-gabes-protest', [('مساء أمس', 0, T, 'XXXX-XX-XXTEV')], []),
 ('jfm-cup-fixtures', [('الساعة 14:00', 0, T, 'XXXX-XX-XXT14:00'), ('الساعة 16:00', 0, T, 'XXXX-XX-XXT16:00')], []),
 ('jfm-khemakhem-penalty', [('ليلة أمس', 0, T, 'XXXX-XX-XXTNI')], [('الإربعاء', 0, D, '')]),
 ('jfm-cairo-blast', [('صباح اليوم', 0, T, 'XXXX-XX-XXTMO')], []),
 ('jfm-css-article11', [], []),
 ('jfm-independents-list', [], []),
 ('jfm-malawi-support', [], [('2019', 0, D, '2019')]),
 ('jfm-minister-meeting', [('اليوم', 0, D, 'XXXX-XX-XX'), ('الساعة السادسة مساء', 0, T, 'XXXX-XX-XXT18:00'),
                           ('الساعة السابعة مساء', 0, T, 'XXXX-XX-XXT19:00')], []),
 ('jfm-iphone-fire', [], []),
]


def find(text, s, occ):
    i = -1
    for _ in range(occ + 1):
        i = text.find(s, i + 1)
        assert i >= 0, (s, occ)
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


NOTE22 = open('/work/wt/blind5/note22.txt', encoding='utf-8').read().strip()
NOTE23 = open('/work/wt/blind5/note23.txt', encoding='utf-8').read().strip()
for key, ann, region, note, out in [('22', A22, 'Wikipedia', NOTE22, 'heldout22.json'),
                                    ('23', A23, 'Tunisia (Jawhara FM)', NOTE23, 'heldout23.json')]:
    d = {'note': note, 'items': build(key, ann, region)}
    with open('/work/wt/blind5/' + out, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(out, len(d['items']), 'items', sum(len(i['timex']) for i in d['items']), 'spans',
          sum(len(i['optional']) for i in d['items']), 'optional')
