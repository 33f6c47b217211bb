package timex

import "strconv"

// ruleDuration: durations "ستة أشهر"، "30 عاما"، "(١٥) يوما"، "3.5 سنوات"،
// "ساعتين"، "سنة واحدة"، "ساعة ونصف"، "نصف عام"، "عدة أيام" (PXD), a
// singular unit made explicit ("يوم كامل"، "لمدة عام"، "طوال الأسبوع"), and
// definite plurals with a number or a modifier: "الأعوام الثلاثة المقبلة"،
// "الثلاث السنوات الماضية"، "السنوات الخمس المقبلة"، "الأيام المقبلة" (PXD).
func ruleDuration(s *scan, i int) {
	sn := s.sn(i)
	// طوال الأسبوع، طيلة العام، طوال يوم
	if sn.flags&fThroughout != 0 {
		if u := s.bare(i + 1); (u.unit != uNone && u.uform == formSing && !u.uamb) || (u.deictic != uNone && u.deictic != uDecade) {
			if _, _, _, _, ok := s.month(i+2, false); ok && u.unit == uMonth {
				return // طوال شهر رمضان: شهر heads the month name (a date)
			}
			unitOf := u.unit
			if unitOf == uNone {
				unitOf = u.deictic
			}
			j := i + 2
			if u.deictic != uNone {
				if m, j2, ok := s.modifier(j); ok && m != modCurrent {
					j = j2 // طوال الشهر المنصرم
				}
			}
			s.add("duration", i, j, frame{typ: Duration, durUnit: unitOf, durN: 1})
			return
		}
	}
	if u := s.sn(i); u.unit != uNone && u.unit <= uCentury && u.uform == formSing && !s.definite(i) && s.toks[i].pre == 0 && s.passingBefore(i) {
		if _, _, _, ok := s.durCore(i, true, false); !ok {
			// بعد مرور عام على الثورة، بمرور قرن: a unit alone after مرور is one
			// (عام is also "general", so durCore leaves it)
			s.add("duration", i, i+1, frame{typ: Duration, durUnit: u.unit, durN: 1})
			return
		}
	}
	if n, u, j, ok := s.durCore(i, true, false); ok {
		fr := frame{typ: Duration, durUnit: u, durN: n, durS: s.quantity(i)}
		// عامين و3 أشهر، ساعة و20 دقيقة، عام واحد و شهر و 21 يوما: a compound duration
		if n < maxCompound && n == float64(int(n)) {
			if lit, j2 := s.compoundRest(n, u, j); lit != "" {
				fr.lit, j = lit, j2
			}
		}

		s.add("duration", i, j, fr)
		return
	}
	if sn.unit != uNone && sn.unit < uDecade && sn.uform == formSing && !s.definite(i) && s.proclitic(i+1) == 'و' {
		// سنة وشهرين، ساعة و20 دقيقة
		if lit, j2 := s.compoundRest(1, sn.unit, i+1); lit != "" {
			s.add("duration", i, j2, frame{typ: Duration, lit: lit})
			return
		}
	}
	if sn.unit >= uWeek && sn.unit <= uYear && sn.uform == formSing && s.toks[i].pre == 0 && s.f.Runes[s.toks[i].e-1] == 'ا' && !s.definite(i) {
		// تستمر أسبوعا، ظل عاما: an accusative singular unit is one unit
		if p := s.sn(i - 1); p.card == 0 && p.ord == 0 && p.flags&(fEvery|fApprox) == 0 && (i == 0 || s.toks[i-1].kind != kNum) && s.bare(i+1).flags&fAfterWord == 0 &&
			!(s.isWord(i-1) && s.f.Runes[s.toks[i-1].e-1] == 'ا') { // مديرا عاما، إطارا عاما: "general"
			j := i + 1
			switch {
			case s.bare(j).flags&fWhole != 0 && s.isWordAny(j, "كاملا"), s.isWordAny(j, "واحدا"):
				j++ // ظل عاما كاملا، قضى عاما واحدا
			case s.isWord(j) && s.toks[j].sense < 0 && s.toks[j].pre == 0 && !s.definite(j) && s.toks[j].e-s.toks[j].s >= 4 && s.f.Runes[s.toks[j].e-1] == 'ا' && !s.durVerbBefore(i):
				return // تواجه عاما صعبا، كان يوما تاريخيا: "a hard year", no measure
			}
			s.add("duration", i, j, frame{typ: Duration, durUnit: sn.unit, durN: 1})
			return
		}
	}
	if s.isAl(i) || s.looseAl(i) {
		// الـ24 ساعة الماضية; الـ 48 ساعة القادمة, ال ـ 24 ساعة الماضية
		// (spaced, as ANERcorp writes it: only with the modifier)
		if n, u, j, ok := s.durCore(i+1, false, false); ok {
			_, j2, mok := s.durModifier(j)
			if mok {
				j = j2
			}
			if mok || s.isAl(i) {
				s.add("duration", i, j, frame{typ: Duration, durUnit: u, durN: n, durS: s.quantity(i + 1)})
				return
			}
		}
	}
	if sn.unit != uNone && sn.uform == formSing && !sn.uamb && !s.definite(i) {
		// يوم كامل، سنة كاملة; لمدة عام
		if s.bare(i+1).flags&fWhole != 0 {
			s.add("duration", i, i+2, frame{typ: Duration, durUnit: sn.unit, durN: 1})
			return
		}
		if s.sn(i-1).flags&fForPeriod != 0 || s.isWordAny(i-1, "في", "منذ", "مند") && s.recordBefore(i-1) {
			// لمدة عام; أعلى مستوى في عام، للمرة الأولى منذ عام
			s.add("duration", i, i+1, frame{typ: Duration, durUnit: sn.unit, durN: 1})
			return
		}
	}
	if sn.unit == uDecade && sn.uform == formSing && !s.definite(i) && s.isWordAny(i-1, "منذ", "مند", "طوال") {
		// منذ عقد، منذ عقد من الزمن (عقد is also "contract", "holding":
		// only at the end of a clause or before من الزمن)
		switch {
		case s.clauseEnd(i + 1):
			s.add("duration", i, i+1, frame{typ: Duration, durUnit: uYear, durN: 10})
			return
		case s.isWordAny(i+1, "من") && s.isWordAny(i+2, "الزمن"):
			s.add("duration", i, i+3, frame{typ: Duration, durUnit: uYear, durN: 10})
			return
		}
	}
	if sn.unit >= uMinute && sn.unit <= uYear && sn.uform == formPlural && !s.definite(i) && s.toks[i].pre == 0 &&
		s.isWordAny(i+1, "طويله", "عديده", "قليله", "معدوده", "معدودات", "متواصله") && !s.definite(i+1) {
		// سنوات طويلة، أيام قليلة، ساعات متواصلة: an unspecified number
		s.add("duration", i, i+2, frame{typ: Duration, durUnit: sn.unit, durN: -1})
		return
	}
	if sn.unit >= uMinute && sn.unit <= uYear && sn.uform == formPlural && !s.definite(i) && // not عقود، contracts
		(s.toks[i].pre == 0 && (s.durVerbBefore(i) || s.accusative(i) || s.isWordAny(i-1, "غضون", "خلال") && !s.definite(i+1) && s.bare(i+1).month == 0) || s.toks[i].pre == 1 && s.proclitic(i) == 'ل') {
		// أمضوا سنوات، استمر لساعات، في غضون أيام، خلال أسابيع: an
		// unspecified number of units
		if k := i + 1; !(k < len(s.toks) && s.toks[k].kind == kNum) && s.bare(k).card == 0 &&
			!s.unitConstruct(i) && !(s.isPunct(k, '(') && k+1 < len(s.toks) && s.toks[k+1].kind == kNum) {
			// (not خلال أعوام ( 1960-1965 ): the years it heads)
			s.add("duration", i, i+1, frame{typ: Duration, durUnit: sn.unit, durN: -1})
			return
		}
	}
	if sn.flags&fSeveral != 0 {
		if u := s.bare(i + 1); u.unit != uNone && u.uform == formPlural {
			s.add("duration", i, i+2, frame{typ: Duration, durUnit: u.unit, durN: -1})
		}
		return
	}
	if !s.definite(i) {
		return
	}
	// اليومين الماضيين، الشهرين المقبلين
	if sn.unit != uNone && sn.uform == formDual {
		if _, j, ok := s.durModifier(i + 1); ok {
			s.add("duration", i, j, frame{typ: Duration, durUnit: sn.unit, durN: 2})
		}
		return
	}
	// الأعوام الثلاثة المقبلة / السنوات الخمس / الأيام المقبلة
	if sn.unit != uNone && sn.uform == formPlural {
		k, n, exact := i+1, -1.0, ""
		if c := s.bare(k).card; c > 0 && s.definite(k) {
			n, k = float64(c), k+1
		} else if s.isAl(k) {
			n, exact, k = s.toks[k+1].fnum, s.quantity(k+1), k+2 // الساعات الـ24 الماضية
		}
		if s.bare(k).flags&fFew != 0 && s.bare(k).mod == 0 && s.bare(k).ord == 0 {
			k++ // الأيام القليلة الماضية
		}
		if _, j, ok := s.durModifier(k); ok {
			s.add("duration", i, j, frame{typ: Duration, durUnit: sn.unit, durN: n, durS: exact})
		} else if n > 0 {
			s.add("duration", i, k, frame{typ: Duration, durUnit: sn.unit, durN: n, durS: exact})
		}
		return
	}
	// الثلاث السنوات الماضية
	if sn.card > 0 {
		if u := s.bare(i + 1); u.unit != uNone && u.uform == formPlural && s.definite(i+1) {
			j := i + 2
			if _, j2, ok := s.durModifier(j); ok {
				j = j2
			}
			s.add("duration", i, j, frame{typ: Duration, durUnit: u.unit, durN: float64(sn.card)})
		}
	}
}

// durVerbBefore reports whether a verb of duration (durationVerbs: أمضى،
// استمر، بقي…) is among the three words before token i, with no number
// or punctuation between: "استمرت المفاوضات أسابيع"، "بقي الجنود هناك أياما".
func (s *scan) durVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !s.isWord(k) {
			return false
		}
		if s.sn(k).durVerb {
			return true
		}
	}
	return false
}

// accusative reports whether word token i, without proclitics, ends in the
// alif of the indefinite accusative (أياما، أعواما، شهورا), the adverb of
// time "for days, for years".
func (s *scan) accusative(i int) bool {
	t := &s.toks[i]
	return t.pre == 0 && t.e-t.s > 3 && s.f.Runes[t.e-1] == 'ا' && s.bare(i+1).card == 0 && !(i+1 < len(s.toks) && s.toks[i+1].kind == kNum)
}

// clauseEnd reports whether token k ends a clause: the end of the text or
// punctuation.
func (s *scan) clauseEnd(k int) bool {
	return k >= len(s.toks) || s.toks[k].kind == kPunct || s.toks[k].nl
}

// durModifier matches الماضية/المقبلة/الأخيرة after a plural unit.
func (s *scan) durModifier(k int) (int8, int, bool) {
	if m, j, ok := s.modifier(k); ok && m != modCurrent {
		return m, j, true
	}
	if s.bare(k).ord == -1 {
		return modPast, k + 1, true
	}
	return 0, k, false
}

// definite reports whether word token i (after its proclitics) starts with ال.
func (s *scan) definite(i int) bool {
	if !s.isWord(i) {
		return false
	}
	t := &s.toks[i]
	p := t.s + t.pre
	return t.e-p > 2 && s.f.Runes[p] == 'ا' && s.f.Runes[p+1] == 'ل' ||
		t.pre > 0 && s.f.Runes[p-1] == 'ل' && s.f.Runes[p] == 'ل' // للأيام → ل + لأيام
}

// durCore matches number + unit (3 أيام، ستة أشهر، 48 ساعة، (15) يوما،
// 3.5 سنوات), a dual unit (يومين، سنتين), unit + واحد (سنة واحدة), a
// half (نصف ساعة، نصف عام) and unit + ونصف (ساعة ونصف، ساعتين ونصف). With
// single set, a bare singular unit counts as one (قبل عام، منذ أسبوع).
func (s *scan) durCore(i int, first, single bool) (n float64, u unit, j int, ok bool) {
	half := func(n float64, u unit, j int) (float64, unit, int, bool) {
		if s.isWord(j) && s.toks[j].pre == 1 && s.f.Runes[s.toks[j].s] == 'و' && s.sn(j).flags&fHalf != 0 {
			return n + 0.5, u, j + 1, true
		}
		return n, u, j, true
	}
	if v, j, ok := s.cardinal(i, first); ok && v > 0 {
		su := s.bare(j)
		if su.unit == uNone && v >= 3 && s.isWordAny(j, "سنا") {
			return half(float64(v), uYear, j+1) // 30 سنا (سنًّا, years of age or of a sentence), not أكبر سنا
		}
		if su.unit == uNone || su.uform == formDual || (s.definite(j) && s.toks[i].kind != kNum) {
			return 0, 0, i, false
		}
		if s.isWord(j-1) && s.definite(j-1) && !s.definite(j) && !(v >= 1000 && s.toks[j-1].pre == 0 && s.sn(j-1).card >= 1000) {
			// (ألف سنة: folded الف is no definite article)
			return 0, 0, i, false // العيد الوطني السادس والأربعين يوم: an ordinal use
		}
		if s.toks[i].kind == kNum && s.toks[i].nd == 4 && v >= 1000 && su.unit == uYear {
			return 0, 0, i, false
		}
		if s.toks[i].kind == kNum && s.toks[i].nd == 4 && v >= 1900 && v <= 2100 && (s.sn(i-1).event || s.sn(i-1).flags&fYearContext != 0) {
			return 0, 0, i, false // دورة 2017 أيام 15 و16 جوان: a year, then the days of the session
		}
		if su.unit == uYear && su.uform == formSing && j+1 < len(s.toks) && s.toks[j+1].kind == kNum && s.toks[j+1].nd >= 3 {
			return 0, 0, i, false // الفورمولا 1 عام 1991: عام heads the year
		}
		if s.toks[i].kind == kNum && i >= 2 && s.isPunct(i-1, '-', ':') && s.toks[i-2].kind == kNum && su.uform == formSing {
			return 0, 0, i, false // فاز 3-1 يوم الأحد: a score, then يوم heads the weekday
		}
		return half(float64(v), su.unit, j+1)
	}
	if i < len(s.toks) && s.toks[i].kind == kNum && s.toks[i].nd == 0 && s.toks[i].fnum > 0 && (first || s.toks[i].clitic == 0) {
		if su := s.bare(i + 1); su.unit != uNone && su.uform != formDual {
			return s.toks[i].fnum, su.unit, i + 2, true
		}
		return 0, 0, i, false
	}
	if s.wordIs(i, rub) || first && s.stemIs(i, rub) || s.wordIs(i, thulth) || first && s.stemIs(i, thulth) {
		// ربع ساعة (PT15M), ثلث ساعة (PT20M), ربع قرن (P25Y)
		if su := s.bare(i + 1); su.uform == formSing && !su.uamb && !s.definite(i+1) {
			q := 4
			if s.stemIs(i, thulth) {
				q = 3
			}
			switch su.unit {
			case uHour:
				return float64(60 / q), uMinute, i + 2, true
			case uCentury:
				if q == 4 {
					return 25, uYear, i + 2, true
				}
			}
		}
		return 0, 0, i, false
	}
	sn := s.at(i, first)
	if sn.flags&fHalf != 0 {
		if su := s.bare(i + 1); su.unit != uNone && su.uform == formSing && !su.uamb {
			return 0.5, su.unit, i + 2, true
		}
		return 0, 0, i, false
	}
	if sn.unit == uNone || s.definite(i) {
		return 0, 0, i, false
	}
	switch {
	case sn.uform == formDual:
		return half(2, sn.unit, i+1)
	case sn.uform == formSing && s.bare(i+1).card == 1 && s.bare(i+1).flags&fAhad == 0:
		return 1, sn.unit, i + 2, true // عام واحد (not مدير عام أحد فروع: "one of")
	case sn.uform == formSing && !sn.uamb && s.isWord(i+1) && s.toks[i+1].pre == 1 && s.sn(i+1).flags&fHalf != 0:
		return 1.5, sn.unit, i + 2, true
	case sn.uform == formSing && single && !sn.uamb:
		return 1, sn.unit, i + 1, true
	}
	return 0, 0, i, false
}

// maxCompound bounds the numbers of a compound duration (سنة وشهرين),
// which are formatted from their float64 values.
const maxCompound = 1e9

// compoundRest extends a duration of n u units ending at token j with the
// parts that follow it joined by و (a separate word or a proclitic): a
// number and a unit, a dual or a unit alone (one), each unit at most once,
// none a decade or a century: "عام واحد و شهر و 21 يوما" (P1Y1M21D), "2
// أيام و شهر واحد" (P1M2D), "ساعة و20 دقيقة" (PT1H20M). It returns the
// TIMEX3 value and the token after the last part, or "" when no part
// follows.
func (s *scan) compoundRest(n float64, u unit, j int) (string, int) {
	if u >= uDecade {
		return "", j
	}
	var amt [uCentury + 1]float64
	amt[u] = n
	parts := 1
	for {
		k := j
		if s.isWordAny(k, "و") {
			k++
		} else if s.proclitic(k) != 'و' {
			break
		}
		n2, u2, j2, ok := s.durCore(k, true, true) // سنة وشهر: a glued unit alone is one
		if !ok || amt[u2] != 0 || u2 >= uDecade || n2 <= 0 || n2 >= maxCompound || n2 != float64(int(n2)) {
			break
		}
		if _, _, _, _, ok := s.month(j2, false); ok && j2 == k+1 {
			break // ثلاثة أيام وشهر رمضان: شهر heads the month name
		}
		amt[u2], j = n2, j2
		parts++
	}
	if parts == 1 {
		return "", j
	}
	b := []byte{'P'}
	clock := false
	for _, x := range [...]unit{uYear, uMonth, uWeek, uDay, uHour, uMinute, uSecond} {
		if amt[x] == 0 {
			continue
		}
		if x <= uHour && !clock {
			b, clock = append(b, 'T'), true
		}
		b = strconv.AppendFloat(b, amt[x], 'f', -1, 64)
		b = append(b, unitLetter(x)...)
	}
	return string(b), j
}

var (
	rub    = []rune("ربع")
	thulth = []rune("ثلث")
)

// unitConstruct reports whether the plural unit at token i stands in
// construct before a name or noun ("لأيام قرطاج السينمائية": the days of
// a festival, not a length of time): not accusative (أياما), and the next
// word is outside the lexicon and no particle (ساعات أمام، أسابيع دون).
func (s *scan) unitConstruct(i int) bool {
	k := i + 1
	if !s.isWord(k) || s.toks[k].pre != 0 || s.toks[k].sense >= 0 || s.toks[k].nl || s.f.Runes[s.toks[i].e-1] == 'ا' {
		return false
	}
	return !s.isWordAny(k, constructStop...)
}

// constructStop are particles and adverbs that may follow a vague plural
// unit (folded): أسابيع دون نتيجة، ساعات أمام الولاية.
var constructStop = []string{"ثم", "دون", "بدون", "امام", "وراء", "خلف", "عند", "على", "علي", "عن", "مع", "حتى", "حتي", "وسط", "داخل", "خارج",
	"بين", "قرب", "تحت", "فوق", "ضد", "حول", "لدى", "لدي", "اخرى", "اخري", "عديده", "عده", "فقط", "اضافيه", "اخيره", "متتاليه", "متتالية"}

// passingBefore reports whether مرور (the passing of; و/ف/ب مرور) stands
// before token i.
func (s *scan) passingBefore(i int) bool {
	p := i - 1
	if !s.isWord(p) {
		return false
	}
	t := &s.toks[p]
	w := s.f.Runes[t.s:t.e]
	if len(w) == 5 && (w[0] == 'ب' || w[0] == 'و' || w[0] == 'ف') {
		w = w[1:]
	}
	return runesIs(w, "مرور") && len(w) == 4
}
