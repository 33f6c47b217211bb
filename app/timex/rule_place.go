package timex

// placeHeads are the nouns of streets, squares, bridges and institutions
// that are often named after a date (folded forms): نهج غرة جوان، شارع 26
// يوليو، ساحة 7 نوفمبر، جسر 6 أكتوبر، مدرسة 2 مارس، ثكنة أول نوفمبر. The
// date is then part of a name, not a time the text tells.
var placeHeads = []string{
	"نهج", "شارع", "ساحه", "زنقه", "طريق", "جسر", "مدرسه", "معهد", "ثكنه",
	"حي", "ميدان", "جاده", "كوبري", "مطار", "ملعب", "مستشفي", "جامعه", "ثانويه", "اعداديه",
}

// placeName reports whether the date candidate x, which names a month,
// right follows one of placeHeads (a conjunction or a preposition may be
// glued to the noun: وبشارع، في نهج): «نهج غرة جوان» is a street, while
// «في الشارع يوم 14 جانفي» (a noun with its article, or يوم between)
// keeps its date.
func (s *scan) placeName(x *cand) bool {
	if x.fr.typ != Date || x.fr.m == 0 || x.i < 1 || !s.isWord(x.i-1) {
		return false
	}
	t := &s.toks[x.i-1]
	w := s.f.Runes[t.s:t.e]
	for p := 0; p <= 2 && p < len(w); p++ {
		if p > 0 && w[p-1] != 'و' && w[p-1] != 'ف' && w[p-1] != 'ب' {
			break
		}
		for _, h := range placeHeads {
			if runesIs(w[p:], h) {
				return true
			}
		}
	}
	return false
}

// coordDuration handles the first number of a measure range whose unit is
// written once, «بين 25 و27 سنة»، «من 5 إلى 10 سنوات»، «ما بين 3 - 6
// أشهر»: the first number is a DURATION of its own in that unit (two
// spans, as the gold convention splits ranges), provided it is smaller
// than the second and no other expression holds it.
func (s *scan) coordDuration(sel []cand, n int) (cand, bool) {
	c := &sel[n]
	if c.fr.typ != Duration || c.fr.durN <= 0 || s.toks[c.i].kind != kNum || c.i < 2 {
		return cand{}, false
	}
	k := c.i - 1
	if s.toks[c.i].clitic != 'و' {
		if !s.isPunct(k, '-', '–') && s.bare(k).flags&fTo == 0 {
			return cand{}, false
		}
		k--
	}
	if k < 1 || s.toks[k].kind != kNum || s.toks[k].clitic != 0 || s.bare(k-1).flags&fFrom == 0 {
		return cand{}, false
	}
	t := &s.toks[k]
	v := float64(t.num)
	if t.nd == 0 {
		v = t.fnum
	}
	if v <= 0 || v >= c.fr.durN || (n > 0 && sel[n-1].fe > t.s) {
		return cand{}, false
	}
	fr := c.fr
	fr.durN, fr.durS = v, s.quantity(k)
	return cand{i: k, j: k + 1, fs: t.s, fe: t.e, fr: fr, rule: "coord"}, true
}
