package timex

// ruleHoliday: feasts named in news (words.go: holidays), dated through
// their calendar: "عيد الفطر المبارك" (1 Shawwal), "عيد الأضحى الماضي"
// (10 Dhu al-Hijja), "رأس السنة الهجرية"، "المولد النبوي الشريف"،
// "عاشوراء", "عيد الشغل" (1 May), with an optional epithet, modifier
// (الماضي، المقبل) or year (لعام 1438هـ، 2017). Without a year the
// occurrence is chosen like a yearless date (build.go: yearForMonth,
// resolveHijri).
func ruleHoliday(s *scan, i int) {
	if s.newYearsEve(i) {
		return
	}
	h0 := i
	if s.sn(i).flags&fDayHead != 0 && s.sn(i).flags&fDualHead == 0 && len(s.bare(i+1).holidays) > 0 {
		h0 = i + 1 // يوم عيد الفطر: the head noun is inside the span
	}
	sn := s.at(h0, h0 == i)
	pre := int(sn.holPre) // بعيد الفطر: ب + عيد (بعيد "far" is a word of its own)
	if pre > 0 && h0 == i {
		if p := s.proclitic(i); p == 'ب' || p == 'ل' || p == 'ك' {
			return // فببعيد: no word takes two prepositions
		}
	}
	for _, hi := range sn.holidays {
		words := s.lex.hphr[hi]
		j := h0 + 1
		for _, w := range words[1:] {
			if !s.wordIs(j, w) {
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			continue
		}
		h := holidays[hi]
		fr := frame{typ: Date, m: h.month, d: h.day}
		if h.hijri {
			fr.cal = calH
		}
		for _, e := range s.lex.epith {
			if s.wordIs(j, e) {
				j++
				break
			}
		}
		j = s.yearTail(j, &fr)
		if fr.y == 0 && !fr.hasYRel && fr.dir == 0 {
			fr.future = s.futureContext(i) || s.futureAfter(j)
		}
		if !validDate(fr.cal, fr.y, fr.m, fr.d) {
			return
		}
		s.add("holiday", i, j, fr)
		if pre > 0 {
			s.cands[len(s.cands)-1].fs += pre
		}
		return
	}
}

var (
	raas       = []rune("راس")
	sana       = []rune("السنه")
	eveEpithet = [][]rune{[]rune("الميلاديه"), []rune("الجديده"), []rune("الاداريه")}
)

// newYearsEve matches the night or the eve of the Gregorian New Year,
// «ليلة رأس السنة»، «عشية رأس السنة الميلادية»، «ليل رأس السنة الجديدة»:
// a TIME, the night of 31 December (XXXX-12-31TNI, its year chosen like
// a yearless date's). Not the Hijri New Year's eve (رأس السنة الهجرية).
func (s *scan) newYearsEve(i int) bool {
	sn := s.sn(i)
	if sn.pod != podNI && !(sn.pod == podAF && s.isWordAny(i, "عشيه")) || !s.wordIs(i+1, raas) || !s.wordIs(i+2, sana) {
		return false
	}
	j := i + 3
	for _, e := range eveEpithet {
		if s.wordIs(j, e) {
			j++
			break
		}
	}
	if s.isWordAny(j, "الهجريه", "الهجري") {
		return false
	}
	fr := frame{typ: Time, m: 12, d: 31, pod: podNI, day: true}
	j = s.yearTail(j, &fr)
	if fr.y == 0 && !fr.hasYRel && fr.dir == 0 {
		fr.future = s.futureContext(i) || s.futureAfter(j)
	}
	s.add("holiday", i, j, fr)
	return true
}
