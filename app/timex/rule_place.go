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
