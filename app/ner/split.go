package ner

import "github.com/hashiya/hashiya/app/arabic"

// splitNamePairs splits a two-word PER mention whose words are both used
// as a whole name or a family name elsewhere in the same text into two PER
// mentions: in a keyword or tag line («ليبيا روسيا حفتر لافروف») or a list
// without commas, two family names side by side are two people, and the
// model, which has seen «first-name family-name» pairs far more often,
// joins them. One sense per discourse (Gale, Church and Yarowsky 1992) is
// the evidence: the first word must end another multi-word PER mention of
// the text (a family name there), never start one, and not be a first name
// in the name lists; the second must end another PER mention or be one on
// its own (so «محمد علي» stays one person
// even when another mention ends in محمد).
func (t *Tagger) splitNamePairs(toks []token, ms []span) []span {
	first := map[string]int{} // multi-word PER mentions starting with a word
	pairs := 0
	for k := range ms {
		if ms[k].Label != "PER" {
			continue
		}
		if f := mentionForm(&ms[k], toks); len(f) > 1 {
			first[f[0]]++
			if len(f) == 2 && ms[k].b-ms[k].a == 2 {
				pairs++
			}
		}
	}
	if pairs == 0 {
		return ms
	}
	// uses counts the mentions that give a word its family-name evidence,
	// the pair itself excluded.
	uses := func(w string, self, minWords int) int {
		n := 0
		for k := range ms {
			if k == self || ms[k].Label != "PER" {
				continue
			}
			if f := mentionForm(&ms[k], toks); len(f) >= minWords && f[len(f)-1] == w {
				n++
			}
		}
		return n
	}
	covered := make([]bool, len(toks))
	for _, m := range ms {
		for i := m.a; i < m.b; i++ {
			covered[i] = true
		}
	}
	// tagLine reports whether token i is on a line of three or more mentions
	// and nothing else: every token a word inside a mention.
	tagLine := func(i int) bool {
		a := i
		for a > 0 && !toks[a].lineStart {
			a--
		}
		n := 0
		for j := a; j < len(toks) && (j == a || !toks[j].lineStart); j++ {
			if toks[j].kind != arabic.Word || !covered[j] {
				return false
			}
			n++
		}
		return n >= 3
	}
	fz := featurizer{lx: t.lx, opt: t.m.opt}
	var out []span
	split := false
	for k := range ms {
		m := ms[k]
		f := mentionForm(&ms[k], toks)
		if m.Label == "PER" && len(f) == 2 && m.b-m.a == 2 &&
			toks[m.a].kind == arabic.Word && toks[m.a+1].kind == arabic.Word &&
			first[f[0]] == 1 && // only the pair itself
			fz.lookup([]rune(f[0]))&gazFirst == 0 &&
			uses(f[0], k, 1) > 0 && uses(f[1], k, 1) > 0 && tagLine(m.a) {
			a, b := m, m
			a.End, a.b, a.form = toks[m.a].end, m.a+1, nil
			b.Start, b.a, b.form = toks[m.a+1].start, m.a+1, nil
			out = append(out, a, b)
			split = true
			continue
		}
		out = append(out, m)
	}
	if !split {
		return ms
	}
	return out
}
