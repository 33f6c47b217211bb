package timex

// ruleEra: millennia and dates before Christ (TIMEX3 value: the leading
// digits of the years, with BC for the era before Christ, TimeML 1.2.1
// guidelines):
//   - "الألفية الثالثة" (2), "الألفية الثانية للميلاد" (1), with a
//     boundary word (مطلع الألفية الثالثة, mod START);
//   - "عام 330 بعد الميلاد" (0330), "عام 45 للميلاد";
//   - "عام 500 قبل الميلاد" (BC0500), "3000 سنة قبل الميلاد" (BC3000),
//     "500 ق.م"، "القرن الخامس قبل الميلاد" (BC04), "الألفية الثالثة قبل
//     الميلاد" (BC2).
func ruleEra(s *scan, i int) {
	k, first, mod := i, true, ""
	if b := s.sn(i).boundary; b != "" {
		mod, k, first = b, i+1, false
	}
	lead, j, unit := 0, k, 0 // unit: 1 millennium, 2 century, 4 year
	switch {
	case s.at(k, first).flags&fMillennium != 0:
		n, j2, ok := s.ordinal(k+1, false)
		if !ok || n < 1 || n > 10 {
			return
		}
		lead, j, unit = n-1, j2, 1
	case s.at(k, first).deictic == uCentury:
		if n, j2, ok := s.ordinal(k+1, false); ok && n >= 1 && n <= 60 {
			lead, j, unit = n-1, j2, 2
		} else if v, ok := s.number(k+1, 2); ok && s.toks[k+1].clitic == 0 && v >= 1 {
			lead, j, unit = v-1, k+2, 2
		} else {
			return
		}
	default:
		if mod != "" {
			return
		}
		if s.at(k, first).flags&fYearHead != 0 && !s.definite(k) {
			k, first = k+1, false
		}
		v, ok := s.number(k, 4)
		if !ok || v < 1 || !first && s.toks[k].clitic != 0 {
			return
		}
		lead, j, unit = v, k+1, 4
		if k == i && s.bare(j).unit == uYear && s.bare(j).uform == formSing {
			j++ // 3000 سنة قبل الميلاد
		}
	}
	bc, j2 := s.beforeChrist(j)
	if !bc && unit == 4 && s.bcRangeAfter(j) {
		bc, j2 = true, j // بين سنتي 2559 و2535 ق م، من 2040 إلى 2020 ق م: the era of the range's last year
	}
	ad := s.isWordAny(j, "للميلاد", "الميلاديه") || s.isWordAny(j, "بعد") && s.isWordAny(j+1, "الميلاد")
	switch {
	case bc:
		j = j2
	case ad && s.isWordAny(j, "بعد"):
		j += 2 // عام 330 بعد الميلاد
	case ad:
		j++
	case unit != 1:
		return // centuries and years of the common era: ruleCentury, ruleYear
	}
	lit := pad(lead, unit)
	if unit == 1 {
		lit = string(rune('0' + lead))
	}
	if bc {
		lit = "BC" + lit
	}
	st := i
	if mod == "" && unit <= 2 {
		st, mod = s.partBefore(i) // الجزء المبكر للألفية الأولى ق م
	}
	s.add("era", st, j, frame{typ: Date, lit: lit, mod: mod})
}

// partBefore reads a part of a century or millennium written before it
// with a head noun: "الجزء المبكر للألفية الأولى" (START), "الجزء الأخير
// من القرن التاسع عشر" (END), "النصف الأول من القرن العشرين" (START),
// "النصف الثاني للقرن" (END). It returns the token that starts the span
// (k itself when no part is written) and the mod.
func (s *scan) partBefore(k int) (int, string) {
	a := k - 1
	if s.bare(a).flags&fFrom != 0 && s.toks[k].pre == 0 {
		a-- // النصف الأول من القرن
	} else if s.proclitic(k) != 'ل' {
		return k, "" // للقرن، للألفية: the ل of the genitive
	}
	if a < 1 || !s.isWord(a) || !s.isWordAny(a-1, partHeads...) && !(s.toks[a-1].pre == 1 && s.cliticWordAny(a-1, partHeads)) {
		// (a head with a proclitic and outside the lexicon, والجزء, is
		// left out: the span would start at its و)
		return k, ""
	}
	switch {
	case s.isWordAny(a, "المبكر", "الاول", "الأول"):
		return a - 1, "START"
	case s.isWordAny(a, "الاخير", "الأخير", "المتاخر", "الثاني"):
		return a - 1, "END"
	}
	return k, ""
}

// bcRangeAfter reports whether a year marked before Christ follows token
// j as the end of a range or pair: "- 2535 ق م"، "إلى 2020 ق.م"، "و2535 ق
// م" (the marker is shared, as in 1437ـ1441هـ).
func (s *scan) bcRangeAfter(j int) bool {
	n := j
	if s.isPunct(n, '-', '–', '—') || s.bare(n).flags&fTo != 0 {
		n++
	} else if !(n < len(s.toks) && s.toks[n].kind == kNum && s.toks[n].clitic == 'و') {
		return false
	}
	if n >= len(s.toks) || s.toks[n].kind != kNum || s.toks[n].nd < 2 || s.toks[n].nd > 4 {
		return false
	}
	m := n + 1
	if s.bare(m).unit == uYear && s.bare(m).uform == formSing {
		m++
	}
	return s.bcAt(m)
}

// partHeads are the head nouns of partBefore (folded).
var partHeads = []string{"الجزء", "النصف"}

// beforeChrist reports whether "قبل الميلاد"، "ق.م" or "ق م" starts at
// token j (bcAt) and returns the token after it.
func (s *scan) beforeChrist(j int) (bool, int) {
	switch {
	case !s.bcAt(j):
		return false, j
	case s.oneLetter(j, 'ق') && s.isPunct(j+1, '.'):
		return true, j + 3
	}
	return true, j + 2
}
