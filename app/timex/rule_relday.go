package timex

// ruleRelDay: deictic days "أمس"، "الأمس"، "يوم أمس (الخميس)"، "أول أمس"،
// "أمس الأول"، "اليوم"، "غدا"، "بعد غد", with an apposed weekday (أمس
// الثلاثاء) and a part-of-day adverb making a TIME (أمس ليلا).
func ruleRelDay(s *scan, i int) {
	if j, fr, ok := s.parseRelDay(i); ok {
		if fr.wd > 0 || fr.typ == Date && s.isWord(j-1) && j < len(s.toks) && s.toks[j].kind == kNum {
			// (and a deictic day run into its date: اليوم 9 ماي 2016)
			if j2, dfr, ok := s.parseDate(j); ok && dfr.d > 0 && dfr.m > 0 && dfr.typ == Date {
				// غدا الخميس 12 مارس 2020: one date (after a part of the
				// day, صباح اليوم الثلاثاء | 29 نوفمبر 2016 stays two spans,
				// as in the gold)
				if fr.rel && fr.relUnit == uDay && !fr.anaDay && fr.relN >= -2 && fr.relN <= 2 {
					dfr.today = int8(fr.relN + 3)
				}
				s.add("relday", i, j2, dfr)
				return
			}
		}
		s.add("relday", i, j, fr)
	}
}

func (s *scan) parseRelDay(i int) (int, frame, bool) {
	k, first := i, true
	if s.sn(i).flags&fDayHead != 0 && s.sn(i).flags&fDualHead == 0 && s.bare(i+1).isDayRel {
		k, first = i+1, false
	}
	sn := s.at(k, first)
	off, j := 0, k
	if sn.flags&fTonight != 0 && k == i {
		if j, fr, ok := s.nightBetween(k + 1); ok {
			return j, fr, true
		}
		// الليلة (tonight), الليلة الماضية (last night)
		fr := frame{typ: Time, rel: true, relUnit: uDay, gran: uDay, day: true, pod: podNI}
		j := k + 1
		if m, j2, ok := s.modifier(j); ok && (m == modPast || m == modPast2) {
			fr.relN, j = int(m), j2
		} else if ok && m == modFuture {
			fr.relN, j = 1, j2
		} else if wd, j2, ok := s.weekday(j, false, false); ok {
			j, fr.wd = j2, wd // الليلة الأربعاء: tonight, Wednesday (the weekday names the DCT day)
		}
		return j, fr, true
	}
	switch {
	case sn.ord == 1 && s.bare(k+1).isDayRel && s.bare(k+1).dayRel == -1:
		off, j = -2, k+2
	case sn.ord == 1 && s.bare(k+1).flags&fFrom != 0 && s.bare(k+2).isDayRel && s.bare(k+2).dayRel == -1:
		off, j = -2, k+3
	case sn.flags&fAfter != 0 && s.bare(k+1).isDayRel && s.bare(k+1).dayRel == 1:
		off, j = 2, k+2
	case sn.flags&fAgo != 0 && s.wordIs(k, qabl) && s.bare(k+1).isDayRel && s.bare(k+1).dayRel == -1:
		off, j = -2, k+2 // قبل أمس (منذ أمس is أمس, since yesterday)
	case sn.flags&fAgo != 0 && s.wordIs(k, qabl) && s.bare(k+1).flags&fDayHead != 0 && s.bare(k+2).isDayRel && s.bare(k+2).dayRel == -1:
		off, j = -2, k+3 // قبل يوم أمس (منذ يوم أمس: يوم أمس)
	case sn.isDayRel:
		off, j = int(sn.dayRel), k+1
		if off == 1 && j == k+1 && s.definite(k) && s.cliticWordAny(k-1, partyHeads) {
			return i, frame{}, false // حزب الغد، صحيفة الغد: names, not tomorrow
		}
		if off == -1 && s.bare(j).ord == 1 {
			off, j = -2, j+1
		}
		if off == 0 && !s.todayReading(k, j) {
			return i, frame{}, false
		}
	default:
		return i, frame{}, false
	}
	fr := frame{typ: Date, rel: true, relUnit: uDay, relN: off, gran: uDay, day: true}
	if wd, j2, ok := s.weekday(j, false, false); ok {
		j, fr.wd = j2, wd
	} else if s.isPunct(j, '(') {
		if wd, j2, ok := s.weekday(j+1, false, false); ok && s.isPunct(j2, ')') {
			j, fr.wd = j2+1, wd
		}
	}
	if p := s.bare(j); p.pod != 0 && p.podAdv && !(s.toks[j].e-s.toks[j].s == 1) {
		fr.typ, fr.pod = Time, p.pod
		j++
	}
	return j, fr, true
}

// todayReading reports whether اليوم at token k (next token j) means
// "today" rather than "the day" (اليوم الوطني، اليوم التالي) or "per day"
// (مرتين في اليوم).
func (s *scan) todayReading(k, j int) bool {
	if s.isWord(j) {
		t := &s.toks[j]
		rs := s.f.Runes[t.s:t.e]
		if len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
			sn := s.bare(j)
			if sn.wday == 0 && sn.pod == 0 && sn.card == 0 && sn.mod != modCurrent &&
				(t.sense >= 0 || rs[len(rs)-1] == 'ي' && s.origRune(t.e-1) != 'ى' || sn.dayAdj) {
				// an adjective: اليوم الوطني، اليوم التالي، اليوم الأخير (a
				// noun after اليوم is the object of the verb: التقى اليوم
				// الوفد، تحل اليوم الذكرى)
				return false
			}
		}
	}
	if s.sn(k-1).unit != uNone || s.sn(k-1).card != 0 || s.sn(k-1).flags&fEvery != 0 {
		return false
	}
	if s.cliticWordAny(k-1, outletHeads) && !s.isWordAny(j, "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت") {
		return false // روسيا اليوم، المصري اليوم، أخبار اليوم: news outlets
	}
	return true
}

// outletHeads are first words of news outlets named "… اليوم" (folded).
var outletHeads = []string{"روسيا", "المصري", "اخبار"}

// partyHeads name a party, a paper or a channel called "الغد" (folded):
// حزب الغد، جريدة الغد، قناة الغد.
var partyHeads = []string{"حزب", "تيار", "حركه", "جريده", "صحيفه", "قناه", "مجله"}

// nightBetween reads what follows الليلة in "الليلة الفاصلة بين 10 و11
// أفريل" (the night between two days) and "الليلة الفاصلة بين السبت
// والأحد": the night of the first day (XXXX-04-10TNI, XXXX-WXX-6TNI),
// one TIME span up to the second day.
func (s *scan) nightBetween(k int) (int, frame, bool) {
	if !s.isWordAny(k, "الفاصله") || s.sn(k+1).flags&fFrom == 0 || !s.isWordAny(k+1, "بين") {
		return k, frame{}, false
	}
	a := k + 2
	if s.bare(a).flags&fDayHead != 0 {
		a++ // بين يومي السبت والأحد
	}
	if a < len(s.toks) && s.toks[a].kind == kNum && s.toks[a].clitic == 0 && a+1 < len(s.toks) {
		d1 := s.toks[a].num
		b := a + 1
		if s.isWordAny(b, "و") {
			b++
		}
		if j, fr, ok := s.parseDate(b); ok && fr.m > 0 && fr.d == d1+1 {
			fr.typ, fr.pod, fr.day, fr.d = Time, podNI, true, d1
			return j, fr, true
		}
		return k, frame{}, false
	}
	if wd, j, ok := s.weekday(a, false, a > k+2); ok && s.isWord(j) && s.proclitic(j) == 'و' {
		if _, j2, ok := s.weekday(j, true, false); ok {
			return j2, frame{typ: Time, wd: wd, day: true, pod: podNI}, true
		}
	}
	return k, frame{}, false
}
