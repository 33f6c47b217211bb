package timex

// Calendars of a frame.
const (
	calG int8 = iota
	calH
)

// frame is what a rule fills for one match, in the manner of olebedev/when:
// fixed fields stay zero until a rule sets them, relative shifts are kept
// apart, and the value is computed later against the DCT (build.go: resolve).
type frame struct {
	typ      Type
	cal      int8
	y, m, d  int // explicit year, month, day (0 = unset)
	yRel     int // year relative to the DCT year (من العام الماضي = -1)
	hasYRel  bool
	mRel     int // month relative to the DCT month (الخامس من الشهر الجاري = 0)
	hasMRel  bool
	decade   int  // 198 for الثمانينيات
	nth      int  // الأحد الثاني: the nth such weekday of the month
	anaYear  bool // من ذلك العام، من العام نفسه: the year last named in the text
	anaMonth bool // في 11 من الشهر نفسه: the month last named in the text
	wd       int  // ISO weekday (1 Monday … 7 Sunday)
	dir      int8 // modPast, modFuture, modCurrent on a month, weekday or day
	future   bool // future context (سوف، من المقرر) for a bare weekday
	past     bool // past context (كان، تم، لقد، لم) for a yearless date

	rel     bool // offset from the DCT: relN relUnit, value at granularity gran
	relUnit unit
	relN    int
	gran    unit

	hh, mm   int
	hasClock bool
	pod      int8

	durUnit unit
	durN    float64 // -1: unspecified (PXY)
	durS    string  // the exact decimal digits of durN when read from a long or separated number (1,250، 3.5)

	lit  string // literal value (PAST_REF, P1Y, XXXX-WXX-5…)
	note string // Expression.Note of a literal value
	q    int    // quarter 1–4
	half int    // half year 1–2
	mod  string // START MID END

	season  string // TIMEX3 season code (SU…) of the year y / yRel / dir
	weekend bool   // نهاية الأسبوع: the weekend of the week (YYYY-Www-WE)
	anaDay  bool   // relN days from the last day the text named (اليوم التالي)
	today   int8   // a deictic day run into its date (its day offset + 3: اليوم 9 ماي 2016 = 3, أمس الخميس 5 مارس = 2, غدا … = 4; 0 = none): the DCT is that date minus (today-3) days
	lastOf  bool   // آخر جمعة من الشهر، آخر أسبوع في سبتمبر: the last weekday (wd) or week of a month (rule_lastof.go)
	nthWeek int8   // lastOf: الأسبوع الأول/الثاني… من مارس, the n-th week of the month (0: the last)
	anaRel  bool   // rel counted from the last day the text named, not the DCT (الشهر التالي، العام السابق)
	afterN  bool   // بعد + a measure (بعد يومين): a duration when there is neither a DCT nor a date before it
	wdRel   bool   // a weekday with a modifier before the date (الخميس الفارط 25 ماي): near the DCT, not a year stated nearby

	anchor string // TIME: the day it is anchored to (build.go: anchorDay)
	day    bool   // TIME with a day part (weekday, relative day or date)
}

// cand is a rule match: tokens [i, j), folded runes [fs, fe).
type cand struct {
	i, j   int
	fs, fe int
	fr     frame
	rule   string
}

// add records a candidate over tokens [i, j). The span starts after the
// proclitic of the first token and ends at the end of token j-1.
func (s *scan) add(rule string, i, j int, fr frame) {
	if j <= i || i < 0 || j > len(s.toks) {
		return
	}
	t := &s.toks[i]
	fs := t.s
	if t.kind == kWord {
		fs += t.pre
	}
	s.cands = append(s.cands, cand{i: i, j: j, fs: fs, fe: s.toks[j-1].e, fr: fr, rule: rule})
}

// daysIn returns the length of month m of year y; y == 0 means any year
// (29 days for February).
func daysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	}
	return 0
}
