package timex

// ruleDate: calendar dates with a month name or in digits, with an optional
// head (يوم، نهار) and weekday before them: "الثلاثاء 29 نوفمبر 2016",
// "يوم الأربعاء 27 / 10 / 1436 هـ", "25 شوال 1436 هـ", "يونيو/حزيران
// الماضي", "مارس (آذار) من العام الماضي", "غرة شهر ذي القعدة القادم",
// "السابع من مايو الماضي", "مطلع رجب ١٤٣٤هـ", "٢٠١٦-١١-٢٩".
func ruleDate(s *scan, i int) {
	if j, fr, ok := s.parseDate(i); ok {
		if fr.y == 0 && !fr.hasYRel && fr.dir == 0 && fr.m > 0 && fr.cal == calG && fr.mod == "" && !fr.anaMonth && !fr.hasMRel {
			// الأول من يناير من كل عام: every year on that day (SET)
			k := j
			if s.bare(k).flags&fFrom != 0 {
				k++
			}
			if s.bare(k).flags&fEvery != 0 && s.bare(k+1).unit == uYear && s.bare(k+1).uform == formSing {
				v := "XXXX-" + pad(fr.m, 2)
				if fr.d > 0 {
					v += "-" + pad(fr.d, 2)
				}
				s.add("date", i, k+2, frame{typ: Set, lit: v})
				return
			}
		}
		s.add("date", i, j, fr)
	}
}

func (s *scan) parseDate(i int) (j int, fr frame, ok bool) {
	fr.typ = Date
	k, first, head := i, true, false
	if s.sn(i).flags&fDayHead != 0 {
		k, first, head = k+1, false, true
	} else if s.sn(i).deictic == uDay && s.bare(i+1).ord > 0 && s.bare(i+2).flags&fFrom != 0 {
		k, first, head = k+1, false, true // اليوم الأول من الشهر المقبل
	}
	wdMod := int8(0)
	if wd, k2, ok := s.weekday(k, first, head); ok {
		fr.wd, k, first, head = wd, k2, false, true
		if m, k3, ok := s.modifier(k); ok && m != modCurrent && k3 < len(s.toks) && s.toks[k3].kind == kNum {
			wdMod, k = m, k3 // يوم الأربعاء القادم 21 جوان 2017، الأحد الماضي 27 نوفمبر: one date
		}
		if s.isPunct(k, ',') {
			k++
		}
	}
	if j, ok := s.numericDate(k, first, head, &fr); ok {
		return j, fr, true
	}
	if j, ok := s.textDate(k, first, head, &fr); ok {
		if fr.y == 0 && !fr.hasYRel && fr.dir == 0 && fr.m > 0 {
			fr.future = s.futureContext(i) || s.imperfectOpening(i) // من المقرر أن … في مايو، تنطلق البطولة في مايو: the next May
			fr.past = !fr.future && s.pastContext(i)
			if wdMod != 0 {
				// the weekday's modifier says which side of the DCT
				fr.future, fr.past = wdMod == modFuture || wdMod == modFuture2, wdMod == modPast || wdMod == modPast2
				fr.wdRel = true
			}
		}
		return j, fr, true
	}
	return i, fr, false
}

// numericDate matches D/M/Y, Y-M-D, D.M.Y (and M/D/Y when the middle part
// cannot be a month; the separator may be a backslash, 16\3\1958, and
// spaced, 12 / 3 / 1958), with an optional year marker; D/M alone after a head
// noun (يوم 22/04).
func (s *scan) numericDate(k int, first, head bool, fr *frame) (int, bool) {
	if k >= len(s.toks) || s.toks[k].kind != kNum || (!first && s.toks[k].clitic != 0) {
		return 0, false
	}
	n1, ok := s.number(k, 4)
	if !ok || !s.isPunct(k+1, '/', '-', '.', '\\') {
		return 0, false
	}
	sep := s.toks[k+1].r
	n2, ok := s.number(k+2, 2)
	if !ok || s.toks[k+2].clitic != 0 {
		return 0, false
	}
	d1, d3 := s.toks[k].nd, 0
	var y, m, d, j int
	if s.isPunct(k+3, sep) && k+4 < len(s.toks) && s.toks[k+4].clitic == 0 {
		n3, ok := s.number(k+4, 4)
		if !ok {
			return 0, false
		}
		d3 = s.toks[k+4].nd
		j = k + 5
		if s.isPunct(j, sep) && j+1 < len(s.toks) && s.toks[j+1].kind == kNum {
			return 0, false // a longer chain of numbers: not a date
		}
		switch {
		case d1 == 4 && d3 <= 2:
			y, m, d = n1, n2, n3
		case d3 == 4 && d1 <= 2:
			d, m, y = n1, n2, n3
			if m > 12 && d <= 12 {
				d, m = m, d
			}
		case d3 == 2 && d1 <= 2 && sep != '.' && !s.isPunct(j, '%'):
			// 16/04/21: day, month, two-digit year (the Arab press order;
			// 00–49 → 2000s, 50–99 → 1900s)
			d, m, y = n1, n2, 2000+n3
			if n3 >= 50 {
				y = 1900 + n3
			}
			if m > 12 && d <= 12 {
				d, m = m, d
			}
		default:
			return 0, false
		}
	} else if y3, ok := s.number(k+4, 4); ok && s.isPunct(k+3, ',') && s.toks[k+4].nd == 4 && d1 <= 2 && sep == '/' {
		m, d, y, j = n1, n2, y3, k+5 // 08/12, 2015: the US form, month first
		if m > 12 && d <= 12 {
			d, m = m, d
		}
	} else {
		if !head && !s.agencyDateline(k) || d1 > 2 || (s.isPunct(k+3, '/', '-', '.', '\\') && k+4 < len(s.toks) && s.toks[k+4].kind == kNum) {
			return 0, false
		}
		d, m, j = n1, n2, k+3
	}
	cal := calG
	if c, j2, ok := s.marker(j); ok {
		cal, j = c, j2
	} else if y >= 1300 && y <= 1500 {
		cal = calH
	}
	if !validDate(cal, y, m, d) {
		return 0, false
	}
	fr.cal, fr.y, fr.m, fr.d = cal, y, m, d
	return j, true
}

// validDate checks the fields set (0 = unset).
func validDate(cal int8, y, m, d int) bool {
	if m < 1 || m > 12 || d < 0 {
		return false
	}
	if cal == calH {
		return d <= 30 && (y == 0 || (y >= 1 && y <= 1700))
	}
	if y != 0 && (y < 1000 || y > 2200) {
		return false
	}
	return d <= daysIn(y, m)
}

// validAncientDay accepts a Gregorian day date of a three-digit year
// (100–999), which yearTail reads only after a day and a month: "15
// فبراير 830" (years before 1000 stand alone only with a head and a
// marker, ruleYear).
func validAncientDay(cal int8, y, m, d int) bool {
	return cal == calG && y >= 100 && y < 1000 && d > 0 && validDate(cal, 0, m, d) && d <= daysIn(y, m)
}

// textDate matches [غرة|boundary|day|ordinal من] [شهر] month(-pair) [year|modifier].
func (s *scan) textDate(k int, first, head bool, fr *frame) (int, bool) {
	k0 := k
	d := 0
	strong := head
	sn := s.at(k, first)
	switch {
	case sn.flags&fGhurra != 0:
		d, k, strong = 1, k+1, true
	case sn.boundary != "" && s.at(k+1, false).wday == 0:
		fr.mod, k, strong = sn.boundary, k+1, true
	case sn.flags&fHalf != 0 && (s.bare(k+1).ord == 1 || s.bare(k+1).ord == 2) && s.bare(k+2).flags&fFrom != 0:
		fr.mod = "START"
		if s.bare(k+1).ord == 2 {
			fr.mod = "END"
		}
		k, strong = k+3, true
	default:
		if k < len(s.toks) && s.toks[k].kind == kNum {
			t := &s.toks[k]
			if t.nd == 0 || t.nd > 2 || t.num < 1 || t.num > 31 || (!first && t.clitic != 0) {
				return 0, false
			}
			d, k, strong = t.num, k+1, true
			if s.wordIs(k, minhu) && (s.sn(k0-1).flags&fDateContext != 0 || s.proclitic(k0) == 'ف') {
				// تنتهي في 20 منه: the day of the month named last
				fr.d, fr.anaMonth = d, true
				return k + 1, true
			}
			if s.bare(k).flags&fFrom != 0 {
				k++
			} else if s.isPunct(k, '.', '-', '/') {
				if _, _, amb, _, ok := s.month(k+1, false); ok && !amb {
					k++ // 2. أكتوبر، 28-نوفمبر (not the score 1 - صفر)
				}
			}
		} else if n, j, ok := s.ordinal(k, first); ok && n <= 31 {
			if s.bare(j).flags&fFrom == 0 && s.bare(j).month == 0 && s.bare(j).hmonth == 0 && s.bare(j).flags&fMonthHead == 0 {
				return 0, false
			}
			if s.sn(k-1).unit != uNone || s.sn(k-1).deictic != uNone && s.sn(k-1).deictic != uDay {
				return 0, false // الأسبوع الأول من يناير
			}
			d, k, strong = n, j, true
			if s.bare(k).flags&fFrom != 0 {
				k++
			}
		} else if n, j, ok := s.cardinal(k, first); ok && s.isWord(k) && n >= 1 && n <= 31 {
			// عشرين غشت، خمسة أيار: a day in words before a month name
			if _, _, amb, _, ok := s.month(j, false); !ok || amb && !head {
				return 0, false
			}
			d, k, strong = n, j, true
		}
	}
	if s.at(k, first && k == k0).flags&fMonthHead != 0 {
		if _, _, _, _, _, ok := s.monthPair(k+1, false); ok {
			k, strong = k+1, true
		}
	}
	monthTok := k
	m, cal, amb, pair, j, ok := s.monthPair(k, first && k == k0)
	if !ok {
		// في 11 من الشهر نفسه: the month the text named last
		if j, ok := s.sameMonth(k); ok && d > 0 && d <= 31 && s.bare(k-1).flags&fFrom != 0 {
			fr.d, fr.anaMonth = d, true
			return j, true
		}
		// الخامس من الشهر الجاري، 20 من الشهر المقبل
		if off, j, ok := s.relMonth(k); ok && d > 0 && d <= 31 && s.bare(k-1).flags&fFrom != 0 {
			fr.d, fr.mRel, fr.hasMRel = d, off, true
			return j, true
		}
		return 0, false
	}
	strong = strong || pair
	if d == 0 && fr.mod == "" {
		// يناير الثاني والعشرين
		if n, j2, ok := s.ordinal(j, false); ok && n >= 1 && n <= 31 {
			d, j, strong = n, j2, true
		} else if n, ok := s.number(j, 2); ok && n >= 1 && n <= 31 && s.toks[j].clitic == 0 && cal == calG {
			// نوفمبر 29، 2016 / نوفمبر 29 2016: the day after the month, then the year
			k2 := j + 1
			if s.isPunct(k2, ',') {
				k2++
			}
			if y, ok := s.number(k2, 4); ok && s.toks[k2].nd == 4 && y >= 1000 {
				d, j, strong = n, j+1, true
			}
		}
	}
	fr.m, fr.cal, fr.d = m, cal, d
	j = s.yearTail(j, fr)
	if fr.y != 0 || fr.hasYRel || fr.dir != 0 {
		strong = true
	}
	if cal == calH && fr.y >= 1900 && fr.y <= 2100 && !s.isWordAny(monthTok-1, "بن", "ابن", "بنت", "ولد") {
		// رمضان 2009، شهر رمضان 2017: a Hijri month dated by the
		// Gregorian year it falls in (as Egyptian and Tunisian news date
		// the Ramadan of a year): the Hijri year whose month m begins in
		// that Gregorian year
		fr.y = hijriYearOfMonth(fr.y, m)
	}
	if !validDate(cal, fr.y, m, d) && !validAncientDay(cal, fr.y, m, d) {
		return 0, false
	}
	msn := s.at(monthTok, first && monthTok == k0)
	// Traps: «14 آذار» / «8 آذار» are Lebanese blocs; نيسان is also Nissan;
	// آب in واتس آب.
	if cal == calG && msn.mamb && msn.msys&sysLevant != 0 {
		if s.companyContext(monthTok) || s.sn(k0-1).flags&fBloc != 0 || s.isPunct(k0-1, '«', '"') {
			return 0, false
		}
		if m == 3 && (d == 8 || d == 14) && fr.y == 0 && !fr.hasYRel && fr.dir == 0 {
			return 0, false
		}
		if m == 4 && s.nissanDoc && d == 0 && fr.y == 0 && fr.dir == 0 && !fr.hasYRel {
			return 0, false
		}
	}
	if d > 0 && fr.y == 0 && s.sn(k0-1).flags&fPlaceCue != 0 {
		return 0, false // مدينة 6 أكتوبر، شارع 26 يوليو: names of places
	}
	if fr.y == 0 && !fr.hasYRel && fr.dir == 0 && fr.mod == "" && s.isWordAny(k0-1, "مجله", "المجله", "جريده", "صحيفه", "قناه", "اذاعه", "حركه", "كذبه", "سمكه") {
		return 0, false // مجلة أكتوبر، جريدة 26 سبتمبر، حركة 6 أبريل، كذبة أفريل: names of outlets and movements, April fools
	}
	if cal == calH && m == 2 && amb && fr.y == 0 && fr.dir == 0 && !fr.hasYRel && s.bare(monthTok-1).flags&fMonthHead == 0 {
		return 0, false // صفر is zero: 3 صفر is a score, not 3 Safar
	}
	if !strong {
		if k > 0 && s.toks[k-1].kind == kNum {
			return 0, false // 32 شوال، 30 مارس…: a number that is not a day
		}
		if s.bare(k-1).flags&fFrom != 0 && (s.sn(k-2).ord != 0 || s.sn(k-2).card != 0 || k >= 2 && s.toks[k-2].kind == kNum) {
			return 0, false // قوى الرابع عشر من آذار: a day form rejected above
		}
		if amb && (!s.contextBefore(k) || d == 0 && s.toks[k].pre == 0 && s.sn(k-1).flags&fYearHead != 0) {
			return 0, false // منذ 30 سنة أب لطفلين: a year head is no context for a month alone
		}
	}
	return j, true
}

var minhu = []rune("منه")

// agencyDateline reports whether the day-month at token k opens an agency
// dateline: on the first line, after at most a place and a dash, and
// followed by the agency in parentheses ("الكويت - 22 - 11 (كونا) --").
func (s *scan) agencyDateline(k int) bool {
	if k > 4 || !s.isPunct(k+3, '(') || !s.sn(k+4).agency || !s.isPunct(k+5, ')') {
		return false
	}
	for p := 0; p <= k+3 && p < len(s.toks); p++ {
		if p > 0 && s.toks[p].nl {
			return false
		}
	}
	return true
}

// hijriYearOfMonth returns the Hijri year whose month m begins in the
// Gregorian year g, by the mean Hijri year (354.367 days, epoch 622-07-16,
// the tabular calendar's): month m of Hijri year h begins about
// 621.5698 + 0.970224·h + 0.080849·(m−1) Gregorian years (a day or two off
// the Umm al-Qura start, so a month beginning in the first or last days of
// g may be given the neighbouring year).
func hijriYearOfMonth(g, m int) int {
	x := (float64(g) - 621.5698 - 0.080849*float64(m-1)) / 0.970224
	h := int(x)
	if float64(h) < x {
		h++
	}
	return h
}
