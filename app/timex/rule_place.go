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

// imperfectBefore reports whether one of the three words before منذ at
// token i is a verb in the imperfect (present) tense, read from its
// prefix ي (an optional و or ف glued before it): «يستخدم منذ عدة سنوات»،
// «يحكم البلاد منذ 30 عاما»، «ويعمل منذ عشرين عاما في …». The imperfect
// with منذ tells a state or an activity still going on, so the measure is
// how long (a DURATION), where a past event verb (وصل منذ يومين) gives
// the date it happened. Words of the lexicon (يوم، يونيو) and short words
// are no verbs here.
func (s *scan) imperfectBefore(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if !s.isWord(k) || s.complementizer(k) {
			return false // يذكر أنه تم منذ يومين: the verb of saying governs another clause
		}
		if s.toks[k].sense >= 0 {
			continue
		}
		w := s.f.Runes[s.toks[k].s:s.toks[k].e]
		if len(w) > 0 && (w[0] == 'و' || w[0] == 'ف') {
			w = w[1:]
		}
		if len(w) >= 4 && w[0] == 'ي' && w[len(w)-1] != 'ه' && w[len(w)-1] != 'ا' {
			return !s.complementizer(k - 1) // not يومية، يمينا; not يجب أن يقال منذ سنة (the subjunctive)
		}
	}
	return false
}

// complementizer reports whether word token k is أن، إن، لن or كي, alone or
// with a pronoun or ب glued (أنه، بأنها), in folded spelling.
func (s *scan) complementizer(k int) bool {
	if !s.isWord(k) {
		return false
	}
	w := s.f.Runes[s.toks[k].s:s.toks[k].e]
	if len(w) > 0 && (w[0] == 'ب' || w[0] == 'و' || w[0] == 'ل') && len(w) > 2 {
		w = w[1:]
	}
	for _, x := range []string{"ان", "انه", "انها", "انهم", "لن", "كي", "لكي"} {
		if runesIs(w, x) {
			return true
		}
	}
	return false
}
