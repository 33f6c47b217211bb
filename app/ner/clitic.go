package ner

import "github.com/hashiya/hashiya/app/arabic"

// stripLen returns how many folded runes of proclitics (و ف ب ل ك) to leave
// outside a mention that starts with tk; ال is kept.
//
// A token with the article after a proclitic ("والقاهرة", "للعروبة") loses
// the proclitic only. Otherwise each reading from arabic.Proclitics is scored
// by how often the remaining word was seen in training (inside entities
// counting four times: "وزارة" is a word, "زارة" is not), plus a bonus when the same text has it as a later word of a mention (where
// no proclitic can be), plus a bonus when it is a gazetteer entry of the
// mention's type (names only after و or ف); a shorter word wins only with a
// strictly higher score ("ولبنان" → "لبنان" but "بغداد" and "وليد" stay
// whole). When nothing is known, a leading و is stripped if three letters
// remain, since و-initial names are rarer than the conjunction.
func (t *Tagger) stripLen(tk *token, label string, known map[string]bool) int {
	if tk.kind != arabic.Word || tk.core == 0 {
		return 0
	}
	if tk.core > tk.clitic {
		return tk.clitic
	}
	fz := featurizer{lx: t.lx, opt: t.m.opt}
	score := func(p int) int {
		w := tk.fold[p:]
		c := t.m.words[string(w)]
		s := 4*c.entity + c.total
		if known[string(w)] {
			s += 5
		}
		g := fz.lookup(w)
		conj := p == 1 && (tk.fold[0] == 'و' || tk.fold[0] == 'ف')
		if label == "LOC" && g&gazLoc != 0 || label == "PER" && (p == 0 || conj) && g&(gazFirst|gazLast) != 0 {
			s += 3
		}
		return s
	}
	best, bestScore := 0, score(0)
	for _, p := range arabic.Proclitics(tk.fold) {
		if p == 0 || p > tk.clitic {
			continue
		}
		if s := score(p); s > bestScore {
			best, bestScore = p, s
		}
	}
	if bestScore == 0 && tk.fold[0] == 'و' && len(tk.fold) >= 4 {
		return 1
	}
	return best
}
