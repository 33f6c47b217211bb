package timex

// ruleCentury: a Gregorian century by its ordinal or number (TIMEX3: the
// first two digits of its years): "القرن العشرين" (19), "القرن الحادي
// والعشرين" (20), "القرن التاسع عشر" (18), "القرن 16" (15), with a
// boundary word (مطلع القرن العشرين, mod START). Hijri centuries (القرن
// السابع الهجري، القرن 5 هـ) are left out; a Gregorian marker (الميلادي،
// ميلادي، م، للميلاد) is inside the span.
func ruleCentury(s *scan, i int) {
	k, first := i, true
	mod := ""
	if b := s.sn(i).boundary; b != "" {
		mod, k, first = b, i+1, false
	}
	decade := 0
	if d := s.at(k, first).decade; d > 0 && s.bare(k+1).deictic == uCentury {
		decade, k, first = int(d)%10, k+1, false // ستينيات القرن السادس عشر: 157
		if m, j, ok := s.modifier(k + 1); ok && m == modPast {
			s.add("century", i, j, frame{typ: Date, decade: 190 + decade, mod: mod}) // ستينيات القرن الماضي
			return
		}
	}
	if s.at(k, first).deictic != uCentury {
		return
	}
	n, j, ok := s.ordinal(k+1, false)
	if !ok {
		d := k + 1
		if s.isAl(d) || s.looseAl(d) {
			d++ // القرن الـ19، القرن الـ 14، القرن ال ـ 14 (ANERcorp's tokens)
		}
		if v, ok2 := s.number(d, 2); ok2 && s.toks[d].clitic == 0 {
			n, j, ok = v, d+1, true
		}
	}
	if !ok || n < 1 || n > 21 {
		return
	}
	if s.bare(j).flags&fCalAdj != 0 {
		if !s.wordIs(j, []rune("الميلادي")) && !s.wordIs(j, []rune("الميلاديه")) {
			return // القرن السابع الهجري
		}
		j++
	} else if cal, j2, ok := s.marker(j); ok {
		if cal != calG {
			return // القرن 5 هجري، القرن 5 هـ
		}
		j = j2 // القرن 17 ميلادي، القرن 19م
	}
	if s.isDecadeWord(i, k) {
		s.add("century", i, j, frame{typ: Date, lit: pad(n-1, 2) + string(rune('0'+decade)), mod: mod})
		return
	}
	if mod == "" {
		if st, dig, ok := s.decadeBefore(i); ok {
			// العقد الأخير من القرن العشرين: 199
			s.add("century", st, j, frame{typ: Date, lit: pad(n-1, 2) + string(rune('0'+dig))})
			return
		}
	}
	st := i
	if mod == "" {
		st, mod = s.partBefore(i) // النصف الأول من القرن العشرين
	}
	s.add("century", st, j, frame{typ: Date, lit: pad(n-1, 2), mod: mod})
}

// isDecadeWord reports whether a decade word (ستينيات) stands right before
// the century word at k, after the start i.
func (s *scan) isDecadeWord(i, k int) bool {
	return k-1 >= i && s.at(k-1, k-1 == i).decade > 0
}

// decadeBefore reads "العقد الأول/الثاني/…/الأخير من" (or للقرن) before
// the century word at k: the token that starts the span and the decade's
// digit (الأول 0 … العاشر/الأخير 9).
func (s *scan) decadeBefore(k int) (int, int, bool) {
	a := k - 1
	if s.bare(a).flags&fFrom != 0 && s.toks[k].pre == 0 {
		a--
	} else if s.proclitic(k) != 'ل' {
		return k, 0, false
	}
	if a < 1 || !s.isWordAny(a-1, "العقد") {
		return k, 0, false
	}
	o := int(s.bare(a).ord)
	if o == -1 {
		o = 10 // الأخير
	}
	if o < 1 || o > 10 {
		return k, 0, false
	}
	return a - 1, o - 1, true
}

// looseAl reports whether word token i is the article ال standing alone
// before a number, as ANERcorp's tokenized text writes «الـ 14» and «ال ـ
// 14» (the tatweel is folded away).
func (s *scan) looseAl(i int) bool {
	if !s.isWord(i) || s.toks[i].e-s.toks[i].s != 2 || i+1 >= len(s.toks) || s.toks[i+1].kind != kNum || s.toks[i+1].nl {
		return false
	}
	return s.f.Runes[s.toks[i].s] == 'ا' && s.f.Runes[s.toks[i].s+1] == 'ل'
}
