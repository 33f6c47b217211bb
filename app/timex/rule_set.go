package timex

// ruleSet: sets (TIMEX3 SET): frequency adverbs "يوميا"، "سنويا"; "كل عام"
// (P1Y), "كل أسبوعين" (P2W), "كل يوم جمعة"/"كل اثنين" (XXXX-WXX-5);
// "أيام الاثنين"; "عاما بعد عام".
func ruleSet(s *scan, i int) {
	sn := s.sn(i)
	if st, ok := s.timesPer(i); ok {
		// مرتين في الأسبوع، مرة في السنة، ثلاث مرات في اليوم: P1W (TIMEX3 freq
		// is not kept)
		s.add("set", st, i+1, frame{typ: Set, lit: durationValue(1, "", sn.deictic)})
		return
	}
	if sn.pod != 0 && sn.podNoun && s.bare(i+1).flags&fEvery != 0 {
		// مساء كل سبت، صباح كل خميس: every such day, in that part of it
		if wd, j, ok := s.weekday(i+2, false, true); ok {
			s.add("set", i, j, frame{typ: Set, lit: weekdaySet(wd) + "T" + podNames[sn.pod]})
			return
		}
	}
	if sn.set != "" {
		s.add("set", i, i+1, frame{typ: Set, lit: sn.set})
		return
	}
	if sn.flags&fEvery != 0 {
		k := i + 1
		if s.bare(k).flags&fDayHead != 0 {
			if wd, j, ok := s.weekday(k+1, false, true); ok {
				s.add("set", i, j, frame{typ: Set, lit: weekdaySet(wd)})
				return
			}
		}
		if wd, j, ok := s.weekday(k, false, true); ok {
			s.add("set", i, j, frame{typ: Set, lit: weekdaySet(wd)})
			return
		}
		if n, u, j, ok := s.durCore(k, false, true); ok {
			s.add("set", i, j, frame{typ: Set, lit: durationValue(n, s.quantity(k), u)})
			return
		}
		// كل 15 أبريل، كل 4/15: every year on that day
		if j, fr, ok := s.parseDate(k); ok && fr.cal == calG && fr.d > 0 && fr.m > 0 && fr.y == 0 && !fr.rel && !fr.hasYRel && fr.dir == 0 {
			s.add("set", i, j, frame{typ: Set, lit: "XXXX-" + pad(fr.m, 2) + "-" + pad(fr.d, 2)})
			return
		}
		// كل مايو، كل أيار/مايو: every year in that month
		if j, fr, ok := s.parseDate(k); ok && fr.cal == calG && fr.d == 0 && fr.m > 0 && fr.y == 0 && !fr.rel && !fr.hasYRel && fr.dir == 0 && !fr.lastOf {
			s.add("set", i, j, frame{typ: Set, lit: "XXXX-" + pad(fr.m, 2)})
			return
		}
		if a, ok := s.number(k, 2); ok && s.isPunct(k+1, '/') && !s.isPunct(k+3, '/') {
			if b, ok := s.number(k+2, 2); ok {
				d, m := a, b // day/month, or month/day when that is the only reading
				if m > 12 {
					d, m = b, a
				}
				if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(0, m) {
					s.add("set", i, k+3, frame{typ: Set, lit: "XXXX-" + pad(m, 2) + "-" + pad(d, 2)})
					return
				}
			}
		}
		// كل صباح، كل ليلة
		if p := s.bare(k); p.pod != 0 && p.podNoun {
			s.add("set", i, k+1, frame{typ: Set, lit: "T" + podNames[p.pod]})
		}
		return
	}
	if sn.unit != uNone && !s.definite(i) {
		// عاما بعد عام
		if sn.uform == formSing && s.bare(i+1).flags&fAfterWord != 0 && s.bare(i+2).unit == sn.unit {
			s.add("set", i, i+3, frame{typ: Set, lit: durationValue(1, "", sn.unit)})
			return
		}
	}
	if sn.unit == uDay && sn.uform == formPlural {
		if wd, j, ok := s.weekday(i+1, false, true); ok {
			s.add("set", i, j, frame{typ: Set, lit: weekdaySet(wd)})
		}
	}
}

func weekdaySet(wd int) string { return "XXXX-WXX-" + string(rune('0'+wd)) }

// timesPer reports whether the deictic unit at token i (الأسبوع، الشهر،
// السنة، اليوم) closes "مرة/مرتين/N مرات في": a frequency, returning the
// token that starts it.
func (s *scan) timesPer(i int) (int, bool) {
	d := s.sn(i).deictic
	if d < uDay || d > uYear || s.toks[i].pre != 0 || !s.definite(i) || !s.isWordAny(i-1, "في") {
		return i, false
	}
	switch {
	case s.isWordAny(i-2, "مره", "مرتين", "مرتان"):
		return i - 2, true
	case s.isWordAny(i-2, "مرات") && i >= 3 && (s.toks[i-3].kind == kNum || s.sn(i-3).card > 0):
		return i - 3, true
	}
	return i, false
}
