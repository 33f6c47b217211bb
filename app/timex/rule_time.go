package timex

// ruleTime: clock times "11:11 ص"، "17:33 ت م"، "الساعة العاشرة صباحا"،
// "الواحدة ظهرا" (13:00)، "الساعة 10 والنصف"، "الساعة الصفر"، "منتصف
// الليل" (T24:00). An hour word without الساعة needs a part-of-day adverb
// (الثامنة صباحا). The day comes from the sentence or the DCT (build.go: anchorDay).
func ruleTime(s *scan, i int) {
	if j, fr, ok := s.parseTime(i); ok {
		s.add("time", i, j, fr)
	}
}

func (s *scan) parseTime(i int) (int, frame, bool) {
	k, first, head := i, true, false
	prePod := int8(0)
	if s.sn(i).flags&fAfter != 0 && s.bare(i+1).pod == podMI && s.definite(i+1) {
		k, first, prePod = i+2, false, podAF // بعد الظهر الساعة 7
	}
	if s.at(k, first).flags&fHourHead != 0 {
		k, first, head = k+1, false, true
	}
	if head && s.isAl(k) {
		k++ // الساعة الـ12
	}
	if !head && prePod == 0 {
		// ثلاث دقائق قبل الثامنة، عشر دقائق بعد السابعة
		if n, j, ok := s.cardinal(k, first); ok && n > 0 && n < 60 && s.bare(j).unit == uMinute && s.bare(j+1).flags&(fAgo|fAfter) != 0 {
			if h, j2, ok := s.ordinal(j+2, false); ok && h >= 1 && h <= 12 {
				fr := frame{typ: Time, hasClock: true, hh: h, mm: n}
				if s.bare(j+1).flags&fAgo != 0 {
					fr.hh, fr.mm = h-1, 60-n
				}
				if p := s.bare(j2); p.pod != 0 && p.podAdv {
					j2++
					if p.pod >= podAF && fr.hh < 12 {
						fr.hh += 12
					}
				}
				return j2, fr, true
			}
		}
	}
	if prePod != 0 && !head && (k >= len(s.toks) || s.toks[k].kind != kNum) {
		return i, frame{}, false
	}
	hh, mm, j := 0, 0, k
	clock, needHint, ordHour, fraction := false, false, false, false
	if h, ok := s.number(k, 2); ok && s.isPunct(k+1, ':') && (first || s.toks[k].clitic == 0) {
		m, ok := s.number(k+2, 2)
		if !ok || s.toks[k+2].nd != 2 {
			return i, frame{}, false
		}
		if (s.toks[k+1].space || s.toks[k+2].space) && !head && s.bare(k+3).pod == 0 && !s.atHourPrep(k) {
			return i, frame{}, false // مرقس 14 :32، يوحنا 18 : 1: a chapter and verse, not a clock time
		}
		hh, mm, j, clock = h, m, k+3, true
		if s.isPunct(j, ':') {
			if _, ok := s.number(j+1, 2); ok {
				j += 2
			}
		}
	} else if t := &s.toks[min(k, len(s.toks)-1)]; head && k < len(s.toks) && t.kind == kNum && t.nd == 4 && t.clitic == 0 && t.fnum == float64(t.num) && t.num/100 <= 23 && t.num%100 < 60 && s.isPunct(k+1, '(', ',', '.') {
		hh, mm, j, clock = t.num/100, t.num%100, k+1, true // في تمام الساعة 1700 (بالتوقيت العالمي): military time
	} else if hmm, ok := s.hmmClock(k, first); ok {
		hh, mm, j, clock = hmm/100, hmm%100, k+1, true // 340 مساءً، 1140 صباحا
	} else if h, ok := s.number(k, 2); ok && (first || s.toks[k].clitic == 0) {
		if !head && (s.isPunct(k-1, '-', ':', '/') || s.isPunct(k+1, '-')) {
			return i, frame{}, false // 3 - 1 مساء السبت: a score
		}
		hh, j, needHint = h, k+1, !head
	} else if s.at(k, first).flags&fZero != 0 && head && s.definite(k-1) {
		// الساعة الصفر (midnight); not ساعة الصفر, "zero hour" of an operation
		hh, j = 0, k+1
	} else if s.at(k, first).flags&fMidnight != 0 {
		if s.isPunct(k+1, '-') {
			k++
		}
		if p := s.bare(k + 1); p.pod == podNI && p.podNoun && !s.definite(k+1) {
			// منتصف ليل السبت 25 مارس 2017، منتصف ليل الخميس: midnight
			// ending that day
			if j, fr, ok := s.timeDay(k + 2); ok {
				fr.typ, fr.hh, fr.mm, fr.hasClock, fr.day = Time, 24, 0, true, true
				return j, fr, true
			}
		}
		switch s.bare(k + 1).pod {
		case podNI:
			hh = 24
		case podMI:
			hh = 12
		case podMO:
			hh = 10 // منتصف الصباح: mid-morning
		default:
			return i, frame{}, false
		}
		j = k + 2
		return j, frame{typ: Time, hh: hh, hasClock: true}, true
	} else if n, j2, ok := s.ordinal(k, first); ok && n >= 1 && n <= 12 && s.feminine(k) {
		hh, j, needHint, ordHour = n, j2, !head, true // الثامنة (not الثاني in عبد الله الثاني)
	} else if n, j2, ok := s.hourWord(k, first); ok && (head || !s.definite(k)) {
		// ثمانية وأربعين صباحا، خمسة عشر مساءً (not الاثنان مساء: "the two")
		hh, j, needHint = n, j2, !head
	} else {
		return i, frame{}, false
	}
	// minutes
	minutes := false
	if !clock {
		if m, j2, ok := s.minutes(j); ok && !(s.wordIs(i-1, bayn) && j < len(s.toks) && s.toks[j].kind == kNum && s.bare(j2-1).unit != uMinute) {
			// (بين الساعة 8 و10 صباحا: a range, not 8:10)
			mm, j, minutes = m, j2, true
			fraction = m%15 == 0
		}
		if s.bare(j).flags&fMinus != 0 && hh > 0 && minutes {
			// الخامسة والنصف إلا ثلاث دقائق
			if n, j2, ok := s.cardinal(j+1, false); ok && n > 0 && n < 60 && s.bare(j2).unit == uMinute {
				mm, j = mm-n, j2+1
				if mm < 0 {
					hh, mm = hh-1, mm+60
				}
			}
		} else if s.bare(j).flags&fMinus != 0 && hh > 0 {
			switch {
			case s.bare(j+1).flags&fQuarterHour != 0:
				hh, mm, j, minutes = hh-1, 45, j+2, true
			case s.bare(j+1).flags&fThirdHour != 0:
				hh, mm, j, minutes = hh-1, 40, j+2, true
			default:
				if n, j2, ok := s.cardinal(j+1, false); ok && n > 0 && n < 60 && s.bare(j2).unit == uMinute {
					hh, mm, j, minutes = hh-1, 60-n, j2+1, true
				}
			}
		}
	}
	if !clock && !minutes && s.isWord(k) && s.isWord(j) && s.toks[j].pre == 0 {
		// خمسة عشر خمسة عشر مساءً، السابعة عشرين مساء: hour and minutes
		// in words, then a part of the day
		if m, j2, ok := s.cardinal(j, false); ok && m >= 1 && m < 60 && s.bare(j2).pod != 0 && s.bare(j2).podAdv {
			mm, j, minutes = m, j2, true
		}
	}
	pod := int8(0)
	if p := s.bare(j); p.pod != 0 && p.podAdv && (clock || s.toks[j].e-s.toks[j].s > 1) {
		pod, j = p.pod, j+1
	} else if clock && s.oneLetter(j, 'م') && !s.oneLetter(j-1, 'ت') {
		pod, j = podEV, j+1
	} else if p := s.bare(j + 1); s.bare(j).flags&fIn != 0 && p.pod != 0 && s.definite(j+1) {
		pod, j = p.pod, j+2 // في الليل، في المساء
	} else if !clock && hh >= 1 && hh <= 5 && s.bare(j).flags&fAfter != 0 && s.bare(j+1).flags&fMidnight != 0 && s.bare(j+2).pod == podNI && s.definite(j+2) {
		pod, j = podNI, j+3 // الساعة الواحدة بعد منتصف الليل: 01:00
	} else if s.bare(j).flags&fAfter != 0 && s.bare(j+1).pod == podMI && s.definite(j+1) {
		pod, j = podAF, j+2 // بعد الظهر
	} else if s.wordIs(j, qabl) && s.bare(j+1).pod == podMI && s.definite(j+1) {
		pod, j = podMO, j+2 // قبل الظهر: before noon
	} else if s.isWordAny(j, "وقت", "موعد") && s.isWordAny(j+1, "الغداء", "الغدا", "العشاء", "العشا") {
		pod, j = podMI, j+2 // 1 وقت الغداء: lunchtime, 13:00
		if s.isWordAny(j-1, "العشاء", "العشا") {
			pod = podEV // 8 وقت العشاء: dinner time
		}
	}
	if pod == 0 && prePod != 0 {
		pod = prePod
	}
	if pod != 0 && !clock && !minutes {
		if m, j2, ok := s.minutes(j); ok {
			mm, j, minutes = m, j2, true // 9 مساءً وثلاثة أرباع
		}
	}
	if minutes && (head || ordHour && s.feminine(k) && fraction) {
		needHint = false // الثامنة والنصف: an hour word with a fraction is a time
	}
	if clock && s.oneLetter(j, 'ت') && (s.oneLetter(j+1, 'م') || s.oneLetter(j+1, 'غ')) {
		j += 2 // ت م: Mecca time; ت غ: GMT
	}
	j = s.zone(j)
	if pod == 0 && (ordHour || head) && s.bare(j).flags&fFrom != 0 {
		// السادسة من صباح اليوم التالي، الساعة الخامسة من مساء أمس: the
		// part of the day is in the day expression after من (a span of its
		// own)
		if p := s.bare(j + 1); p.pod != 0 && p.podNoun {
			if _, _, ok := s.timeDay(j + 2); ok {
				pod = p.pod
			}
		}
	}
	if needHint && pod == 0 && ordHour && k == i && s.atHourPrep(k) && s.hourEnd(j) && (hh > 2 || j > k+1) {
		// عند السابعة، في الحادية عشرة، حتى الثامنة: an hour after a
		// preposition of time, not an age (في السابعة من عمره) or a rank
		needHint = false
	}
	if needHint && pod == 0 {
		return i, frame{}, false
	}
	hh = podHour(hh, pod)
	if hh > 24 || mm > 59 || (hh == 24 && mm > 0) {
		return i, frame{}, false
	}
	return j, frame{typ: Time, hh: hh, mm: mm, hasClock: true, pod: pod}, true
}

// hmmClock reads a clock time written as one number of three or four
// digits, hours then minutes, before a part-of-day adverb: "340 مساءً"
// (3:40), "1140 صباحا" (11:40). Hours 1–12 only, so that a year before
// مساء (2015 مساء) is not read as a time; not before a day (340 مساء
// الأحد counts something on Sunday evening).
func (s *scan) hmmClock(k int, first bool) (int, bool) {
	if k >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[k]
	if t.kind != kNum || t.nd < 3 || t.nd > 4 || t.fnum != float64(t.num) || !first && t.clitic != 0 {
		return 0, false
	}
	if p := s.bare(k + 1); p.pod == 0 || !p.podAdv || s.sn(k-1).flags&fYearHead != 0 || s.sn(k-1).month != 0 {
		return 0, false
	}
	if n := s.bare(k + 2); n.wday != 0 || n.isDayRel || n.flags&fDayHead != 0 {
		return 0, false // قتل 340 مساء الأحد: مساء names the day's evening, 340 counts
	}
	if h, m := t.num/100, t.num%100; h >= 1 && h <= 12 && m < 60 {
		return t.num, true
	}
	return 0, false
}

// podHour returns the 24-hour clock hour of hour hh (0–24, as written)
// said with a part of the day: 8 مساء = 20, 10 ليلا = 22, 12 ليلا = 0,
// 2 ظهرا = 14, 12 صباحا = 0.
func podHour(hh int, pod int8) int {
	switch pod {
	case podEV, podAF:
		if hh < 12 {
			hh += 12
		}
	case podNI:
		if hh >= 6 && hh < 12 {
			hh += 12
		} else if hh == 12 {
			hh = 0
		}
	case podMI:
		if hh >= 1 && hh <= 5 {
			hh += 12
		}
	case podMO:
		if hh == 12 {
			hh = 0
		}
	}
	return hh
}

// oneLetter reports whether token i is the one-letter word r.
func (s *scan) oneLetter(i int, r rune) bool {
	return s.isWord(i) && s.toks[i].e-s.toks[i].s == 1 && s.f.Runes[s.toks[i].s] == r
}

// minutes matches the minutes after an hour: والنصف، والربع، وثلث، و20
// دقيقة، وخمسة وثلاثين.
func (s *scan) minutes(j int) (int, int, bool) {
	if s.isWord(j) && s.toks[j].pre == 1 && s.f.Runes[s.toks[j].s] == 'و' {
		sn := s.sn(j)
		switch {
		case sn.flags&fHalfHour != 0:
			return 30, j + 1, true
		case sn.flags&fQuarterHour != 0:
			return 15, j + 1, true
		case sn.flags&fThirdHour != 0:
			return 20, j + 1, true
		case sn.card == 3 && s.bare(j+1).flags&fQuarters != 0:
			return 45, j + 2, true // وثلاثة أرباع
		case sn.card > 0 && sn.card < 60:
			m, k := int(sn.card), j+1
			if m < 10 && s.isWord(k) && s.toks[k].pre == 1 && s.f.Runes[s.toks[k].s] == 'و' {
				if c := s.sn(k).card; c >= 20 && c <= 50 && c%10 == 0 {
					m, k = m+int(c), k+1
				}
			}
			if s.bare(k).unit == uMinute {
				k++
			}
			return m, k, true
		}
	}
	if k := j; k < len(s.toks) && s.toks[k].kind == kNum && s.toks[k].clitic == 'و' || s.bare(j).flags&fAnd != 0 {
		if s.bare(j).flags&fAnd != 0 {
			k++
		}
		if n, ok := s.number(k, 2); ok && n < 60 {
			k++
			if s.bare(k).unit == uMinute {
				k++
			}
			return n, k, true
		}
	}
	return 0, j, false
}

// hourWord matches a cardinal hour in words (ثمانية، أحد عشر، خمسة عشر)
// without reading a following "و + tens" as part of it (ثمانية وأربعين is
// 8:40, not 48).
func (s *scan) hourWord(k int, first bool) (int, int, bool) {
	if !s.isWord(k) {
		return 0, k, false
	}
	n := int(s.at(k, first).card)
	if n < 1 || n > 12 {
		return 0, k, false
	}
	j := k + 1
	if n < 10 && s.bare(j).card == 10 {
		n, j = n+10, j+1
	}
	if n > 24 {
		return 0, k, false
	}
	return n, j, true
}

// feminine reports whether word token k ends in ة/ه (hour ordinals are
// feminine: الثامنة، الحادية عشرة).
func (s *scan) feminine(k int) bool {
	return s.isWord(k) && s.f.Runes[s.toks[k].e-1] == 'ه'
}

// zone matches a time zone after a clock time and returns the index after
// it (j when none): "بتوقيت مكة المكرمة"، "بتوقيت غرينتش"، "بالتوقيت
// المحلي". The value stays the local clock time of the text.
func (s *scan) zone(j int) int {
	if !s.isWord(j) || s.proclitic(j) != 'ب' || !s.sn(j).zone {
		return j
	}
	k := j + 1
	if s.bare(k).zone2 {
		return k + 1
	}
	if !s.isWord(k) || s.toks[k].sense >= 0 && !s.bare(k).zone2 {
		return j // بتوقيت يوم…: not a zone name
	}
	k++
	if s.bare(k).zone2 {
		k++
	}
	return k
}

// timeDay matches the day after a part of the day or midnight: a date, a
// deictic day, a weekday or an anaphoric day.
func (s *scan) timeDay(k int) (int, frame, bool) {
	if j, fr, ok := s.parseDate(k); ok && fr.d > 0 {
		return j, fr, true
	}
	if j, fr, ok := s.parseRelDay(k); ok {
		return j, fr, true
	}
	if j, fr, ok := s.parseWeekday(k); ok {
		return j, fr, true
	}
	return s.parseAnaDay(k)
}

// atHourPrep reports whether the word before token k is a preposition of
// clock time: في، عند، حتى، منذ، قبل، بعد، بين، لغاية.
func (s *scan) atHourPrep(k int) bool {
	if s.toks[k].pre > 0 {
		return false
	}
	p := s.sn(k - 1)
	return p.flags&(fIn|fAgo|fAfter) != 0 || s.wordIs(k-1, []rune("عند")) || s.wordIs(k-1, []rune("حتي")) || s.wordIs(k-1, []rune("لغايه"))
}

// hourEnd reports whether a bare hour ordinal ends at token j: the text or
// sentence ends, punctuation follows, or a conjunction or preposition (not
// من: في السابعة من عمره).
func (s *scan) hourEnd(j int) bool {
	if j >= len(s.toks) || s.toks[j].nl {
		return true
	}
	t := &s.toks[j]
	switch t.kind {
	case kPunct:
		return t.r != '%' && t.r != '-' && t.r != '/'
	case kWord:
		if t.e-t.s == 1 || t.e-t.s > 2 && s.f.Runes[t.s] == 'و' {
			return true // و…: وأعلن، والتقى
		}
		return s.bare(j).flags&(fIn|fTo|fAfter|fAgo) != 0 && s.bare(j).flags&fFrom == 0
	}
	return false
}

var qabl = []rune("قبل")

var bayn = []rune("بين")
