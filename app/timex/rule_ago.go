package timex

import "math"

// ruleAgo: a date or time given as an offset from the DCT: "قبل ستة أشهر"
// (2016-05), "منذ أسبوعين", "قبل 5 ساعات" and the ticker form "قبل 5 ساعة"
// (TIME), "بعد ثلاثة أيام", "5 أيام مضت". The offset word is inside the
// span. An offset from an event ("قبل عامين من الانتخابات") is not a date.
func ruleAgo(s *scan, i int) {
	sn := s.sn(i)
	dir := 0
	switch {
	case sn.flags&fAgo != 0:
		dir = -1
	case sn.flags&fAfter != 0:
		dir = 1
	}
	if dir != 0 {
		k := i + 1
		if _, _, ok := s.hoursOfPod(k); ok {
			return // منذ ساعات الصباح الأولى: since the early morning (rulePod)
		}
		if s.bare(k).flags&fApprox != 0 {
			k++ // قبل نحو عامين، منذ أكثر من عامين
			if s.bare(k).flags&fFrom != 0 {
				k++
			}
		}
		n, u, j, ok := s.durCore(k, false, true)
		if ok && dir < 0 && (s.recordBefore(i) || s.wordIs(i, mundh) && (s.cueBefore(i, fState) || s.imperfectBefore(i) && s.bare(j).flags&fPassed == 0) || n == 1 && u >= uDecade && j == k+1) && s.bare(j).flags&fFrom == 0 {
			// للمرة الأولى منذ أكثر من عشرين عاما، منذ عقد، ظل يشغله منذ 20
			// سنة: a duration, span without منذ and the quantifier
			// (approxMod gives the mod)
			s.add("duration", k, j, frame{typ: Duration, durUnit: u, durN: n, durS: s.quantity(k)})
			return
		}
		if !ok {
			if k == i+1 || s.bare(k).flags&fSeveral != 0 {
				s.vagueAgo(i)
			}
			return
		}
		if j == k+1 && s.bare(k).uform == formSing {
			// منذ يوم السبت، قبل يوم أمس: the unit word is a head noun
			if _, _, ok := s.weekday(j, false, true); ok || s.bare(j).isDayRel || (j < len(s.toks) && s.toks[j].kind == kNum) {
				return
			}
			if _, _, _, _, ok := s.month(j, false); ok {
				return // قبل شهر رمضان: شهر heads the month name
			}
			if _, _, ok := s.spelledYear(j); ok {
				return // منذ عام ألف وتسعمائة وثمانية وأربعين: عام heads a year
			}
		}
		if s.bare(j).flags&fPassed != 0 {
			j++
		}
		switch {
		case s.bare(s.skipOnly(j)).flags&fFrom != 0 && s.skipOnly(j) > j:
			// قبل يومين فقط من الاقتراع: an event-anchored duration, the
			// adverb outside the span
			s.add("duration", k, j, frame{typ: Duration, durUnit: u, durN: n, durS: s.quantity(k)})
			return
		case s.bare(j).flags&fFrom != 0:
			if s.bare(j+1).vague != "PRESENT_REF" && !(s.bare(j+1).isDayRel && s.bare(j+1).dayRel == 0) {
				// قبل أسبوع من الاقتراع: anchored to an event, the measure
				// is a duration
				s.add("duration", k, j, frame{typ: Duration, durUnit: u, durN: n, durS: s.quantity(k)})
				return
			}
			j += 2 // قبل عامين من الآن
		case dir > 0 && (u < uDay || u > uYear || n != float64(int(n)) || n <= 0 || k > i+1 || s.isWordAny(i-1, "من") || s.isWordAny(j, "علي", "ديال", "عن") ||
			s.isWordAny(s.skipOnly(j), "من", "علي") || s.sn(j-1).wday != 0 || j < len(s.toks) && s.toks[j].kind == kNum && s.toks[j].clitic == 'و'):
			// بعد ساعتين، بعد نحو عامين، من بعد 27 يوم ديال الجوع، بعد
			// أقل من يوم على…، بعد 85 عاما و46 يوما، بعد يوم الأحد (the
			// weekday read as «one»): a duration (ruleDuration finds it), and so
			// is a unit alone of an hour or less (بعد ساعة: PT1H), span
			// without بعد
			if j == k+1 && s.toks[k].kind == kWord && s.toks[k].pre == 0 && s.bare(k).uform == formSing && u <= uDecade {
				s.add("duration", k, j, frame{typ: Duration, durUnit: u, durN: 1})
			}
			return
		}
		// بعد يومين، بعد أسبوع، بعد عام (no event after it): the date that
		// many units after the DCT, or in narrative mode after the date
		// the text stated last ("ثم أعادته بعد يومين" after «24 أبريل
		// 2012» is 2012-04-26), span with بعد as قبل يومين has قبل; in a
		// past narrative counted from the last day the text named (وصل في
		// 3 مارس 2015 وغادر بعد أسبوع), after a future cue from the DCT
		if dir > 0 {
			fr := agoFrame(n, u)
			fr.anaRel = fr.rel && !s.futureContext(i) && !s.futureVerb(i-1)
			fr.afterN, fr.durUnit, fr.durN = fr.rel && !s.isWordAny(j-2, "من"), u, n // not بعد عامين من الآن
			s.add("ago", i, j, fr)
			return
		}
		s.add("ago", i, j, agoFrame(float64(dir)*n, u))
		return
	}
	// N unit مضت
	if n, u, j, ok := s.durCore(i, true, false); ok && s.bare(j).flags&fPassed != 0 {
		s.add("ago", i, j+1, agoFrame(-n, u))
	}
	// سنة بالضبط بعد الهدنة، شهر تقريبا قبل الاقتراع: a unit alone, an
	// adverb, then the event it is counted from: a duration of one
	if sn.uform == formSing && !sn.uamb && !s.definite(i) && sn.unit != uNone && sn.unit <= uDecade && s.toks[i].pre == 0 {
		if k := s.skipOnly(i + 1); k > i+1 && s.sn(k).flags&(fAgo|fAfter) != 0 && s.isWord(k+1) {
			s.add("duration", i, i+1, frame{typ: Duration, durUnit: sn.unit, durN: 1})
		}
	}
}

// maxOffsetDays bounds an offset from the DCT: about 10,950 years, more
// than any distance between two dates of years 1–9999. A longer offset
// (قبل 99999999999 يوما) names no calendar date: it is kept as PAST_REF /
// FUTURE_REF with a Note, and the offset arithmetic never overflows.
const maxOffsetDays = 4e6

// unitDays is the approximate length of each unit in days.
var unitDays = [...]float64{uSecond: 1.0 / 86400, uMinute: 1.0 / 1440, uHour: 1.0 / 24, uDay: 1, uWeek: 7,
	uMonth: 30.44, uYear: 365.25, uDecade: 3652.5, uCentury: 36525}

// offsetRangeNote explains an offset that leaves the calendar.
const offsetRangeNote = "offset beyond the calendar range (years 1–9999): no date"

// agoFrame makes an offset of n units from the DCT; a fractional offset
// (قبل ساعة ونصف) is taken in the next smaller unit.
func agoFrame(q float64, u unit) frame {
	if int(u) >= len(unitDays) || q != q || math.Abs(q)*unitDays[u] > maxOffsetDays {
		fr := frame{typ: Date, lit: "PAST_REF", note: offsetRangeNote}
		if q > 0 {
			fr.lit = "FUTURE_REF"
		}
		return fr
	}
	n := int(q)
	if float64(n) != q {
		switch u {
		case uHour:
			n, u = int(q*60), uMinute
		case uDay:
			n, u = int(q*24), uHour
		case uYear:
			n, u = int(q*12), uMonth
		case uMinute:
			n, u = int(q*60), uSecond
		}
	}
	fr := frame{typ: Date, rel: true, relUnit: u, relN: n, gran: u}
	switch u {
	case uWeek:
		fr.gran = uDay
	case uHour, uMinute, uSecond:
		fr.typ, fr.gran, fr.day = Time, uMinute, true
	}
	return fr
}

// vagueAgo matches قبل/منذ + a bare plural unit or a vague noun: "منذ
// سنوات"، "قبل أيام"، "منذ أشهر طويلة"، "منذ فترة" (PAST_REF). Anchored to
// an event ("قبل أيام من الانتخابات") it is not a date.
func (s *scan) vagueAgo(i int) {
	k := i + 1
	if s.bare(k).flags&fSeveral != 0 {
		k++ // قبل بضعة أيام، منذ عدة سنوات
	}
	u := s.bare(k)
	if !(u.unit != uNone && u.uform == formPlural && !s.definite(k) && u.unit != uSecond) && !s.wordIs(k, fatra) && !s.wordIs(k, zaman) {
		return
	}
	j := k + 1
	if s.bare(j).flags&fFew != 0 || s.wordIs(j, tawila) || s.wordIs(j, adida) || s.wordIs(j, qalila) {
		j++ // منذ سنوات طويلة، قبل أيام قليلة
	}
	if e := s.skipOnly(j); e > j && s.bare(e).flags&fFrom != 0 {
		j = e // قبل أيام فقط من الانتخابات
	}
	if j < len(s.toks) && s.toks[j].kind == kNum {
		return
	}
	if s.bare(j).flags&fFrom != 0 || s.sn(i).flags&fAfter != 0 {
		// قبل أيام من الانتخابات، بعد أسابيع من المفاوضات: measured from
		// an event, an unspecified duration (PXD, PXW)
		if u.unit != uNone {
			s.add("duration", i+1, k+1, frame{typ: Duration, durUnit: u.unit, durN: -1})
		}
		return
	}
	s.add("ago", i, j, frame{typ: Date, lit: "PAST_REF"})
}

// recordReach is how many tokens before منذ recordBefore looks at.
const recordReach = 6

// recordBefore reports whether a record cue (المرة الأولى، أعلى مستوى،
// الأكبر) stands in the recordReach tokens before token i, in its sentence.
func (s *scan) recordBefore(i int) bool { return s.cueBefore(i, fRecord) }

// cueBefore reports whether a word with a flag of mask stands in the
// recordReach tokens before token i, in its clause.
func (s *scan) cueBefore(i int, mask uint64) bool {
	for k := i - 1; k >= 0 && k >= i-recordReach; k-- {
		if s.isPunct(k, '.', '،', ',', '؛', ';', ':', '!', '؟') {
			return false
		}
		if s.sn(k).flags&mask != 0 {
			return true
		}
		if s.toks[k].nl {
			return false // k opens its line
		}
	}
	return false
}

var (
	mundh  = []rune("منذ")
	fatra  = []rune("فتره")
	zaman  = []rune("زمن")
	tawila = []rune("طويله")
	adida  = []rune("عديده")
	qalila = []rune("قليله")
)

// onlyWords are adverbs that may stand between a measure and the event it
// is counted from (قبل أيام فقط من، قبل ساعتين تقريبا من), folded.
var onlyWords = [][]rune{[]rune("فقط"), []rune("تقريبا"), []rune("بالضبط"), []rune("بالتحديد")}

// skipOnly returns the token after an adverb of onlyWords at j, else j.
func (s *scan) skipOnly(j int) int {
	for _, w := range onlyWords {
		if s.wordIs(j, w) {
			return j + 1
		}
	}
	return j
}
