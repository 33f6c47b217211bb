package search

import (
	"fmt"
	"strings"
	"testing"
)

func quotes(text string, hits []Hit) []string {
	r := []rune(text)
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = string(r[h.Start:h.End])
	}
	return out
}

func TestFindFolding(t *testing.T) {
	for _, c := range []struct {
		text, query string
		opt         Options
		want        string // hits as [s,e) list
		quotes      string
	}{
		// tashkeel in the text and in the query (A20-like), kept in the span
		{"كَتَبَ الطالبُ الدرسَ", "الطالب", Options{}, "[{7 14}]", "[الطالبُ]"},
		{"كتب الطالب الدرس", "الطَّالِب", Options{}, "[{4 10}]", "[الطالب]"},
		// tatweel (A22): the span covers the original characters
		{"زار الـــقـــاهـــرة", "القاهرة", Options{}, "[{4 20}]", "[الـــقـــاهـــرة]"},
		// hamza forms, ة/ه, ى/ي
		{"قال إن الأمم المتحده في مستشفى", "الامم المتحدة في مستشفي", Options{}, "[{7 30}]", "[الأمم المتحده في مستشفى]"},
		{"آمال وأمل وامل", "امل", Options{WholeWord: true}, "[]", "[]"},
		{"آمال أمل امل", "أمل", Options{WholeWord: true}, "[{5 8} {9 12}]", "[أمل امل]"},
		// digit scripts
		{"في ٢٠١٦ و2016 و۲۰۱۶", "2016", Options{}, "[{3 7} {9 13} {15 19}]", "[٢٠١٦ 2016 ۲۰۱۶]"},
		// Latin case
		{"مطار Heathrow ومطار HEATHROW", "heathrow", Options{}, "[{5 13} {20 28}]", "[Heathrow HEATHROW]"},
		// whole words (A18)
		{"حكومة جديدة. وحكومة الظل ترفض، وللحكومة رأي", "حكومة", Options{WholeWord: true}, "[{0 5}]", "[حكومة]"},
		{"حكومة جديدة. وحكومة الظل ترفض، وللحكومة رأي", "حكومة", Options{}, "[{0 5} {14 19} {34 39}]", "[حكومة حكومة حكومة]"},
		// a word with marks before it in a previous word, C6: مُحَمَّد whole word, not inside المحمدية
		{"قال مُحَمَّد إن محمد سيزور المحمدية", "محمد", Options{WholeWord: true}, "[{4 12} {16 20}]", "[مُحَمَّد محمد]"},
		// nothing to search
		{"نص", "  َ ", Options{}, "[]", "[]"},
		// non-overlapping
		{"ااااا", "اا", Options{}, "[{0 2} {2 4}]", "[اا اا]"},
		{"ااااا", "اا", Options{Limit: 1}, "[{0 2}]", "[اا]"},
		// emoji before (non-BMP): offsets in code points
		{"🔴 عاجل: وزير الخارجية يصل إلى عمّان", "عمان", Options{}, "[{30 35}]", "[عمّان]"},
	} {
		hits := New(c.text).Find(c.query, c.opt)
		if got := fmt.Sprint(hits); got != c.want && !(c.want == "[]" && len(hits) == 0) {
			t.Errorf("Find(%q, %q, %+v) = %s, want %s", c.text, c.query, c.opt, got, c.want)
		}
		if got := fmt.Sprint(quotes(c.text, hits)); got != c.quotes {
			t.Errorf("Find(%q, %q) quotes %s, want %s", c.text, c.query, got, c.quotes)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("قال وزير الخارجيّة إنَّ الحكومة ستجتمع يوم ٢٩ نوفمبر في القاهرة. ", 16000) // ~1 MB
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			New(text)
		}
	})
	ix := New(text)
	b.Run("find", func(b *testing.B) {
		for b.Loop() {
			ix.Find("القاهره", Options{WholeWord: true})
		}
	})
}
