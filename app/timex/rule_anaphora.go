package timex

// ruleAnaphora: a day given relative to the last day the text named (or
// the DCT when it named none): "اليوم التالي"، "في اليوم نفسه/ذاته"، "نفس
// اليوم"، "اليوم السابق"، Maghrebi "اليوم الموالي".
func ruleAnaphora(s *scan, i int) {
	if j, fr, ok := s.parseAnaDay(i); ok {
		s.add("anaphora", i, j, fr)
	}
}

func (s *scan) parseAnaDay(i int) (int, frame, bool) {
	fr := frame{typ: Date, anaDay: true, day: true}
	sn := s.sn(i)
	switch {
	case sn.deictic == uDay && s.bare(i+1).isAnaDay:
		fr.relN = int(s.bare(i + 1).anaDay)
		return i + 2, fr, true
	case (sn.flags&fSame != 0 || s.wordIs(i, []rune("ذات"))) && s.bare(i+1).deictic == uDay:
		return i + 2, fr, true
	}
	return i, frame{}, false
}
