package timex

// ruleVague: vague references (TIMEX3 PAST_REF, PRESENT_REF, FUTURE_REF):
// "حاليا"، "الآن"، "مؤخرا"، "لاحقا"، "وقت سابق"، "أقرب وقت ممكن"، "ذلك الوقت".
func ruleVague(s *scan, i int) {
	sn := s.sn(i)
	if sn.vague != "" {
		// (ألان, the name Alain, folds like الآن: build drops it by its
		// original spelling)
		if s.isWordAny(i, "حديثا") && (s.isWordAny(i+1, "عن", "حول", "مع", "لوسائل", "لقناه", "لصحيفه", "لجريده", "لوكاله", "لاذاعه", "نبويا", "شريفا") || s.isWordAny(i-1, "القي", "اجري", "روي", "نقل", "اقتبس")) {
			return // اقتبس حديثا عن، أجرى حديثا لقناة، روى حديثا نبويا: a talk or a hadith, not "recently"
		}
		if s.isPunct(i-1, '(') && s.isWordAny(i, "حاليا", "سابقا") && s.isWord(i+1) {
			return // تاغست (حاليا سوق أهراس): a place's name now or before, a gloss
		}
		s.add("vague", i, i+1, frame{typ: Date, lit: sn.vague})
		return
	}
	for _, p := range sn.phrases {
		words := s.lex.phrases[p]
		j := i + 1
		for _, w := range words[1:] {
			if !s.wordIs(j, w) {
				j = -1
				break
			}
			j++
		}
		if j > 0 {
			s.add("vague", i, j, frame{typ: Date, lit: vaguePhrases[p].value})
			return
		}
	}
}

// wordIs reports whether token i is exactly the folded word w.
func (s *scan) wordIs(i int, w []rune) bool {
	if !s.isWord(i) {
		return false
	}
	t := &s.toks[i]
	if t.e-t.s != len(w) {
		return false
	}
	for k, r := range w {
		if s.f.Runes[t.s+k] != r {
			return false
		}
	}
	return true
}
