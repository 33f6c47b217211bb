package timex

// ruleYear: a year as a date: "عام 2016"، "في عام ٢٠١٦" (span from عام),
// "سنة 1350 هـ"، "1436هـ"، "2015م"، "عامي 2012 و2014"، a year range with one
// marker "1437ـ1441هـ" (the marker is distributed: two Hijri years), the
// two years of a season pair "الموسم 2008/2009"، "2008/09" (seasonPair),
// and a bare year after a date preposition (في 2014، منذ 2011، لـ2015).
func ruleYear(s *scan, i int) {
	if s.sn(i).deictic == uYear && s.definite(i) && s.bare(i+1).flags&fFiscal != 0 {
		// العام المالي 2017، السنة الإدارية 2017، للسنة الدراسية 2016: one
		// span (a pair, 2016/2017, is seasonPair's)
		if y, ok := s.statedYear(i + 2); ok {
			s.add("year", i, i+3, frame{typ: Date, y: y})
		}
		return
	}
	if b := s.sn(i).boundary; b != "" && s.bare(i+1).decade > 0 {
		// منتصف الثمانينيات
		j := i + 2
		if s.bare(j).flags&fFrom != 0 && s.bare(j+1).deictic == uCentury {
			if _, j2, ok := s.modifier(j + 2); ok {
				j = j2
			}
		}
		s.add("year", i, j, frame{typ: Date, decade: int(s.bare(i + 1).decade), mod: b})
		return
	}
	if d := s.sn(i).decade; d > 0 {
		// الثمانينيات [من القرن الماضي]
		j := i + 1
		if s.bare(j).flags&fFrom != 0 && s.bare(j+1).deictic == uCentury {
			if _, j2, ok := s.modifier(j + 2); ok {
				j = j2
			}
		}
		s.add("year", i, j, frame{typ: Date, decade: int(d)})
		return
	}
	k, first := i, true
	mod := ""
	if b := s.sn(i).boundary; b != "" && s.toks[i].kind == kWord {
		mod, k, first = b, i+1, false
	}
	if first && s.pluralYearHead(i) {
		// أعوام 1998، الأعوام 1923 - 1926، سنوات 2005-2008: the plural head
		// is inside the span of the first year; the year itself is read as
		// a bare year after a year-context word
		k, first = i+1, false
	}
	head, paren := false, false
	if s.at(k, first).flags&fYearHead != 0 {
		head, k, first = true, k+1, false
		if s.isPunct(k, '(') && s.isPunct(k+2, ')') {
			paren, k = true, k+1 // عام ( 1956 )
		}
	}
	if head && s.isWord(k) {
		// عام ألفين وسبعة عشر، سنة ألف وأربعمائة واثنين وأربعين للهجرة
		if y, j, ok := s.spelledYear(k); ok {
			cal := calG
			if c, j2, ok := s.marker(j); ok {
				cal, j = c, j2
			}
			if validDate(cal, y, 1, 0) && (cal == calH || y >= 1900) {
				s.add("year", i, j, frame{typ: Date, cal: cal, y: y, mod: mod})
			}
		}
		return
	}
	if k >= len(s.toks) || s.toks[k].kind != kNum || (!first && s.toks[k].clitic != 0) {
		return
	}
	if !head && s.toks[k].nd == 2 && s.isPunct(k-1, '/', '-', '–') {
		// 2008/09: the second year of a season pair, by its last two digits
		if y, ok := s.seasonPair(k - 2); ok {
			if _, c, _, _, ok := s.yearNumber(k-2, true); ok && c == calG {
				s.add("year", i, k+1, frame{typ: Date, y: y})
			}
			return
		}
		if y, ok := s.shortRangeEnd(k - 2); ok && s.isPunct(k-1, '-', '–') {
			s.add("year", i, k+1, frame{typ: Date, y: y}) // 1960–65
			return
		}
	}
	if y, ok := s.twoDigitYear(k, head); ok {
		j := k + 1
		if paren {
			j++
		}
		s.add("year", i, j, frame{typ: Date, y: y, mod: mod})
		return
	}
	y, cal, marked, j, ok := s.yearNumber(k, first)
	if !ok || !marked && s.bcRangeAfter(j) {
		return // 2040 إلى 2020 ق م: a year before Christ (ruleEra)
	}
	if !marked {
		// a range or list sharing one marker: 1437ـ1441هـ، 1436 / 1437 هـ
		n := j
		if s.isPunct(n, '-', '/', '–') {
			n++
		} else if s.bare(n).flags&fTo != 0 {
			n++
		}
		if y2, c2, m2, _, ok := s.yearNumber(n, true); ok && m2 && y2 >= y-1 && y2-y < 50 {
			cal, marked = c2, true
		}
	}
	ancient := false
	if !head && !marked {
		lo := 1900
		if _, short := s.shortRangeEnd(k); short || s.yearRange(k) || s.parenYear(k) || s.seasonYear(k) {
			lo = 1000 // (1956)، 1939-1940، (1903-1907 و 1911-1915): years of a history
		} else if s.ancientYear(k) {
			lo, ancient = 100, true
		} else if s.clauseYear(k, j) {
			lo = 1000 // في 1804، وحتى 1453.
		}
		if y < lo || y > 2100 || !(lo <= 1000 || s.yearContext(k) || s.yearList(k) || s.eventYear(k, j) || s.listedYear(k, j)) || s.countedAfter(j) || s.listCounted(k) {
			return
		}
		cal = calG
		if ancient {
			// (165—218 حزيران / يونيو): the month of the range's last year
			if j2, fr, ok := s.parseDate(j); ok && fr.cal == calG && fr.m > 0 && fr.d == 0 && fr.y == 0 && !fr.rel && !fr.hasYRel && fr.dir == 0 && s.isPunct(k-1, '-', '–', '—') {
				s.add("year", i, j2, frame{typ: Date, y: y, m: fr.m, mod: mod})
				return
			}
		}
	}
	if paren {
		j++ // the closing bracket of عام ( 1956 )
	}
	if !validDate(cal, y, 1, 0) && !ancient && !(marked && head && cal == calG && y >= 1 && y < 1000) && !s.antiquityYear(k, j, head, marked, cal) {
		return // years before 1000 only with a head or a marker: عام 641 م، عام 534، في 589 م (not "100 م", metres)
	}
	if !marked && head && cal == calG && y >= 100 && y < 1000 && s.hijriDoc {
		cal = calH // سنة 132 in a text that marks its years هـ
	}
	if y < 100 && !head {
		return // سنة 36 للهجرة, but not a bare "5 هـ"
	}
	s.add("year", i, j, frame{typ: Date, cal: cal, y: y, mod: mod})
}

// seasonPair returns the second year of a pair naming a season, a school
// or a fiscal year whose first year is the four-digit number at token a:
// 2008/2009، 2010-2011، 1998 / 1999، 2008/09 (the next year, in full or by
// its last two digits). Not inside a numeric date (12/3/2009، 2009/10/12)
// nor a number after a page word or before a counted one.
func (s *scan) seasonPair(a int) (int, bool) {
	y1, ok := s.number(a, 4)
	if !ok || s.toks[a].nd != 4 || y1 < 1000 || y1 >= 2100 || !s.isPunct(a+1, '/', '-', '–') {
		return 0, false
	}
	b := a + 2
	y2, ok := s.number(b, 4)
	if !ok || s.toks[b].clitic != 0 {
		return 0, false
	}
	switch s.toks[b].nd {
	case 4:
		if y2 == y1-1 && (s.yearHeadBefore(a) || s.sn(a-1).flags&fFiscal != 0) {
			// عام 2006/2005، العام المالي 2006 / 2005: the Egyptian
			// fiscal year, the later year first
		} else if y2 != y1+1 {
			return 0, false
		}
	case 2:
		if y2 != (y1+1)%100 {
			return 0, false
		}
		y2 = y1 + 1
	default:
		return 0, false
	}
	num := func(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == kNum }
	if s.isPunct(b+1, '/', '-', '–', '.') && num(b+2) || s.isPunct(a-1, '/', '-', '–', '.') && num(a-2) {
		return 0, false // 2009/10/12، 5/2009/2010: a numeric date or a code
	}
	if s.countedBefore(a) || s.countedAfter(b+1) {
		return 0, false
	}
	return y2, true
}

// seasonYear reports whether the four-digit number at token k is either
// year of a seasonPair.
func (s *scan) seasonYear(k int) bool {
	if _, ok := s.seasonPair(k); ok {
		return true
	}
	_, ok := s.seasonPair(k - 2)
	return ok && s.toks[k].nd == 4
}

// twoDigitPivot splits two-digit years: 00–29 are 2000–2029, 30–99 are
// 1930–1999 (the pivot of POSIX strptime %y is 69; news and history
// texts name the wars and elections of 1930–1968 by two digits too).
const twoDigitPivot = 30

// twoDigitYear reads a year written with two digits at token k: after a
// year head (عام 85، سنة 48), after a noun of an event named by its year
// (حرب 67، نكسة 67، انتخابات 99), or opening a range closed by a
// four-digit year (98 - 2001م, which also gives the century). Not before a
// marker (سنة 36 للهجرة is Hijri year 36, ruleYear) or a counted noun.
func (s *scan) twoDigitYear(k int, head bool) (int, bool) {
	t := &s.toks[k]
	if t.kind != kNum || t.nd != 2 || t.fnum != float64(t.num) || s.toks[k].clitic != 0 && !head {
		return 0, false
	}
	if _, _, ok := s.marker(k + 1); ok || s.countedAfter(k+1) || s.bare(k+1).unit != uNone || s.isPunct(k+1, '/', ':') {
		return 0, false
	}
	yy := t.num
	n := k + 1
	if s.isPunct(n, '-', '–') || s.bare(n).flags&fTo != 0 {
		n++
	}
	if y2, ok := s.year4(n); ok && n > k+1 {
		c := y2 / 100 * 100
		if yy > y2%100 {
			c -= 100
		}
		return c + yy, true // 98 - 2001م
	}
	if !head && !s.eventNoun(k-1) {
		return 0, false
	}
	if yy < twoDigitPivot {
		return 2000 + yy, true
	}
	return 1900 + yy, true
}

// eventNouns name events by their year (حرب 67، نكسة 67), folded.
var eventNouns = []string{"حرب", "نكسه", "نكبه", "ثوره", "انتفاضه", "انتخابات", "مونديال", "احداث", "هجمات", "زلزال", "انقلاب", "مجزره", "عدوان"}

// eventNoun reports whether word token k is one of eventNouns, alone or
// after a proclitic و ف ب ل (ونكسة 67، وحرب 73، بانتخابات 99).
func (s *scan) eventNoun(k int) bool {
	if s.isWordAny(k, eventNouns...) {
		return true
	}
	if !s.isWord(k) || s.toks[k].pre > 1 || s.toks[k].e-s.toks[k].s < 4 {
		return false
	}
	t := &s.toks[k]
	switch s.f.Runes[t.s] {
	case 'و', 'ف', 'ب', 'ل':
	default:
		return false
	}
	w := s.f.Runes[t.s+1 : t.e]
	for _, x := range eventNouns {
		if runesIs(w, x) {
			return true
		}
	}
	return false
}

// yearContext reports whether the bare year number at token k is read as a
// date: after في/منذ/حتى…, with a glued ل/ف (لـ2015), coordinated after
// another year (2012 و2014), or opening a range (من 2010 إلى 2015).
func (s *scan) yearContext(k int) bool {
	switch s.proclitic(k) {
	case 'ل', 'ف':
		return true
	case 'و':
		for p := k - 1; p >= 0 && p >= k-3; p-- {
			if s.toks[p].kind == kNum && s.toks[p].nd == 4 && s.toks[p].num >= 1900 && s.toks[p].num <= 2100 {
				return true
			}
		}
	}
	if s.sn(k-1).flags&fYearContext != 0 {
		return true
	}
	if s.isWordAny(k-1, "حدود") && s.toks[k-1].pre == 0 && (s.bare(k-2).flags&fTo != 0 && s.isWord(k-2) || s.isWordAny(k-2, "علي")) {
		return true // إلى حدود 1980 (Maghrebi: until 1980), على حدود 1967; not في حدود 2000 (about)
	}
	if s.sn(k-1).flags&fFiscal != 0 && s.toks[k].clitic == 0 {
		return true // قانون المالية 2017، الموسم الدراسي 2016
	}
	if s.toks[k].clitic == 0 && s.isWordAny(k-1, "انتاج") && s.isWordAny(k-2, "من") {
		return true // فيلم مصري من إنتاج 1969 (a count is refused by the caller: من إنتاج 2000 برميل)
	}
	if s.proclitic(k) == 'ب' && s.isWordAny(k-1, "مقارنه", "قياسا") {
		return true // مقارنة ب2015
	}
	if s.isPunct(k-1, '/', '-') && s.toks[k].nd == 4 {
		// 2015/2016، 2015-2016: the second year of a pair
		if y, ok := s.number(k-2, 4); ok && s.toks[k-2].nd == 4 && y >= 1900 && y <= 2100 && (s.yearContextWord(k-2) || s.proclitic(k-2) == 'ل' || s.proclitic(k-2) == 'ف') {
			return true
		}
	}
	if s.sn(k-1).flags&fFrom != 0 && s.toks[k-1].pre == 0 && s.isWordAny(k-2, "بدءا", "بدء", "ابتداء", "اعتبارا", "انطلاقا") {
		return true // بدءا من 2017، اعتبارا من 2018
	}
	if s.sn(k-1).flags&fFrom != 0 {
		n := k + 1
		if s.isPunct(n, '-') || s.bare(n).flags&fTo != 0 {
			n++
			if s.isWordAny(n, "حدود") {
				n++ // من 1965 إلى حدود 1980
			}
			if _, c, _, j2, ok := s.month(n, false); ok && c == calG && n > k+1 {
				n = j2 // من 2012 إلى جويلية 2014
			}
		}
		if y, ok := s.number(n, 4); ok && n > k+1 || ok && s.toks[n].clitic == 'و' {
			if s.toks[n].nd == 4 && y >= 1900 && y <= 2100 {
				return true // من 2010 إلى 2015، بين 2010 و2015
			}
		}
	}
	return false
}

// ancientYear reports whether the three-digit number at token k is a
// year of antiquity written bare, as Wikipedia dates Roman or Abbasid
// lives: a life span in brackets after a name, «(165—218)», «(حوالي
// 165 - 218 يونيو)» (the second year within 120 of the first, the
// bracket closing after it or its month), or, in a
// text that has already dated a year before 1000 that way, a year after
// a date preposition or coordinated after such a year («حكم في 217 و
// 218»). Counted numbers (200 كم، 350 شخصا) are refused by the caller.
func (s *scan) ancientYear(k int) bool {
	t := &s.toks[k]
	if t.kind != kNum || t.nd != 3 || t.fnum != float64(t.num) {
		return false
	}
	dash := func(i int) bool { return s.isPunct(i, '-', '–', '—') }
	// the bracket opens after a name (a word outside the lexicon: not
	// «تتراوح بين (188-203)»)
	afterName := func(o int) bool { return s.isWord(o-1) && s.toks[o-1].sense < 0 }
	open := func(i int) bool {
		return s.isPunct(i, '(') && afterName(i) || s.sn(i).flags&fApprox != 0 && s.isPunct(i-1, '(') && afterName(i-1)
	}
	span := func(a, b int) bool {
		y1, ok1 := s.number(a, 3)
		y2, ok2 := s.number(b, 4)
		if c, _, ok := s.marker(b + 1); ok && c == calH {
			return false // (306-387 هـ): Hijri years
		}
		if !s.isPunct(b+1, ')') {
			if _, fr, ok := s.parseDate(b + 1); !ok || fr.m == 0 || fr.d != 0 {
				return false // (360 - 450 كيلوغرام): the bracket closes after the years or a month
			}
		}
		return ok1 && ok2 && s.toks[a].nd == 3 && s.toks[b].nd >= 3 && s.toks[b].clitic == 0 && y2 > y1 && y2-y1 <= 120
	}
	// the number after the span or list: (120-180) رجلا، في 300 و400 دولار count
	counted := func(e int) bool {
		if s.isPunct(e, ')') {
			e++
		}
		if s.bare(e).flags&fAnd != 0 {
			e++
		}
		if s.toks[min(e, len(s.toks)-1)].kind == kNum && e < len(s.toks) {
			e++
		}
		return s.countedAfter(e)
	}
	if open(k-1) && dash(k+1) && span(k, k+2) {
		return !counted(k + 3)
	}
	if dash(k-1) && open(k-3) && span(k-2, k) {
		return !counted(k + 1)
	}
	if s.sn(k-1).flags&fYearContext == 0 && !(s.proclitic(k) == 'و' || s.bare(k-1).flags&fAnd != 0) || counted(k+1) {
		return false
	}
	// the candidates of the paragraph so far (at most 400 tokens back),
	// the latest 64 at most
	p := k
	for p > 0 && p > k-400 && !s.toks[p].nl {
		p--
	}
	for n := len(s.cands) - 1; n >= 0 && n >= len(s.cands)-64; n-- {
		c := &s.cands[n]
		if c.i < p {
			return false
		}
		if c.rule == "year" && c.fr.y > 0 && c.fr.y < 1000 && c.fe <= t.s {
			return true
		}
	}
	return false
}

// yearList reports whether the four-digit number at token k is an item
// of a list of years in rising order, joined by و or commas, as a
// biography lists them: the next item after one read as a year («في
// السنوات 1990، 1992، 1994»), or the first of three or more items («دورات
// 1996 و2000 و2004»), the list followed by no counted word.
func (s *scan) yearList(k int) bool {
	y, ok := s.year4(k)
	if !ok && !(s.toks[k].clitic == 'و' && s.toks[k].nd == 4) {
		return false
	}
	y = s.toks[k].num
	next := s.yearNext
	// the previous item, read as a year
	p := k - 1
	if s.toks[k].clitic == 0 {
		p = k - 2
	}
	if p >= 0 && next(p) == k {
		for n := len(s.cands) - 1; n >= 0 && s.cands[n].fe >= s.toks[p].s; n-- {
			if c := &s.cands[n]; c.rule == "year" && c.fr.y == s.toks[p].num && c.j == p+1 {
				return true
			}
		}
	}
	if y < 1900 {
		return false
	}
	items := 1
	for n := next(k); n > 0; n = next(n) {
		items++
	}
	return items >= 3 && !s.listCounted(k)
}

// yearNext returns the token of the item after the number at token i in
// a rising list of four-digit years (و or a comma between, within a
// century), or -1.
func (s *scan) yearNext(i int) int {
	n := i + 1
	if s.isPunct(n, ',', '،') || s.isWord(n) && s.bare(n).flags&fAnd != 0 {
		n++
	}
	if n >= len(s.toks) || s.toks[n].kind != kNum || s.toks[n].nd != 4 || n == i+1 && s.toks[n].clitic != 'و' || n > i+1 && s.toks[n].clitic != 0 {
		return -1
	}
	if v := s.toks[n].num; v <= s.toks[i].num || v-s.toks[i].num > 100 || v > 2100 {
		return -1
	}
	return n
}

// listCounted reports whether the list of numbers that token k belongs to
// ends in a counted word (1950 و2000 و2050 شخصا): none of them is a year.
func (s *scan) listCounted(k int) bool {
	e := k
	for n := s.yearNext(k); n > 0; n = s.yearNext(n) {
		e = n
	}
	return e > k && s.countedAfter(e+1)
}

// year4 returns the four-digit number at token k of years 1000–2100.
func (s *scan) year4(k int) (int, bool) {
	y, ok := s.number(k, 4)
	return y, ok && s.toks[k].nd == 4 && s.toks[k].clitic == 0 && y >= 1000 && y <= 2100
}

// yearRange reports whether the four-digit number at token k opens or
// closes a range of years: 1939-1940، 2008 – 2012، (1962-1970), the second
// year after the first and within a century of it, with no page or
// counted word before the range (الصفحات 1200-1250).
func (s *scan) yearRange(k int) bool {
	dash := func(i int) bool { return s.isPunct(i, '-', '–', '—') }
	ok := func(a, b int) bool {
		y1, ok1 := s.year4(a)
		if !ok1 && a >= 0 && a < len(s.toks) && s.toks[a].clitic == 'و' && s.toks[a].nd == 4 {
			y1, ok1 = s.toks[a].num, s.toks[a].num >= 1000 && s.toks[a].num <= 2100 // و2003 - 2005
		}
		y2, ok2 := s.year4(b)
		span := 100
		if s.yearContextWord(a) {
			span = 400 // سنوات 1705-1957 م، الفترة 1517-1798: a dynasty, an era
		}
		return ok1 && ok2 && y2 > y1 && y2-y1 <= span && !s.countedBefore(a)
	}
	if s.fromToYears(k) > 0 || s.fromToYearsBack(k) {
		return true
	}
	if _, y := s.year4(k); y && s.isPunct(k-1, '(') && dash(k+1) {
		// (1981 - 6 يناير 2011)، (1920 - مارس 2001)، (1949 -): a life span
		if s.isPunct(k+2, ')') {
			return true
		}
		if _, fr, ok := s.parseDate(k + 2); ok && fr.y >= s.toks[k].num && fr.y-s.toks[k].num <= 120 {
			return true
		}
	}
	if _, y := s.year4(k); y && s.isPunct(k-1, '/') && k >= 3 && s.toks[k-3].kind == kNum {
		if c, j, ok := s.marker(k - 2); ok && c == calH && j == k-1 {
			return true // 1262 هـ / 1836: the Gregorian year of a Hijri one
		}
	}
	if k >= 2 && s.toks[k].clitic == 'و' && s.toks[k].nd == 4 && s.sn(k-2).flags&fDualHead != 0 && s.toks[k-2].pre == 0 {
		if y1, ok := s.year4(k - 1); ok && s.toks[k].num > y1 {
			return true // عامي 1705 و1957: the second year of the dual head
		}
	}
	if _, y := s.year4(k); y && dash(k+1) && s.bare(k+2).flags&fTo != 0 && !s.countedBefore(k) {
		return true // 2014 – حتى الآن
	}
	return dash(k+1) && ok(k, k+2) || dash(k-1) && ok(k-2, k)
}

// clauseYear reports whether the four-digit number at token k (ending at
// j) is a year of history told bare: after في، منذ or حتى (with or
// without و) and closing its clause (a comma, a full stop, a bracket or
// the end of the line follow), «في 1804، أثناء…»، «وحتى 1453.»; a count
// goes on to what it counts.
func (s *scan) clauseYear(k, j int) bool {
	if _, ok := s.year4(k); !ok || k < 1 || !s.isWord(k-1) {
		return false
	}
	p := k - 1
	if !(s.toks[p].pre == 0 || s.toks[p].pre == 1 && s.proclitic(p) == 'و') {
		return false
	}
	w := s.f.Runes[s.toks[p].s+s.toks[p].pre : s.toks[p].e]
	if !runesIs(w, "في") && !runesIs(w, "منذ") && !runesIs(w, "حتي") {
		return false
	}
	return j >= len(s.toks) || s.toks[j].nl || s.isPunct(j, ',', '.', ';', ')', '!', '?', '؟')
}

// fromToYears returns the token of the second year of "من 1705 إلى
// 1957"، "بين 1517 و1798" when the four-digit number at token k is the
// first (rising, at most 400 years apart, neither counting anything),
// else -1.
func (s *scan) fromToYears(k int) int {
	if k < 1 || k >= len(s.toks) || s.toks[k].clitic != 0 || s.sn(k-1).flags&fFrom == 0 || s.toks[k-1].pre != 0 {
		return -1
	}
	y1, ok := s.year4(k)
	if !ok || y1 < 1000 || s.countedAfter(k+1) {
		return -1
	}
	n := k + 1
	if s.isWord(n) && s.sn(n).flags&fTo != 0 && (s.toks[n].pre == 0 || s.toks[n].pre == 1 && s.proclitic(n) == 'و') || s.isPunct(n, '-', '–', '—') {
		n++ // من 1843 إلى / وحتى 1856، بين 1226-1493
	} else if !(n < len(s.toks) && s.toks[n].kind == kNum && s.toks[n].clitic == 'و') {
		return -1
	}
	if n >= len(s.toks) || s.toks[n].kind != kNum || s.toks[n].nd != 4 || s.toks[n].num <= y1 || s.toks[n].num-y1 > 400 || s.toks[n].num > 2100 {
		return -1
	}
	if j := n + 1; s.countedAfter(j) || s.bare(j).unit != uNone || s.isPunct(j, '%', '٪') || s.listCounted(k) {
		return -1
	}
	return n
}

// fromToYearsBack reports whether the number at token k is the second
// year of a fromToYears pair.
func (s *scan) fromToYearsBack(k int) bool {
	for a := k - 1; a >= k-2 && a >= 1; a-- {
		if s.fromToYears(a) == k {
			return true
		}
	}
	return false
}

// parenYear reports whether the four-digit number at token k stands
// alone in brackets, as a year does in a biography: (1955)، ( 1956 ).
func (s *scan) parenYear(k int) bool {
	_, ok := s.year4(k)
	return ok && s.isPunct(k-1, '(') && s.isPunct(k+1, ')') && !s.countedBefore(k-1) && !s.countedAfter(k+2) &&
		s.sn(k-2).flags&(fApprox|fMoreThan|fLessThan) == 0 // قرابة (1500) شخص
}

// countedBefore reports whether a page, number or price word precedes
// token k (ص، صفحة، رقم، الهاتف، بسعر…), so that the number after it is
// no year.
func (s *scan) countedBefore(k int) bool {
	return s.isWord(k-1) && s.sn(k-1).flags&fNotYear != 0
}

// yearContextWord reports whether a date preposition (في، منذ، موسم…)
// stands right before token k.
func (s *scan) yearContextWord(k int) bool { return s.sn(k-1).flags&fYearContext != 0 }

// countedAfter reports whether the word at j shows that the number before
// it counts something: a counted noun (ألف، دولار، شخص…) or an indefinite
// accusative noun (1990 زائرا) that is not a date word.
func (s *scan) countedAfter(j int) bool {
	if !s.isWord(j) || s.toks[j].pre > 0 {
		return false
	}
	if s.sn(j).counted {
		return true
	}
	t := &s.toks[j]
	if s.toks[j].sense >= 0 || t.e-t.s < 4 || s.definite(j) {
		return false
	}
	switch s.f.Runes[t.e-2] {
	case 'ا', 'و', 'م', 'ه':
		return false // أعلنوا، عندما: verbs and conjunctions; فدمرها، منها: a pronoun suffix
	}
	if r := s.f.Runes[t.s]; (r == 'ب' || r == 'ل' || r == 'ك') && s.f.Runes[t.s+1] == 'ا' {
		if h := s.origRune(t.s + 1); h == 'أ' || h == 'إ' || h == 'آ' {
			return false // بألمانيا، لأمريكا: a preposition before a noun (not لاجئا، باحثا)
		}
	}
	return s.f.Runes[t.e-1] == 'ا' // زائرا
}

// spelledYear reads a year written in words from token k: ألف or ألفين,
// then hundreds, tens and units joined by و (ألفين وسبعة عشر = 2017، ألف
// وأربعمائة واثنين وأربعين = 1442).
func (s *scan) spelledYear(k int) (y, j int, ok bool) {
	n, j, ok := s.cardinal(k, false)
	if !ok || s.toks[k].kind != kWord || (n != 1000 && n != 2000) {
		return 0, k, false
	}
	y = n
	for step := 0; step < 3 && s.isWord(j) && s.toks[j].pre == 1 && s.f.Runes[s.toks[j].s] == 'و'; step++ {
		v, j2, ok := s.cardinal(j, true)
		if !ok || v >= 1000 {
			break
		}
		y, j = y+v, j2
	}
	return y, j, y > n || n == 2000
}

// yearHeadBefore reports whether a year head (عام، سنة، العام) stands
// right before token a, alone or glued to the number (عام2006).
func (s *scan) yearHeadBefore(a int) bool {
	return s.isWord(a-1) && s.sn(a-1).flags&fYearHead != 0
}

// antiquityYear reports whether the three-digit number at token k (the
// year phrase ending at j) is a year of antiquity or of the early Middle
// Ages written without a four-digit form: after a year head («عام 534
// أصبحت»، «في عام 661 في عهد»), or with the marker م / ميلادي after a
// date preposition («في 589 م»، «منذ 476 م»). A counted word after it
// (ضحية، شخصا، كم), a unit, a percent sign or a marker before Christ
// (ruleEra's) refuses it: «عام 534 ضحية» counts victims, «سباق 100 م» and
// «على بعد 500 م» are metres.
func (s *scan) antiquityYear(k, j int, head, marked bool, cal int8) bool {
	t := &s.toks[k]
	if t.kind != kNum || t.nd != 3 || t.fnum != float64(t.num) || t.num < 100 || cal == calH {
		return false
	}
	if s.countedAfter(j) || s.bare(j).unit != uNone || s.isPunct(j, '%', '٪') || s.bcAt(j) || s.nounAfter(j) {
		return false
	}
	if head {
		return true
	}
	if s.isWordAny(k-1, "بعد") {
		return false // على بعد 500 م: a distance
	}
	return marked && (s.yearContextWord(k) && s.toks[k].clitic == 0 || s.isPunct(k-1, '('))
}

// nounAfter reports whether the word at token j is an indefinite noun in
// ة (ضحية، قطعة، مرة): no verb ends so, so a number before it counts it.
func (s *scan) nounAfter(j int) bool {
	if !s.isWord(j) || s.toks[j].pre > 0 || s.definite(j) || s.toks[j].sense >= 0 {
		return false
	}
	t := &s.toks[j]
	if w := s.f.Runes[t.s:t.e]; len(w) > 3 && w[1] == 'ا' && w[2] == 'ل' {
		return false // بالمدينة، والدولة: a clitic and the article
	}
	return s.origRune(t.e-1) == 'ة'
}

// pluralYearHead reports whether token i is a plural year noun (أعوام،
// الأعوام، سنوات، السنوات، سنين) right before a four-digit year, as a list
// or range of years opens: «أعوام 1998 و2000»، «الأعوام 1923 - 1926». Not
// after a number or a quantity word (خمس سنوات 2005-2010 is a duration,
// then the years).
func (s *scan) pluralYearHead(i int) bool {
	sn := s.sn(i)
	if sn.unit != uYear || sn.uform != formPlural || !s.isWord(i) || s.f.Runes[s.toks[i].e-1] == 'ا' {
		return false // أعواما: an accusative count
	}
	if i > 0 && (s.toks[i-1].kind == kNum || s.sn(i-1).card != 0 || s.sn(i-1).ord != 0) {
		return false
	}
	_, ok := s.year4(i + 1)
	return ok
}

// shortRangeEnd returns the last year of a range whose first year is the
// four-digit number at token a and whose second is written by its last
// two digits after a dash: «1960–65» (1965), «1998-03» (2003), within 30
// years; not a numeric date (1960-65-12) nor a count (الصفحات 1960-65،
// 1960-65 كلغ).
func (s *scan) shortRangeEnd(a int) (int, bool) {
	y1, ok := s.year4(a)
	b := a + 2
	if !ok || !s.isPunct(a+1, '-', '–') || b >= len(s.toks) || s.toks[b].kind != kNum || s.toks[b].nd != 2 || s.toks[b].clitic != 0 || s.toks[b].fnum != float64(s.toks[b].num) {
		return 0, false
	}
	y2 := y1/100*100 + s.toks[b].num
	if y2 <= y1 {
		y2 += 100
	}
	num := func(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == kNum }
	if y2-y1 > 30 || s.isPunct(b+1, '/', '-', '–', '.', ':') && num(b+2) || s.isPunct(a-1, '/', '-', '–', '.', ':') && num(a-2) {
		return 0, false
	}
	if s.countedBefore(a) || s.countedAfter(b+1) || s.nounAfter(b+1) || s.bare(b+1).unit != uNone || s.isPunct(b+1, '%', '٪') {
		return 0, false
	}
	return y2, true
}
