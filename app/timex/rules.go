package timex

import "sort"

// A rule tries to match at one token and records candidates with s.add.
type rule struct {
	name  string
	match func(s *scan, i int)
}

// rules is the full rule set, in the manner of olebedev/when's All list.
// Every rule is tried at every token; overlaps are resolved afterwards.
var rules = []rule{
	{"date", ruleDate},
	{"year", ruleYear},
	{"weekday", ruleWeekday},
	{"relday", ruleRelDay},
	{"relunit", ruleRelUnit},
	{"ago", ruleAgo},
	{"duration", ruleDuration},
	{"set", ruleSet},
	{"time", ruleTime},
	{"pod", rulePod},
	{"quarter", ruleQuarter},
	{"vague", ruleVague},
	{"holiday", ruleHoliday},
	{"season", ruleSeason},
	{"century", ruleCentury},
	{"era", ruleEra},
	{"anaphora", ruleAnaphora},
	{"lastof", ruleLastOf},
}

// match runs every rule at every token that can start an expression.
func (s *scan) match() {
	s.cands = make([]cand, 0, len(s.toks)/16+4)
	s.nissanDoc = s.findNissan()
	for i := range s.toks {
		if s.sn(i).flags&fMarkH != 0 || s.sn(i).hmonth > 0 && !s.sn(i).mamb {
			s.hijriDoc = true
			break
		}
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind == kPunct && t.r != '(' {
			continue
		}
		if t.kind == kWord && (t.sense < 0 || !s.lex.senses[t.sense].start) && !s.isAl(i) && !s.looseAl(i) {
			continue
		}
		for _, r := range s.rules {
			r.match(s, i)
		}
	}
}

// findNissan reports whether the text names نيسان the carmaker (شركة
// نيسان، «نيسان»، نيسان موتور): then a bare نيسان is not read as April.
func (s *scan) findNissan() bool {
	for i := range s.toks {
		sn := s.sn(i)
		if sn.month == 4 && sn.mamb && sn.msys&sysLevant != 0 && s.companyContext(i) {
			return true
		}
	}
	return false
}

// selectCands resolves overlaps leftmost-longest: candidates are sorted by
// start, then by length (longer first), then by rule order; a candidate is
// kept when it does not overlap one already kept.
func (s *scan) selectCands() []cand {
	c := s.cands
	sort.SliceStable(c, func(a, b int) bool {
		if c[a].fs != c[b].fs {
			return c[a].fs < c[b].fs
		}
		return c[a].fe > c[b].fe
	})
	out := c[:0] // filtered in place: out never overtakes the loop
	end := -1
	for _, x := range c {
		if x.fs < end || x.fe <= x.fs || s.inTitle(x.i, x.j) {
			continue
		}
		if s.placeName(&x) {
			end = x.fe // nor any part of the name
			continue
		}
		out = append(out, x)
		end = x.fe
	}
	return out
}

// coordinate adds the bare first day of coordinated or ranged dates ("من
// 13 إلى 15 مارس"، "23 و24 غشت 2020"، "يومي 7 و14 أكتوبر"), which take their
// month and year from the full date, and gives a yearless first date the
// year of a following coordinated one ("من يوم 16 اوت الى غاية يوم 18 اوت
// 2017").
func (s *scan) coordinate(sel []cand) []cand {
	// a yearless date or month before a coordinated one with a year takes
	// that year: "بين ابريل ومايو 1916"، "من يوم 16 اوت الى غاية يوم 18 اوت 2017"
	for n := 1; n < len(sel); n++ {
		p, c := &sel[n-1], &sel[n]
		if c.fr.typ != Date || p.fr.typ != Date || c.fr.y == 0 || p.fr.y != 0 || p.fr.hasYRel || p.fr.rel || p.fr.m == 0 || c.fr.m == 0 || p.fr.cal != c.fr.cal || p.fr.dir != 0 {
			continue
		}
		if s.coordGap(p.j, c.i) {
			p.fr.y = c.fr.y
		}
	}
	var extra []cand
	for n := range sel {
		c := &sel[n]
		if c.fr.typ == Time && c.fr.hasClock && c.fr.pod > podMO {
			if x, ok := s.coordTime(sel, n); ok {
				extra = append(extra, x)
			}
			continue
		}
		if x, ok := s.coordDuration(sel, n); ok {
			extra = append(extra, x)
			continue
		}
		if c.fr.typ != Date || c.fr.m == 0 || c.fr.d == 0 || c.fr.rel {
			continue
		}
		// connector before the date
		k, and := c.i, false
		ordDay := s.toks[k].kind == kWord && s.sn(k).ord > 0 // العاشر من ديسمبر
		if s.toks[k].kind == kNum && s.toks[k].clitic == 'و' || ordDay && s.proclitic(k) == 'و' {
			k, and = k-1, true // و14، والعاشر: the connector is the clitic
		} else {
			k--
			switch {
			case s.isPunct(k, '-') || s.bare(k).flags&fTo != 0:
				if s.bare(k).flags&fTo != 0 && s.bare(k-1).flags&fTo != 0 {
					k-- // الى غاية
				}
				k--
			case s.bare(k).flags&fAnd != 0 && s.toks[k-1].kind == kNum:
				k, and = k-1, true // 12 و 13 جوان
			default:
				continue
			}
		}
		if k < 0 {
			continue
		}
		// a full date before: inherit the year
		if n > 0 && sel[n-1].j == k+1 && sel[n-1].fr.typ == Date && sel[n-1].fr.y == 0 && !sel[n-1].fr.hasYRel && sel[n-1].fr.m != 0 && sel[n-1].fr.cal == c.fr.cal {
			sel[n-1].fr.y, sel[n-1].fr.yRel, sel[n-1].fr.hasYRel = c.fr.y, c.fr.yRel, c.fr.hasYRel
			continue
		}
		// the bare days before, and for a list joined by و or commas every
		// one of them: 14 و15 و16 أكتوبر، 3، 4 و5 ديسمبر (one DATE each)
		for m := 0; m < maxListDays; m++ {
			x, ok := s.bareDay(sel, n, k, c.fr, ordDay)
			if !ok {
				break
			}
			extra = append(extra, x)
			if !and {
				break // من 10 إلى 15 مارس: a range has two ends
			}
			// the connector before this day
			switch {
			case s.proclitic(k) == 'و':
				k--
			case k > 0 && (s.isPunct(k-1, ',', '،') || s.bare(k-1).flags&fAnd != 0):
				k -= 2
			default:
				k = -1
			}
			if k < 0 || x.i != x.j-1 {
				break // يومي 12 و13: the day head opens the list
			}
		}
	}
	if len(extra) == 0 {
		return sel
	}
	sel = append(sel, extra...)
	sort.SliceStable(sel, func(a, b int) bool { return sel[a].fs < sel[b].fs })
	return sel
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// coordTime handles the first time of a range whose part of the day is
// written once: "من الساعة 5 إلى 7 مساء" (17:00), "من 5 إلى 7 مساء".
func (s *scan) coordTime(sel []cand, n int) (cand, bool) {
	c := &sel[n]
	k := c.i - 1
	if s.bare(k).flags&fTo == 0 || s.oneLetter(k, 'و') {
		return cand{}, false // only من … إلى/حتى; "3 - 1 مساء" is a score
	}
	k--
	shift := func(h int) int {
		if h < 12 && h+12 <= c.fr.hh {
			return h + 12
		}
		return h
	}
	if n > 0 && sel[n-1].j == k+1 && sel[n-1].fr.typ == Time && sel[n-1].fr.hasClock && sel[n-1].fr.pod == 0 {
		sel[n-1].fr.hh = shift(sel[n-1].fr.hh)
		return cand{}, false
	}
	h, ok := s.number(k, 2)
	if !ok || h < 1 || h > 12 || (n > 0 && sel[n-1].fe > s.toks[k].s) {
		return cand{}, false
	}
	fr := c.fr
	fr.hh, fr.mm = shift(h), 0
	return cand{i: k, j: k + 1, fs: s.toks[k].s, fe: s.toks[k].e, fr: fr, rule: "coord"}, true
}

// mergeSetTime joins a set and a clock time next to each other into one
// SET (TimeML): "كل يوم اثنين الساعة 4 مساءً" (XXXX-WXX-1T16:00), "الساعة 3
// مساءً كل يوم" (T15:00), "كل صباح في الساعة 9 صباحًا".
func (s *scan) mergeSetTime(sel []cand) []cand {
	out := sel[:0]
	for n := 0; n < len(sel); n++ {
		if n+1 < len(sel) {
			a, b := sel[n], sel[n+1]
			set, tm := a, b
			if a.fr.typ == Time {
				set, tm = b, a
			}
			if set.fr.typ == Set && tm.fr.typ == Time && tm.fr.hasClock && !tm.fr.day && s.setTimeGap(a.j, b.i) {
				if v, ok := setWithTime(set.fr.lit, tm.fr.hh, tm.fr.mm); ok {
					m := a
					m.j, m.fe = b.j, b.fe
					m.fr = frame{typ: Set, lit: v}
					out = append(out, m)
					n++
					continue
				}
			}
		}
		out = append(out, sel[n])
	}
	return out
}

// setTimeGap reports whether at most the word في lies between tokens a and b.
func (s *scan) setTimeGap(a, b int) bool {
	return b == a || b == a+1 && s.bare(a).flags&fIn != 0
}

func setWithTime(lit string, hh, mm int) (string, bool) {
	clock := "T" + pad(hh, 2) + ":" + pad(mm, 2)
	switch {
	case lit == "P1D" || lit == "TMO" || lit == "TAF" || lit == "TEV" || lit == "TNI":
		return clock, true
	case len(lit) == 10 && lit[:9] == "XXXX-WXX-":
		return lit + clock, true
	}
	return "", false
}

// coordGap reports whether tokens [a, b) hold only a coordination between
// two dates: و (also glued to the second date), إلى/حتى (غاية), '-' or '/'.
func (s *scan) coordGap(a, b int) bool {
	if b == a {
		return s.proclitic(b) == 'و'
	}
	for k := a; k < b; k++ {
		if !(s.isPunct(k, '-', '/', ',') || s.bare(k).flags&fTo != 0 || s.bare(k).flags&fDayHead != 0) {
			return false
		}
	}
	return b-a <= 3
}

// titleReach bounds the words of a quoted title inTitle looks through.
const titleReach = 6

func isQuote(r rune) bool {
	return r == '"' || r == '«' || r == '»' || r == '“' || r == '”'
}

// inTitle reports whether tokens [i, j) lie inside a short quotation
// (at most titleReach tokens each side) that a title noun introduces:
// فيلم «بكرة أحلى»، برنامج "صباح الورد"، بعنوان "غدا أفضل".
func (s *scan) inTitle(i, j int) bool {
	open := -1
	for k := i - 1; k >= 0 && k >= i-titleReach; k-- {
		t := &s.toks[k]
		if t.kind == kPunct {
			if isQuote(t.r) {
				open = k
			}
			break
		}
	}
	if open < 1 || s.sn(open-1).flags&fTitleCue == 0 {
		return false
	}
	for k := j; k < len(s.toks) && k < j+titleReach; k++ {
		if t := &s.toks[k]; t.kind == kPunct {
			return isQuote(t.r)
		}
	}
	return false
}

// maxListDays bounds the days of a list read backwards from its dated
// last day (1، 2، 3 … و5 مارس).
const maxListDays = 31

// bareDay is the bare day number at token k before the dated candidate
// sel[n] (frame fr), as a DATE candidate of the same month and year; the
// day head before it (يومي 12 و13) is inside the span. With ordDay (the
// dated day is an ordinal word) it is a one-word ordinal day instead.
func (s *scan) bareDay(sel []cand, n, k int, fr frame, ordDay bool) (cand, bool) {
	if k < 0 {
		return cand{}, false
	}
	t := &s.toks[k]
	day := t.num
	if ordDay {
		// من الثامن إلى العاشر من ديسمبر، الخامس والعاشر من مارس: a
		// one-word ordinal day (not عبد الله الثاني: the range needs من or
		// بين before it, a list no more than its و)
		sn := s.sn(k)
		if t.kind != kWord || t.pre != 0 && s.proclitic(k) != 'و' || sn.ord < 1 || !s.definite(k) || t.pre == 0 && s.sn(k-1).ord != 0 ||
			s.bare(k+1).flags&fTo != 0 && s.sn(k-1).flags&fFrom == 0 && !s.stemIs(k-1, bayn) {
			return cand{}, false
		}
		day = int(sn.ord)
	} else if t.kind != kNum || t.nd == 0 || t.nd > 2 || t.num < 1 || t.num > 31 {
		return cand{}, false
	}
	if n > 0 && sel[n-1].fe > t.s {
		return cand{}, false
	}
	fr.d, fr.wd, fr.mod = day, 0, ""
	if !validDate(fr.cal, fr.y, fr.m, fr.d) && !validAncientDay(fr.cal, fr.y, fr.m, fr.d) {
		return cand{}, false
	}
	i := k
	if s.sn(k-1).flags&fDayHead != 0 {
		i = k - 1
	}
	if n > 0 && sel[n-1].fe > s.toks[i].s {
		i = k
	}
	return cand{i: i, j: k + 1, fs: s.toks[i].s + s.toks[i].pre*b2i(s.toks[i].kind == kWord), fe: t.e, fr: fr, rule: "coord"}, true
}
