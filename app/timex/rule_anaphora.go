package timex

// ruleAnaphora: a day given relative to the last day the text named (or
// the DCT when it named none): "اليوم التالي"، "في اليوم نفسه/ذاته"، "نفس
// اليوم"، "اليوم السابق"، "ذلك اليوم"، Maghrebi "اليوم الموالي".
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
	case sn.flags&fThatDem != 0 && s.toks[i].pre == 0 && s.bare(i+1).deictic == uDay && s.definite(i+1):
		return i + 2, fr, true // ذلك اليوم: that day, the last day named
	}
	// بعد ذلك بثلاثة أيام، قبل ذلك بيومين، بعدها بأسبوع: days counted
	// from the last day named
	sign, k := 0, i+1
	switch { // (also after و/ف: وبعد ذلك بيومين، وبعدها بأسبوع)
	case s.cliticWordAny(i, afterW) && s.isWordAny(i+1, "ذلك"):
		sign = 1
	case s.cliticWordAny(i, beforeW) && s.isWordAny(i+1, "ذلك"):
		sign = -1
	case s.cliticWordAny(i, afterItW):
		sign, k = 1, i
	case s.cliticWordAny(i, beforeItW):
		sign, k = -1, i
	}
	if sign != 0 && s.isWord(k+1) && s.proclitic(k+1) == 'ب' {
		if n, u, j, ok := s.durCore(k+1, true, true); ok && n == float64(int(n)) && n < 1000 && (u == uDay || u == uWeek) {
			if u == uWeek {
				n *= 7
			}
			fr.relN = sign * int(n)
			return j, fr, true
		}
	}
	return i, frame{}, false
}

// The words of parseAnaDay's counted days (folded).
var (
	afterW    = []string{"بعد"}
	beforeW   = []string{"قبل"}
	afterItW  = []string{"بعدها", "بعده"}
	beforeItW = []string{"قبلها", "قبله"}
)
