package ner

import (
	"slices"

	"github.com/hashiya/hashiya/app/arabic"
)

// groupMentions sets Entity on each mention: a mention joins an earlier
// group of the same label when its folded word sequence is contained in the
// group's longest form, or contains it, as a contiguous run ("لافروف" ↔
// "سيرغي لافروف", "الخارجية الروسية" ↔ "وزارة الخارجية الروسية"); the
// longest form then grows. Among several candidate groups the one with the
// longest match wins, then the most recent. Matching against the longest
// form only, and never merging groups, keeps a shared first name from
// chaining two people ("محمد مرسي", "محمد", "محمد البرادعي"). Only the
// maxGroupsPerWord most recent groups sharing a word are candidates, which
// bounds the work on long texts. Ids start at 1 in order of first mention.
const maxGroupsPerWord = 64

func groupMentions(ms []span, toks []token) {
	type group struct {
		label string
		form  []string // longest form
		last  int
	}
	var groups []group
	byWord := map[string][]int{} // word → groups whose form has it
	var cand []int
	for k := range ms {
		m := &ms[k]
		form := mentionForm(m, toks)
		cand = cand[:0]
		for _, w := range form {
			for _, g := range byWord[w] {
				if groups[g].label == m.Label && !slices.Contains(cand, g) {
					cand = append(cand, g)
				}
			}
		}
		best, bestLen := -1, 0
		for _, g := range cand {
			n := 0
			switch f := groups[g].form; {
			case contains(f, form):
				n = len(form)
			case contains(form, f):
				n = len(f)
			}
			if n > bestLen || n == bestLen && n > 0 && groups[g].last > groups[best].last {
				best, bestLen = g, n
			}
		}
		if best < 0 {
			groups = append(groups, group{label: m.Label})
			best = len(groups) - 1
		}
		g := &groups[best]
		if len(form) > len(g.form) {
			g.form = form
			for _, w := range form {
				if l := byWord[w]; !slices.Contains(l, best) {
					if len(l) == maxGroupsPerWord {
						l = l[1:] // only the most recent groups stay candidates
					}
					byWord[w] = append(l, best)
				}
			}
		}
		g.last = k
		m.Entity = best + 1
	}
}

// mentionForm returns the folded words of a mention, first word without
// its proclitic (computed once per span; the span's tokens and Start must
// not change afterwards).
func mentionForm(m *span, toks []token) []string {
	if m.form != nil {
		return m.form
	}
	form := make([]string, 0, m.b-m.a)
	for i := m.a; i < m.b; i++ {
		if toks[i].kind == arabic.Punct {
			continue
		}
		w := toks[i].fold
		if i == m.a {
			// drop the stripped proclitic: find the folded index of m.Start
			for p := range w {
				if toks[i].offset(p) >= m.Start {
					w = w[p:]
					break
				}
			}
		}
		form = append(form, string(w))
	}
	m.form = form
	return form
}

// contains reports whether sub occurs as a contiguous run in seq.
func contains(seq, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(seq) {
		return false
	}
	for i := 0; i+len(sub) <= len(seq); i++ {
		ok := true
		for j := range sub {
			if seq[i+j] != sub[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
