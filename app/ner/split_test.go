package ner

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// spansAt builds the spans of the given quotes, found in order in text.
func spansAt(t *testing.T, text string, toks []token, quotes ...string) []span {
	t.Helper()
	var ms []span
	from := 0
	for _, q := range quotes {
		label, q, _ := strings.Cut(q, ":")
		i := strings.Index(text[from:], q)
		if i < 0 {
			t.Fatalf("%q not in %q after byte %d", q, text, from)
		}
		start := utf8.RuneCountInString(text[:from+i])
		end := start + utf8.RuneCountInString(q)
		from += i + len(q)
		a, b := -1, -1
		for k, tk := range toks {
			if tk.start == start {
				a = k
			}
			if tk.end == end {
				b = k + 1
			}
		}
		if a < 0 || b <= a {
			t.Fatalf("%q is not a run of whole tokens", q)
		}
		ms = append(ms, span{Mention: Mention{Start: start, End: end, Label: label}, a: a, b: b})
	}
	return ms
}

func TestSplitNamePairs(t *testing.T) {
	tg := mustDefault(t)
	for _, tc := range []struct {
		text  string
		spans []string // label:quote, in order
		want  []string // the quotes after the rule
	}{
		{ // a tag line of four mentions: two family names side by side
			"استقبل «عبد المجيد تبون» نظيره «قيس سعيد» في قصر المرادية.\nالجزائر تونس تبون سعيد",
			[]string{"PER:عبد المجيد تبون", "PER:قيس سعيد", "LOC:الجزائر", "LOC:تونس", "PER:تبون سعيد"},
			[]string{"عبد المجيد تبون", "قيس سعيد", "الجزائر", "تونس", "تبون", "سعيد"},
		},
		{ // a sentence, not a tag line: left to the model
			"استقبل «عبد المجيد تبون» نظيره «قيس سعيد».\nوقال تبون سعيد إن",
			[]string{"PER:عبد المجيد تبون", "PER:قيس سعيد", "PER:تبون سعيد"},
			[]string{"عبد المجيد تبون", "قيس سعيد", "تبون سعيد"},
		},
		{ // a first name first: one person
			"قال «أحمد محمد» و«حسن علي» ذلك.\nمصر السودان محمد علي",
			[]string{"PER:أحمد محمد", "PER:حسن علي", "LOC:مصر", "LOC:السودان", "PER:محمد علي"},
			[]string{"أحمد محمد", "حسن علي", "مصر", "السودان", "محمد علي"},
		},
		{ // no other mention ends in the first word
			"استقبل «قيس سعيد» الوفد.\nتونس ليبيا تبون سعيد",
			[]string{"PER:قيس سعيد", "LOC:تونس", "LOC:ليبيا", "PER:تبون سعيد"},
			[]string{"قيس سعيد", "تونس", "ليبيا", "تبون سعيد"},
		},
	} {
		toks := tokenize(tc.text)
		ms := tg.splitNamePairs(toks, spansAt(t, tc.text, toks, tc.spans...))
		var got []string
		for _, m := range ms {
			if m.Label != "PER" && m.Label != "LOC" {
				t.Errorf("label %q", m.Label)
			}
			got = append(got, spanText(tc.text, m.Mention))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
		for i := 1; i < len(ms); i++ {
			if ms[i].a < ms[i-1].b {
				t.Errorf("%q: spans %d and %d overlap", tc.text, i-1, i)
			}
		}
	}
}
