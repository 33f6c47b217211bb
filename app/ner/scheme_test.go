package ner

import (
	"slices"
	"testing"
)

// The tag scheme (BIO, or BILOU under -tags nerbilou) reads back the
// mentions it writes, and normalize's output is a sequence allowed from
// start to end.
func TestTagSchemeRoundTrip(t *testing.T) {
	per, loc := 0, 1
	for _, spans := range [][][3]int{
		{},
		{{0, 1, per}},
		{{0, 3, loc}},
		{{0, 1, per}, {1, 2, per}},
		{{1, 3, per}, {3, 4, loc}, {5, 8, loc}},
	} {
		n := 9
		bio := make([]int, n)
		for _, s := range spans {
			bio[s[0]] = beginTag(s[2])
			for i := s[0] + 1; i < s[1]; i++ {
				bio[i] = insideTag(s[2])
			}
		}
		tags := normalize(bio)
		if got := spansOf(tags); !slices.Equal(got, spans) && !(len(got) == 0 && len(spans) == 0) {
			t.Errorf("spans %v: tags %v read back as %v", spans, tags, got)
		}
		prev := -1
		for i, y := range tags {
			if !allowed(prev, y) {
				t.Errorf("spans %v: tag %s after %d not allowed (%v)", spans, tagNames[y], prev, tags)
			}
			prev = y
			if i == n-1 && !allowedEnd(y) {
				t.Errorf("spans %v: may not end with %s", spans, tagNames[y])
			}
		}
	}
}
