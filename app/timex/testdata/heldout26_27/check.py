# Verifies heldout26.json and heldout27.json: text == text[start:end], no
# overlapping spans (scored and optional together), item and span key order,
# types, mods and well-formed values (XXXX-WXX-WE allowed; value "" allowed for
# optional spans of any type and for Hijri spans); -v prints every span in context.
import json, re, sys
DATE = re.compile(r'^(PAST_REF|PRESENT_REF|FUTURE_REF|BC\d{4}|\d{2}|\d{3}|[\dX]{4}(-(SU|SP|FA|WI|[\dX]{2}(-[\dX]{2})?|WXX(-[1-7]|-WE)?|W\d{2}(-[1-7])?))?)$')
TIME = re.compile(r'^[\dX]{4}-(([\dX]{2}-[\dX]{2})|WXX-[1-7])T(\d{2}:\d{2}|MO|AF|EV|NI)$')
DUR = re.compile(r'^P(\d+|X)(Y|M|W|D|CE|DE)$|^PT(\d+|X)(H|M|S)$|^P$')
MODS = {'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN',
        'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'START', 'MID', 'END', 'APPROX'}
verbose = '-v' in sys.argv
for f in ['heldout26.json', 'heldout27.json']:
    d = json.load(open(f, encoding='utf-8'))
    assert list(d) == ['note', 'items']
    ids = set(); n = o = 0
    for it in d['items']:
        assert it['id'] not in ids; ids.add(it['id'])
        assert list(it) == ['id', 'text', 'timex', 'region', 'dct', 'optional']
        assert it['dct'] == ''
        allsp = sorted(it['timex'] + it['optional'], key=lambda s: s['start'])
        for kind in ('timex', 'optional'):
            for s in it[kind]:
                keys = list(s)
                assert keys[:5] == ['text', 'type', 'value', 'start', 'end'], keys
                rest = keys[5:]
                assert rest in ([], ['mod'], ['calendar', 'hijri'], ['mod', 'calendar', 'hijri']), rest
                assert it['text'][s['start']:s['end']] == s['text'], (f, it['id'], s)
                assert s['text'] == s['text'].strip()
                ty, v = s['type'], s['value']
                if 'mod' in s: assert s['mod'] in MODS, s
                if ty == 'DATE': ok = bool(DATE.match(v)) or (kind == 'optional' and v == '') or ('hijri' in s and v == '')
                elif ty == 'TIME': ok = bool(TIME.match(v)) or (kind == 'optional' and v == '')
                elif ty in ('DURATION', 'SET'): ok = bool(DUR.match(v)) or (kind == 'optional' and v == '')
                else: ok = False
                assert ok, (f, it['id'], s)
                t = it['text']; a, b = s['start'], s['end']
                # word boundaries: the span must not start or end inside a word,
                # except after an attached proclitic و ب ل ف ك
                pre = t[a - 1] if a else ' '
                post = t[b] if b < len(t) else ' '
                if pre.isalnum() and not (pre in 'وبلفك' and (a < 2 or not t[a - 2].isalnum())):
                    print('WARN start inside word', f, it['id'], s['text'])
                if post.isalnum():
                    print('WARN end inside word', f, it['id'], s['text'])
                if verbose:
                    print(f[7:9], kind[:3], it['id'], '|', t[max(0, a - 15):a], '[', s['text'], ']', t[b:b + 15], '|', ty, v, s.get('mod', ''))
        for a, b in zip(allsp, allsp[1:]):
            assert a['end'] <= b['start'], (f, it['id'], a, b)
        n += len(it['timex']); o += len(it['optional'])
    print(f, 'OK', len(d['items']), 'items', n, 'spans', o, 'optional')
