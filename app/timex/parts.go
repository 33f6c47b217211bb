package timex

import "strings"

// Sub-parsers shared by the rules. Each takes a token index and returns the
// index after what it matched; first reports whether the token may carry a
// proclitic (only the first token of an expression may).

func (s *scan) at(i int, first bool) *sense {
	if first {
		return s.sn(i)
	}
	return s.bare(i)
}

func (s *scan) isWord(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == kWord }

// proclitic returns the last proclitic letter stripped from token i (ف in
// فغشت, ل in لـ2015), or 0.
func (s *scan) proclitic(i int) rune {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	t := &s.toks[i]
	if t.kind == kNum {
		return t.clitic
	}
	if t.kind == kWord && t.pre > 0 {
		return s.f.Runes[t.s+t.pre-1]
	}
	return 0
}

// weekday matches a weekday name; bare forms (أحد، اثنين) only when bare is
// set (after يوم/نهار/كل/أيام).
func (s *scan) weekday(i int, first, bare bool) (wd, j int, ok bool) {
	sn := s.at(i, first)
	if sn.wday == 0 || (!sn.wdArt && !bare) {
		return 0, i, false
	}
	// الاثنين "the two" after a definite plural or dual: المتهمين الاثنين
	if sn.wday == 1 && sn.wdArt && s.definite(i-1) {
		t := &s.toks[i-1]
		if t.e-t.s > 4 {
			a, b := s.f.Runes[t.e-2], s.f.Runes[t.e-1]
			if b == 'ن' && (a == 'ي' || a == 'و' || a == 'ا') {
				return 0, i, false
			}
		}
	}
	return int(sn.wday), i + 1, true
}

// month matches a one- or two-word month name.
func (s *scan) month(i int, first bool) (m int, cal int8, amb bool, j int, ok bool) {
	sn := s.at(i, first)
	switch {
	case sn.month > 0:
		return int(sn.month), calG, sn.mamb, i + 1, true
	case sn.hmonth > 0:
		return int(sn.hmonth), calH, sn.mamb, i + 1, true
	case sn.mhead > 0:
		sec := s.bare(i + 1).msecond
		if sec == 0 {
			return 0, 0, false, i, false
		}
		switch sn.mhead {
		case headKanun:
			if sec == 1 {
				return 12, calG, false, i + 2, true
			} else if sec == 2 {
				return 1, calG, false, i + 2, true
			}
		case headTishrin:
			if sec == 1 || sec == 2 {
				return 9 + int(sec), calG, false, i + 2, true
			}
		case headRabi:
			if sec == 1 || sec == 2 {
				return 2 + int(sec), calH, false, i + 2, true
			}
		case headJumada:
			if sec == 1 || sec == 2 {
				return 4 + int(sec), calH, false, i + 2, true
			}
		case headDhu:
			if sec == 11 || sec == 12 {
				return int(sec), calH, false, i + 2, true
			}
		}
	}
	return 0, 0, false, i, false
}

// splitMonth reads a two-word month name whose words a slash or a dash
// separates, «تشرين / الأول»، «كانون - الثاني»: the month (Gregorian only)
// and the token after it.
func (s *scan) splitMonth(k int) (m int, cal int8, j int, ok bool) {
	sec := s.bare(k + 2).msecond
	switch s.bare(k).mhead {
	case headKanun:
		switch sec {
		case 1:
			return 12, calG, k + 3, true
		case 2:
			return 1, calG, k + 3, true
		}
	case headTishrin:
		if sec == 1 || sec == 2 {
			return 9 + int(sec), calG, k + 3, true
		}
	}
	return 0, 0, k, false
}

// monthPair matches a month name optionally followed by the same month in
// another naming system: يونيو/حزيران، مارس (آذار)، آب/أغسطس، يوليو تموز.
func (s *scan) monthPair(i int, first bool) (m int, cal int8, amb, pair bool, j int, ok bool) {
	m, cal, amb, j, ok = s.month(i, first)
	if !ok {
		return
	}
	k := j
	paren := false
	if s.isPunct(k, '/', '-', ',', '(', '\\', '|') {
		paren = s.toks[k].r == '('
		k++
	}
	m2, cal2, _, j2, ok2 := s.month(k, false)
	if !ok2 && s.bare(k).mhead > 0 && s.isPunct(k+1, '/', '\\', '-') {
		// أكتوبر تشرين / الأول: the slash of the pair fell inside the
		// Levantine name
		m2, cal2, j2, ok2 = s.splitMonth(k)
	}
	if !ok2 || m2 != m || cal2 != cal || cal == calH {
		return // صفر - صفر is a score; Hijri months have no pairs
	}
	if paren {
		if !s.isPunct(j2, ')') {
			return
		}
		j2++
	}
	return m, cal, false, true, j2, true
}

// cardinal matches a number: digits, digits in parentheses, or number words
// (ثلاثة، أحد عشر، خمسة وعشرين).
func (s *scan) cardinal(i int, first bool) (n, j int, ok bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, i, false
	}
	t := &s.toks[i]
	switch t.kind {
	case kNum:
		if t.nd == 0 || t.nd > 4 || (!first && t.clitic != 0) {
			return 0, i, false
		}
		return t.num, i + 1, true
	case kPunct:
		if t.r == '(' && i+2 < len(s.toks) && s.isPunct(i+2, ')') {
			if v, ok := s.number(i+1, 4); ok && s.toks[i+1].clitic == 0 {
				return v, i + 3, true
			}
		}
		return 0, i, false
	}
	sn := s.at(i, first)
	if sn.card == 0 {
		return 0, i, false
	}
	n, j = int(sn.card), i+1
	if n < 10 && s.bare(j).card == 10 {
		return n + 10, j + 1, true
	}
	if sn.flags&fAhad != 0 {
		return 0, i, false // أحد أشهر الفنانين: "one of", not a number
	}
	if n < 10 && s.isWord(j) && s.toks[j].pre == 1 && s.f.Runes[s.toks[j].s] == 'و' {
		if c := s.sn(j).card; c >= 20 && c < 100 && c%10 == 0 {
			return n + int(c), j + 1, true
		}
	}
	return n, j, true
}

// ordinal matches an ordinal day or hour: السابع، الحادي عشر، الثاني والعشرين.
func (s *scan) ordinal(i int, first bool) (n, j int, ok bool) {
	sn := s.at(i, first)
	if sn.ord <= 0 {
		return 0, i, false
	}
	n, j = int(sn.ord), i+1
	if n < 10 && s.bare(j).card == 10 {
		return n + 10, j + 1, true
	}
	if n < 10 && s.isWord(j) && s.toks[j].pre == 1 && s.f.Runes[s.toks[j].s] == 'و' {
		if o := s.sn(j).ord; o == 20 || o == 30 {
			return n + int(o), j + 1, true
		}
	}
	return n, j, true
}

// modifier matches a post-modifier (الماضي، المقبل، الحالي…, Darija اللي فات).
func (s *scan) modifier(i int) (mod int8, j int, ok bool) {
	sn := s.bare(i)
	if sn.mod != 0 && sn.flags&fThisDem == 0 {
		return sn.mod, i + 1, true
	}
	if sn.flags&fLi != 0 && s.bare(i+1).flags&fPassed != 0 {
		return modPast, i + 2, true
	}
	if sn.flags&fAgo != 0 && s.bare(i+1).mod == modPast {
		return modPast2, i + 2, true // العام قبل الماضي
	}
	if sn.flags&fAfter != 0 && s.bare(i+1).mod == modFuture {
		return modFuture2, i + 2, true // الأربعاء بعد المقبل
	}
	return 0, i, false
}

// marker matches a year marker: م/ميلادي (Gregorian) or هـ/هجري/للهجرة.
func (s *scan) marker(i int) (cal int8, j int, ok bool) {
	sn := s.bare(i)
	switch {
	case sn.flags&fMarkH != 0:
		return calH, i + 1, true
	case sn.flags&fMarkG != 0:
		return calG, i + 1, true
	}
	// للهجرة: ل + الهجرة
	if s.isWord(i) && s.toks[i].pre > 0 && s.sn(i).flags&fMarkH != 0 {
		return calH, i + 1, true
	}
	return 0, i, false
}

// relYear matches a relative year phrase: العام الماضي، العام المالي
// الحالي، هذا العام، السنة المقبلة. It returns the offset from the DCT year.
func (s *scan) relYear(i int, first bool) (off, j int, ok bool) {
	sn := s.at(i, first)
	if sn.flags&fThisDem != 0 && s.bare(i+1).deictic == uYear {
		return 0, i + 2, true
	}
	if sn.deictic != uYear {
		return 0, i, false
	}
	k := i + 1
	if s.bare(k).flags&fFiscal != 0 {
		k++
	}
	mod, k2, ok := s.modifier(k)
	if !ok {
		return 0, i, false
	}
	off = modOffset(mod)
	return off, k2, true
}

// yearNumber matches a year written in digits (3–4 digits) followed by an
// optional marker.
func (s *scan) yearNumber(i int, first bool) (y int, cal int8, marked bool, j int, ok bool) {
	if i < 0 || i >= len(s.toks) {
		return
	}
	t := &s.toks[i]
	if t.kind != kNum || t.nd < 1 || t.nd > 4 || (!first && t.clitic != 0) {
		return
	}
	y, j = t.num, i+1
	if t.nd < 3 {
		// a year of one or two digits only with a marker: سنة 36 للهجرة
		if c, j2, ok := s.marker(j); ok && !s.bcAt(j) {
			return y, c, true, j2, true
		}
		return 0, 0, false, i, false
	}
	if s.bcAt(j) {
		return 0, 0, false, i, false // سنة 1500 ق.م: before Christ, not tagged
	}
	if c, j2, ok := s.marker(j); ok {
		return y, c, true, j2, true
	}
	if y >= 1300 && y <= 1500 && s.hijriDoc {
		cal = calH // an unmarked year in a text that marks Hijri years elsewhere
	}
	return y, cal, false, j, true
}

// yearTail matches what may follow a month: a year (2016, 2015م,
// 1436هـ, عام 2016), "من العام الماضي", or a modifier (الماضي، المقبل).
func (s *scan) yearTail(i int, fr *frame) int {
	k := i
	if s.bare(k).flags&fEpithet != 0 {
		// رمضان المبارك لعام 1441هـ: the epithet is inside the span only
		// when a year or modifier follows it
		if s.bare(k+1).flags&fEpithet == 0 {
			if j := s.yearTail(k+1, fr); j > k+1 {
				return j
			}
		}
		return i
	}
	if s.isPunct(k, ',', '.') {
		if y, _, _, j, ok := s.yearNumber(k+1, false); ok && y >= 100 {
			fr.y = y
			return j
		}
		return i
	}
	if y, _, marked, j, ok := s.yearNumber(k, false); ok && (y >= 1000 || marked || y >= 100 && fr.d > 0 && s.yearOfAntiquity(k, j)) {
		fr.y = y
		if m, j2, ok := s.modifier(j); ok && m == modCurrent {
			return j2
		}
		return j
	}
	if s.bare(k).flags&fYearHead != 0 || s.isWord(k) && s.proclitic(k) == 'ل' && s.sn(k).flags&fYearHead != 0 {
		if y, _, _, j, ok := s.yearNumber(k+1, false); ok {
			fr.y = y
			return j
		}
		if y, j, ok := s.spelledYear(k + 1); ok {
			// الحادي والعشرين من رمضان سنة ألف وأربعمائة واثنين وأربعين للهجرة
			if c, j2, ok := s.marker(j); ok {
				if c == calH && fr.cal != calH {
					return i // a Hijri year after a Gregorian month: two expressions
				}
				j = j2
			}
			fr.y = y
			return j
		}
	}
	if off, j, ok := s.relYear(k, false); ok {
		fr.yRel, fr.hasYRel = off, true // الخامس من مارس العام الماضي
		return j
	}
	if s.bare(k).flags&fFrom != 0 {
		// من ذلك العام، من العام نفسه/ذاته، من نفس العام
		if j, ok := s.sameYear(k + 1); ok {
			fr.anaYear = true
			return j
		}
		if off, j, ok := s.relYear(k+1, false); ok {
			fr.yRel, fr.hasYRel = off, true
			return j
		}
		if s.bare(k+1).flags&fYearHead != 0 {
			if y, _, _, j, ok := s.yearNumber(k+2, false); ok {
				fr.y = y
				return j
			}
		}
	}
	// لـ2015 after a period
	if mod, j, ok := s.modifier(k); ok {
		fr.dir = mod
		return j
	}
	return i
}

// yearOfAntiquity reports whether the three-digit number at token k
// (ending at j) after a day and a month is its year, "15 فبراير 830"، "3
// مارس 854 في بغداد", rather than a count that follows the date (5 مارس
// 300 شخص، 250 ألف، 120 كلم، 40 %).
func (s *scan) yearOfAntiquity(k, j int) bool {
	if s.toks[k].nd != 3 || s.countedAfter(j) || s.bare(j).unit != uNone || s.isPunct(j, '%', '٪') {
		return false
	}
	if p := j; s.isWord(p) && (s.isWordAny(p, "في") && s.isWord(p+1) && s.percentWord(p+1) || s.percentWord(p)) {
		return false // 300 بالمائة، 300 في المائة
	}
	return !s.isWord(j) || s.toks[j].sense >= 0 || s.toks[j].pre > 0 || s.isWordAny(j, "في", "حتى", "إلى", "الى", "و", "ثم", "من", "عن", "على", "قرب", "عند")
}

// percentWord reports whether word token k is المائة / المئة, with or
// without a proclitic (بالمائة).
func (s *scan) percentWord(k int) bool {
	t := &s.toks[k]
	w := string(s.f.Runes[t.s:t.e])
	return strings.HasSuffix(w, "مايه") || strings.HasSuffix(w, "ميه") // folded: ئ → ي، ة → ه
}

// contextBefore reports whether token i is in a date context: preceded by
// a date preposition or head noun, or carrying a proclitic ف/ب/ل.
func (s *scan) contextBefore(i int) bool {
	switch s.proclitic(i) {
	case 'ف', 'ب', 'ل':
		return true
	}
	if i > 0 && s.toks[i].kind == kWord {
		p := s.sn(i - 1)
		if p.flags&fDateContext != 0 || p.boundary != "" {
			return true
		}
	}
	return false
}

// companyContext reports whether token i (a month name that is also a
// brand, نيسان) stands in a company context: شركة نيسان، «نيسان»، نيسان موتور.
func (s *scan) companyContext(i int) bool {
	if s.sn(i-1).flags&fCompany != 0 || s.bare(i+1).flags&fCompany != 0 {
		return true
	}
	return s.isPunct(i-1, '«', '"', '“') || s.isPunct(i+1, '»', '"', '”')
}

// relMonth matches a month relative to the DCT: الشهر الجاري/الماضي/المقبل،
// هذا الشهر.
func (s *scan) relMonth(i int) (off, j int, ok bool) {
	sn := s.bare(i)
	if sn.flags&fThisDem != 0 && s.bare(i+1).deictic == uMonth {
		return 0, i + 2, true
	}
	if sn.deictic != uMonth {
		return 0, i, false
	}
	mod, j, ok := s.modifier(i + 1)
	if !ok {
		return 0, i, false
	}
	off = modOffset(mod)
	return off, j, true
}

// isAl reports whether token i is the bare article ال glued to the number
// after it (الـ24، الـ12).
func (s *scan) isAl(i int) bool {
	if !s.isWord(i) || s.toks[i].e-s.toks[i].s != 2 || i+1 >= len(s.toks) || s.toks[i+1].kind != kNum || s.toks[i+1].space {
		return false
	}
	return s.f.Runes[s.toks[i].s] == 'ا' && s.f.Runes[s.toks[i].s+1] == 'ل'
}

// sameMonth matches an anaphoric month: الشهر نفسه/ذاته، نفس الشهر، ذلك
// الشهر.
func (s *scan) sameMonth(i int) (int, bool) {
	a, b := s.bare(i), s.bare(i+1)
	switch {
	case a.flags&fThatDem != 0 && b.deictic == uMonth:
		return i + 2, true
	case a.deictic == uMonth && b.flags&fSame != 0:
		return i + 2, true
	case a.flags&fSame != 0 && b.deictic == uMonth:
		return i + 2, true
	}
	return i, false
}

// sameYear matches an anaphoric year: ذلك العام، تلك السنة، العام نفسه/ذاته،
// نفس العام.
func (s *scan) sameYear(i int) (int, bool) {
	a, b := s.bare(i), s.bare(i+1)
	switch {
	case a.flags&fThatDem != 0 && b.deictic == uYear:
		return i + 2, true
	case a.deictic == uYear && b.flags&fSame != 0:
		return i + 2, true
	case a.flags&fSame != 0 && b.deictic == uYear:
		return i + 2, true
	}
	return i, false
}

// bcAt reports whether "ق.م" / "ق م" / "قبل الميلاد" (before Christ) starts
// at token j.
func (s *scan) bcAt(j int) bool {
	if s.oneLetter(j, 'ق') {
		k := j + 1
		if s.isPunct(k, '.') {
			k++
		}
		return s.oneLetter(k, 'م')
	}
	return s.bare(j).flags&fAgo != 0 && s.wordIs(j+1, []rune("الميلاد"))
}

// nihaya is نهاية folded.
var nihaya = []rune("نهايه")

// stemIs reports whether word token i, without its proclitics, is the
// folded word w.
func (s *scan) stemIs(i int, w []rune) bool {
	if !s.isWord(i) {
		return false
	}
	t := &s.toks[i]
	if t.e-t.s-t.pre != len(w) {
		return false
	}
	for k, r := range w {
		if s.f.Runes[t.s+t.pre+k] != r {
			return false
		}
	}
	return true
}
