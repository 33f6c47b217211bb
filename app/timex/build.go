package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/hijri"
)

// rctx is the resolution context: the DCT and what the text said so far.
type rctx struct {
	dct       time.Time
	hasDCT    bool
	dctH      hijri.Date
	hasDCTH   bool
	lastYear  int    // last explicit Gregorian year in the text (used when the DCT is unknown)
	lastMonth int    // month of the last Gregorian date with a year and a month
	lastDay   string // last day-level date (YYYY-MM-DD) resolved in the text
	// lastRef is the first day of the last explicit Gregorian date of any
	// granularity (day, month or year) the text named, and refGran that
	// granularity: what الشهر الذي سبقه or العام الذي تلاه count from.
	lastRef time.Time
	refGran unit
	// yearTok is the token after the last expression that stated a
	// Gregorian year explicitly (عام 2010، 5 مارس 2010), -1 before any.
	yearTok int
	// yearFar: the year last stated does not reach the expression being
	// resolved (see habitual).
	yearFar bool
	// narr: dct is a narrative anchor (a date the text states), not the
	// document's date.
	narr bool
}

// build resolves the selected candidates into expressions: values against
// the DCT, clock times anchored to the day of their sentence, Hijri dates
// linked to an explicit Gregorian equivalent.
func (s *scan) build(sel []cand, opt Options) []Expression {
	if len(sel) == 0 {
		return nil
	}
	ctx := rctx{yearTok: -1}
	if !opt.DCT.IsZero() {
		ctx.dct, ctx.hasDCT = opt.DCT, true
		if h, err := hijri.GregorianToUmmAlQura(opt.DCT); err == nil {
			ctx.dctH, ctx.hasDCTH = h, true
		}
	}
	out := make([]Expression, len(sel))
	narrative := opt.Narrative && !ctx.hasDCT
	var anchors []time.Time // narrative: the anchor in force at each expression
	if narrative {
		anchors = make([]time.Time, len(sel))
	}
	var anchor time.Time
	todayKnown := false // narrative: a deictic day run into its date fixed the anchor
	// Dates first (in text order), then times, which may take the day of a
	// date in their sentence.
	for n := range sel {
		c := &sel[n]
		if narrative {
			anchors[n] = anchor
			ctx.setNarrative(anchor)
		}
		if c.fr.typ == Time && !c.fr.day {
			continue
		}
		based := ctx.lastDay != ""
		ctx.yearFar = ctx.yearTok >= 0 && s.habitual(ctx.yearTok, c.i)
		if fr := &c.fr; fr.cal == calG && fr.m > 0 && fr.y == 0 && !fr.hasYRel && !fr.anaYear && fr.dir == 0 && !fr.future && !fr.wdRel &&
			!fr.rel && !fr.lastOf && ctx.yearTok >= 0 && c.i-ctx.yearTok <= yearReach && !s.paragraphBreak(ctx.yearTok, c.i) && (ctx.hasDCT || !s.habitual(ctx.yearTok, c.i)) {
			fr.y = weekdayYear(fr, ctx.lastYear) // في عام 2010 … وفي 5 مارس: the year stated nearby wins (or its neighbour that fits a stated weekday)
		}
		if narrative && !todayKnown && c.fr.typ == Date && c.fr.rel && c.fr.relUnit == uDay && c.fr.relN == 0 && c.fr.wd == 0 && !c.fr.anaDay &&
			c.j == c.i+1 && (s.isWordAny(c.i-1, "حتي", "الي", "إلى", "لغايه") || s.cliticWordAny(c.i-1, []string{"حتي"})) {
			// حتى اليوم، إلى اليوم in an undated text: to this day, not the
			// day of a date it reports
			c.fr.lit, c.fr.rel = "PRESENT_REF", false
		}
		if c.fr.afterN && !ctx.hasDCT && ctx.lastDay == "" && ctx.lastRef.IsZero() {
			// بعد سنة with no DCT and no date before it: nothing to count
			// from, so the measure is a duration, span without بعد
			c.fr = frame{typ: Duration, durUnit: c.fr.durUnit, durN: c.fr.durN, durS: s.quantity(c.i + 1)}
			c.i++
			c.fs = s.toks[c.i].s + s.toks[c.i].pre
		}
		out[n] = s.resolve(&c.fr, &ctx)
		if narrative && !todayKnown && c.fr.y > 0 && c.fr.m > 0 && c.fr.d > 0 && !c.fr.rel && !c.fr.anaDay && dayPrefix(out[n].Value) {
			if t, err := time.Parse("2006-01-02", out[n].Value[:10]); err == nil {
				anchor = t // an explicit day date anchors what follows
				if c.fr.today != 0 {
					// اليوم الجمعة 15 أفريل 2016: the text names its own
					// day; أمس، غدا and the weekdays that follow count from
					// it, not from the later dates it reports (إلى غاية 17
					// أفريل)
					anchor, todayKnown = t.AddDate(0, 0, -int(c.fr.today-3)), true
				}
			}
		}
		if v, ok := s.rangeEndWeekday(sel, out, n); ok {
			out[n].Value, out[n].Hijri = v, hijriOf(v)
		}
		if v := out[n].Value; len(v) >= 10 && v[0] != 'X' && v[4] == '-' && v[7] == '-' && (!c.fr.anaDay || based) {
			// an anaphoric day counted from the DCT (no date named before
			// it) is no base for the next one
			ctx.lastDay = v[:10]
			if t, err := time.Parse("2006-01-02", ctx.lastDay); err == nil {
				ctx.lastRef, ctx.refGran = t, uDay
			}
		}
		if c.fr.cal == calG && c.fr.y > 0 && c.fr.typ == Date && c.fr.d == 0 && s.lifeSpan(c.i, c.j) {
			// (634 - 709) after a name: a life's dates, not the time the
			// text is telling; they anchor nothing
		} else if c.fr.cal == calG && c.fr.y > 0 && c.fr.typ == Date {
			ctx.lastYear, ctx.lastMonth, ctx.yearTok = c.fr.y, c.fr.m, c.j
			if c.fr.d == 0 && !c.fr.rel && c.fr.y >= 1 && c.fr.y <= 9999 {
				m, g := max(c.fr.m, 1), uMonth
				if c.fr.m == 0 {
					g = uYear
				}
				ctx.lastRef, ctx.refGran = time.Date(c.fr.y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), g
			}
		} else if c.fr.cal == calG && c.fr.m > 0 && c.fr.typ == Date && len(out[n].Value) >= 7 && out[n].Value[0] != 'X' {
			if y, err := strconv.Atoi(out[n].Value[:4]); err == nil {
				ctx.lastYear, ctx.lastMonth = y, c.fr.m
			}
		}
	}
	for n := range sel {
		c := &sel[n]
		if c.fr.typ != Time || c.fr.day {
			continue
		}
		if narrative {
			ctx.setNarrative(anchors[n])
		}
		c.fr.anchor = s.anchorDay(sel, out, n, &ctx)
		out[n] = s.resolve(&c.fr, &ctx)
		if v := out[n].Value; c.fr.hasClock && c.fr.hh < 6 && len(v) >= 16 && s.afterEvening(sel, n) {
			// مساء أمس … حتى الساعة الثانية فجرا: the small hours after an
			// evening are on the next day
			if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
				out[n].Value = t.AddDate(0, 0, 1).Format("2006-01-02") + v[10:]
			}
		}
	}
	// original offsets and text
	var cur textCursor
	for n := range sel {
		c := &sel[n]
		if k := s.quantStart(c); k < c.i && (n == 0 || sel[n-1].j <= k) {
			mod := s.approxMod(c)
			c.i, c.fs = k, s.toks[k].s
			if out[n].Mod == "" {
				out[n].Mod = mod
			}
		}
		st, en := s.f.Span(c.fs, c.fe)
		if c.j > 0 && s.toks[c.j-1].kind != kWord {
			en = s.f.Orig[c.fe-1] + 1 // no trailing tatweel after digits (1437ـ1441)
		}
		e := &out[n]
		e.Start, e.End, e.Link = st, en, -1
		if e.Mod == "" && e.Type != Set {
			e.Mod = s.approxMod(c)
		}
		if e.Type == "" {
			e.Type = c.fr.typ
		}
		cur.seek(s.text, st)
		b0 := cur.bi
		cur.seek(s.text, en)
		e.Text = s.text[b0:cur.bi]
	}
	// ألان and آلان (the names Alain, Alan) fold like الآن, بأجر like باجر:
	// drop them by their spelling.
	k := 0
	for n := range out {
		if out[n].Value == "PRESENT_REF" && (strings.HasPrefix(out[n].Text, "ألان") || strings.HasPrefix(out[n].Text, "آلان")) {
			continue
		}
		if sel[n].fr.rel && strings.HasPrefix(out[n].Text, "بأجر") {
			continue // بأجر "for pay" folds like the Gulf باجر (tomorrow)
		}
		sel[k], out[k] = sel[n], out[n]
		k++
	}
	sel, out = sel[:k], out[:k]
	s.link(sel, out)
	for n := range out {
		if !ValidValue(out[n].Value) {
			// the last guard: a date pushed outside years 1–9999 (an
			// extreme DCT with العام المقبل) gets no value rather than an
			// invalid one
			out[n].Note = invalidValueNote + out[n].Value
			out[n].Value = ""
		}
	}
	return out
}

// yearReach is how many tokens after an explicit year a yearless date
// still takes that year (the same sentence or the next ones of its
// paragraph).
const yearReach = 60

// paragraphBreak reports whether a line break lies in tokens (a, b].
func (s *scan) paragraphBreak(a, b int) bool {
	for k := a + 1; k <= b && k < len(s.toks); k++ {
		if s.toks[k].nl {
			return true
		}
	}
	return false
}

// lifeSpan reports whether tokens [i, j) are one end of a year range in
// brackets, «(634 - 709)»، «(حوالي 165—218 حزيران)».
func (s *scan) lifeSpan(i, j int) bool {
	dash := func(k int) bool { return s.isPunct(k, '-', '–', '—') }
	open := func(k int) bool {
		return s.isPunct(k, '(') || s.sn(k).flags&fApprox != 0 && s.isPunct(k-1, '(')
	}
	switch {
	case open(i-1) && dash(j):
		e := j + 2
		for ; e < len(s.toks) && e < j+6 && !s.isPunct(e, '(', ')'); e++ {
		}
		return s.isPunct(e, ')')
	case dash(i-1) && open(i-3):
		for e := j; e < len(s.toks) && e < j+4; e++ {
			if s.isPunct(e, ')') {
				return true
			}
		}
	}
	return false
}

// habitual reports whether the yearless date at token b is told in the
// present tense, in a sentence after the one of the year stated at token
// a: in an undated text (an encyclopedia) that is what recurs («أقر
// الدستور عام 1990. … تستمر الدورات من 15 يناير إلى 15 يوليو»), so the
// date keeps no year (XXXX), while a past narrative carries its year on
// («في عام 2011 … . وفي 15 ديسمبر أعلن …»).
func (s *scan) habitual(a, b int) bool {
	k := s.sentenceStart(b)
	return k > a && s.imperfectAt(k, false)
}

// dayPrefix reports whether v starts with a full Gregorian day
// (2016-11-29, 2016-11-29TMO).
func dayPrefix(v string) bool { return len(v) >= 10 && v[0] != 'X' && v[4] == '-' && v[7] == '-' }

// setNarrative makes t (zero: none yet) the reference date of what
// follows, in narrative mode (Options.Narrative).
func (ctx *rctx) setNarrative(t time.Time) {
	ctx.dct, ctx.hasDCT, ctx.hasDCTH, ctx.narr = t, !t.IsZero(), false, true
	if ctx.hasDCT {
		if h, err := hijri.GregorianToUmmAlQura(t); err == nil {
			ctx.dctH, ctx.hasDCTH = h, true
		}
	}
}

// invalidValueNote starts the Note of an expression whose computed value is
// no valid TIMEX3 value (ValidValue); the computed value follows it.
const invalidValueNote = "no valid TIMEX3 value (dates are limited to years 1–9999); computed: "

// anchorReach bounds how many neighbouring expressions anchorDay looks at,
// keeping tagging linear on texts made of nothing but times.
const anchorReach = 8

// anchorDay returns the day (YYYY-MM-DD) a clock time refers to: the
// nearest day-level date in the same sentence, else the DCT day.
func (s *scan) anchorDay(sel []cand, out []Expression, n int, ctx *rctx) string {
	best, bestDist := "", 1<<30
	for m := max(0, n-anchorReach); m < len(sel) && m <= n+anchorReach; m++ {
		if v := out[m].Value; m == n || len(v) < 10 || v[4] != '-' || v[7] != '-' && !(v[5] == 'W' && len(v) >= 10 && v[8] == '-') {
			continue // a day: 2016-11-29, or a weekday of an unknown week (بعد غد الأربعاء, undated: XXXX-WXX-3)
		}
		if sel[m].fr.typ != Date && !(sel[m].fr.typ == Time && sel[m].fr.day) {
			continue
		}
		a, b := sel[m].j-1, sel[n].i
		dist := b - a
		if sel[m].i > sel[n].i {
			a, b = sel[n].j-1, sel[m].i
			dist = (b - a) + 1 // prefer a preceding date at equal distance
		}
		if dist < 0 || dist > 40 || s.sentenceBreak(a, b) {
			continue
		}
		if sel[m].i > sel[n].i && sel[m].fr.anaDay && sel[m].fr.relN != 0 && s.rangeBetween(sel[n].j, sel[m].i) {
			continue // من العاشرة ليلا حتى السادسة من صباح اليوم التالي
		}
		if dist < bestDist {
			best, bestDist = out[m].Value[:10], dist
		}
	}
	if best != "" {
		return best
	}
	if ctx.hasDCT {
		return ctx.dct.Format("2006-01-02")
	}
	return "XXXX-XX-XX"
}

// rangeEndWeekday resolves a bare weekday closing a range opened by a day
// date in its sentence ("من يوم الأحد المقبل … حتى الخميس"): the first
// such weekday after that date.
func (s *scan) rangeEndWeekday(sel []cand, out []Expression, n int) (string, bool) {
	fr := &sel[n].fr
	if n == 0 || fr.typ != Date || fr.wd == 0 || fr.d != 0 || fr.m != 0 || fr.rel || fr.dir != 0 || fr.nth != 0 || fr.hasMRel {
		return "", false
	}
	p := &sel[n-1]
	v := out[n-1].Value
	if !fullDay(v) || !(p.fr.typ == Date || p.fr.typ == Time && p.fr.day) || sel[n].i-p.j > 15 ||
		s.sentenceBreak(p.j-1, sel[n].i) || !s.rangeBefore(sel[n].i) {
		return "", false
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return "", false
	}
	diff := (fr.wd - isoWeekday(t) + 7) % 7
	if diff == 0 {
		diff = 7
	}
	return t.AddDate(0, 0, diff).Format("2006-01-02"), true
}

// hijriOf returns the Umm al-Qura date of a Gregorian day value, or "".
func hijriOf(v string) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return ""
	}
	h, err := hijri.GregorianToUmmAlQura(t)
	if err != nil {
		return ""
	}
	return h.String()
}

// afterEvening reports whether time n closes a stretch opened by an
// evening or night day-time in its sentence (مساء أمس الأحد … حتى الساعة
// الثانية فجرا): the nearest preceding expression is such a time with a
// day, and a range word (حتى، إلى) lies between them.
func (s *scan) afterEvening(sel []cand, n int) bool {
	if n == 0 {
		return false
	}
	p := &sel[n-1]
	return p.fr.typ == Time && p.fr.day && (p.fr.pod == podEV || p.fr.pod == podNI) &&
		sel[n].i-p.j <= 20 && !s.sentenceBreak(p.j-1, sel[n].i) && s.rangeBefore(sel[n].i)
}

// rangeBefore reports whether a range word (حتى، إلى، لغاية) stands right
// before token i, or before its head (حتى يوم الخميس، إلى غاية الساعة).
func (s *scan) rangeBefore(i int) bool {
	isRange := func(k int) bool {
		return s.isWord(k) && s.toks[k].e-s.toks[k].s-s.toks[k].pre > 1 && s.sn(k).flags&fTo != 0 // (و)حتى
	}
	return isRange(i-1) || (s.sn(i-1).flags&(fDayHead|fHourHead) != 0 || s.bare(i-1).flags&fTo != 0) && isRange(i-2)
}

// rangeBetween reports whether a range word (حتى، إلى، لغاية) lies in
// tokens [a, b).
func (s *scan) rangeBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.bare(k).flags&fTo != 0 && s.isWord(k) && s.toks[k].e-s.toks[k].s > 1 {
			return true
		}
	}
	return false
}

// link joins a Hijri day date and a Gregorian day date stated as its
// equivalent (… الموافق …, or in parentheses), in either order; what the
// text states wins over the Umm al-Qura conversion both ways: the Hijri
// expression takes the stated Gregorian value and the Gregorian expression
// the stated Hijri date, each with a Note giving the table's figure when it
// differs.
func (s *scan) link(sel []cand, out []Expression) {
	for n := 0; n+1 < len(sel); n++ {
		a, b := &sel[n], &sel[n+1]
		if a.fr.typ != Date || b.fr.typ != Date || a.fr.cal == b.fr.cal || a.fr.d == 0 || b.fr.d == 0 {
			continue
		}
		if !s.equivalenceGap(a.j, b.i) {
			continue
		}
		h, g := n, n+1
		if a.fr.cal == calG {
			h, g = n+1, n
		}
		if !plausibleEquivalent(out[h].Value, out[g].Value) {
			continue // two dates side by side, not one date in two calendars
		}
		out[h].Link, out[g].Link = g, h
		gv := out[g].Value
		if len(gv) == 10 && gv[0] != 'X' && out[h].Value != gv {
			table := out[h].Value
			out[h].Value = gv
			if table == "" {
				out[h].Note = "value from the Gregorian equivalent stated in the text; " + out[h].Note
			} else {
				out[h].Note = "value from the Gregorian equivalent stated in the text; the Umm al-Qura table gives " + table
			}
		} else if len(gv) == 10 {
			out[h].Note = "the Gregorian equivalent stated in the text agrees with the Umm al-Qura table"
		}
		// Symmetrically, the Gregorian date's Hijri is the Hijri date the
		// text states, not the table's.
		if hv := out[h].Hijri; len(hv) == 10 && strings.IndexByte(hv, 'X') < 0 && out[g].Hijri != hv {
			if table := out[g].Hijri; table != "" {
				out[g].Note = "Hijri from the equivalent stated in the text; the Umm al-Qura table gives " + table
			} else {
				out[g].Note = "Hijri from the equivalent stated in the text"
			}
			out[g].Hijri = hv
		}
		n++
	}
	// A weekday and day opening a list or range closed by a dated day
	// (يومي الجمعة 6 والسبت 7 جانفي 2017، من الاثنين 3 إلى الجمعة 7 أفريل
	// 2017) has that day's month and year, when its weekday fits.
	for n := 0; n+1 < len(sel); n++ {
		a, b := &sel[n], &sel[n+1]
		if a.fr.typ != Date || a.fr.wd == 0 || a.fr.d == 0 || a.fr.m != 0 || b.fr.typ != Date || b.fr.d <= a.fr.d || b.i-a.j > 1 {
			continue
		}
		if v := out[n+1].Value; len(v) == 10 && v[0] != 'X' {
			if t, err := time.Parse("2006-01-02", v); err == nil {
				t = t.AddDate(0, 0, a.fr.d-b.fr.d)
				if isoWeekday(t) == a.fr.wd {
					out[n].Value, out[n].Hijri = t.Format("2006-01-02"), ""
					if h, err := hijri.GregorianToUmmAlQura(t); err == nil {
						out[n].Hijri = h.String()
					}
				}
			}
		}
	}
	// A weekday followed by its date (يوم الاثنين الموافق 2 / 11 / 1436هـ)
	// names that date.
	for n := 0; n+1 < len(sel); n++ {
		a, b := &sel[n], &sel[n+1]
		podOnly := a.fr.typ == Time && a.fr.pod != 0 && !a.fr.hasClock // صباح يوم الجمعة الموافق 21 أكتوبر 2011
		if (a.fr.typ == Date || podOnly) && a.fr.wd > 0 && a.fr.m == 0 && b.fr.typ == Date && b.fr.d > 0 &&
			s.equivalenceGap(a.j, b.i) && len(out[n+1].Value) == 10 && out[n+1].Value[0] != 'X' {
			if t, err := time.Parse("2006-01-02", out[n+1].Value); err == nil && isoWeekday(t) == a.fr.wd {
				tail := ""
				if podOnly {
					if k := strings.IndexByte(out[n].Value, 'T'); k > 0 {
						tail = out[n].Value[k:]
					} else {
						continue
					}
				}
				out[n].Value = out[n+1].Value + tail
				out[n].Hijri = ""
				if h, err := hijri.GregorianToUmmAlQura(t); err == nil {
					out[n].Hijri = h.String()
				}
			}
		}
	}
}

// maxSightingShift is the largest difference, in days, accepted between a
// stated Gregorian equivalent and the Umm al-Qura conversion of the Hijri
// date: countries that sight the new moon differ from the table by a day or
// two, never more.
const maxSightingShift = 3

// plausibleEquivalent reports whether a Hijri date converted by the table
// (table) and a Gregorian date stated beside it (stated) can be the same
// day. When either value is not a full day (a day the table does not have,
// say), it cannot be checked and is accepted.
func plausibleEquivalent(table, stated string) bool {
	t1, err1 := time.Parse("2006-01-02", table)
	t2, err2 := time.Parse("2006-01-02", stated)
	if err1 != nil || err2 != nil {
		return true
	}
	d := t1.Sub(t2).Hours() / 24
	return d <= maxSightingShift && d >= -maxSightingShift
}

// equivalenceGap reports whether only equivalence words and punctuation
// (الموافق، ل، (، )، -، ،) lie between tokens a (exclusive end) and b.
func (s *scan) equivalenceGap(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := &s.toks[k]
		switch t.kind {
		case kPunct:
			switch t.r {
			case '(', ')', '-', ',', '/', '[', ']', '–', '=':
				continue
			}
			return false
		case kWord:
			sn := s.sn(k)
			if sn.flags&fMuwafiq != 0 || s.oneLetter(k, 'ل') || s.oneLetter(k, 'و') {
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func ymd(y, m, d int) string { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }

func unitLetter(u unit) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeek:
		return "W"
	case uMonth:
		return "M"
	case uYear:
		return "Y"
	case uDecade:
		return "DE"
	case uCentury:
		return "CE"
	}
	return "X"
}

// durationValue formats a TIMEX3 duration: P3Y, P2W, PT5H, P0.5Y; n < 0:
// PXY. exact, when not "", is the number as written (scan.quantity), used
// instead of n: a float64 keeps only about 15 significant digits.
func durationValue(n float64, exact string, u unit) string {
	num := "X"
	switch {
	case exact != "":
		num = exact
	case n >= 0:
		if f := halfFactor[u]; f > 0 && n != float64(int64(n)) && n*2 == float64(int64(n*2)) && n < maxCompound {
			// سنة ونصف = P18M, ساعة ونصف = PT90M, يوم ونصف = PT36H: a
			// half in whole units of the next smaller unit (TIMEX3 values
			// keep integers where an exact one exists; a half month or
			// week has none and keeps its fraction, P2.5M)
			n, u = n*float64(f), halfUnit[u]
		}
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	if u <= uHour {
		return "PT" + num + unitLetter(u)
	}
	return "P" + num + unitLetter(u)
}

// resolve computes the value of a frame.
func (s *scan) resolve(fr *frame, ctx *rctx) Expression {
	e := Expression{Type: fr.typ, Calendar: Gregorian, Mod: fr.mod}
	switch {
	case fr.lit != "":
		e.Value, e.Note = fr.lit, fr.note
		return e
	case fr.typ == Duration:
		e.Value = durationValue(fr.durN, fr.durS, fr.durUnit)
		return e
	case fr.cal == calH:
		s.resolveHijri(fr, ctx, &e)
		return e
	}
	if fr.rel && !fr.anaDay && ctx.hasDCT && relValue(fr, ctx) == "" {
		// an offset that leaves years 1–9999 (from an extreme DCT)
		e.Type, e.Value, e.Note = Date, "PRESENT_REF", offsetRangeNote
		switch {
		case fr.relN < 0:
			e.Value = "PAST_REF"
		case fr.relN > 0:
			e.Value = "FUTURE_REF"
		}
		return e
	}
	if fr.lastOf {
		e.Value = s.lastOfValue(fr, ctx)
		return e
	}
	var date string
	if fr.anaRel && !ctx.lastRef.IsZero() && ctx.refGran <= fr.relUnit {
		// الشهر الذي سبقه after يوليو 2015, العام التالي after عام 2010
		saved := *ctx
		ctx.setNarrative(ctx.lastRef)
		date = s.resolveGregorian(fr, ctx)
		*ctx = saved
	} else if t, err := time.Parse("2006-01-02", ctx.lastDay); err == nil && fr.anaRel {
		// الشهر التالي، العام السابق: counted from the last day the text
		// named
		saved := *ctx
		ctx.setNarrative(t)
		date = s.resolveGregorian(fr, ctx)
		*ctx = saved
	} else {
		date = s.resolveGregorian(fr, ctx)
	}
	if fr.typ == Time {
		if !fr.day {
			date = fr.anchor
		}
		switch {
		case fr.hasClock:
			date += "T" + pad(fr.hh, 2) + ":" + pad(fr.mm, 2)
		case fr.pod == podMI:
			date += "T12:00" // noon (الظهر، منتصف النهار)
		case fr.pod != 0 && int(fr.pod) < len(podNames):
			date += "T" + podNames[fr.pod]
		}
		if fr.rel && fr.gran == uMinute {
			date = s.resolveGregorian(fr, ctx)
		}
	}
	e.Value = date
	if date == "" {
		e.Note = "no such day: the month has no such date"
	}
	if len(date) == 10 && date[0] != 'X' && fr.typ == Date {
		if t, err := time.Parse("2006-01-02", date); err == nil {
			if h, err := hijri.GregorianToUmmAlQura(t); err == nil {
				e.Hijri = h.String()
			}
		}
	}
	return e
}

// resolveGregorian returns the date part of a Gregorian frame.
func (s *scan) resolveGregorian(fr *frame, ctx *rctx) string {
	dct := ctx.dct
	switch {
	case fr.anaDay:
		base := ctx.lastDay
		if base == "" && ctx.hasDCT {
			base = dct.Format("2006-01-02")
		}
		t, err := time.Parse("2006-01-02", base)
		if err != nil {
			return "XXXX-XX-XX"
		}
		return t.AddDate(0, 0, fr.relN).Format("2006-01-02")
	case fr.season != "":
		y := fr.y
		switch {
		case y > 0:
		case fr.hasYRel:
			y = yearFromRel(fr, ctx)
		case ctx.hasDCT:
			y = seasonYear(fr.season, fr.dir, dct.Year(), int(dct.Month()))
		}
		if y <= 0 {
			return "XXXX-" + fr.season
		}
		return pad(y, 4) + "-" + fr.season
	case fr.rel:
		return relValue(fr, ctx)
	case fr.anaMonth:
		if ctx.lastMonth == 0 || fr.d > daysIn(ctx.lastYear, ctx.lastMonth) {
			return "XXXX-XX-" + pad(fr.d, 2)
		}
		return ymd(ctx.lastYear, ctx.lastMonth, fr.d)
	case fr.hasMRel:
		if !ctx.hasDCT {
			return "XXXX-XX-" + pad(fr.d, 2)
		}
		t := time.Date(dct.Year(), dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, fr.mRel, 0)
		if fr.d > daysIn(t.Year(), int(t.Month())) {
			return ""
		}
		return ymd(t.Year(), int(t.Month()), fr.d)
	case fr.decade > 0:
		return strconv.Itoa(fr.decade)
	case fr.q > 0 || fr.half > 0:
		y := fr.y
		if y == 0 {
			y = yearFromRel(fr, ctx)
			if y == 0 {
				if fr.q == 0 {
					return "XXXX-H" + strconv.Itoa(fr.half) // النصف الأول من العام, undated
				}
				return "XXXX-Q" + strconv.Itoa(fr.q)
			}
		}
		if fr.q > 0 {
			return pad(y, 4) + "-Q" + strconv.Itoa(fr.q)
		}
		return pad(y, 4) + "-H" + strconv.Itoa(fr.half)
	case fr.m > 0:
		y := fr.y
		if y == 0 {
			y = s.yearForMonth(fr, ctx)
			y = weekdayYear(fr, y)
		}
		ys := "XXXX"
		if y > 0 {
			ys = pad(y, 4)
		}
		if fr.d > 0 {
			return ys + "-" + pad(fr.m, 2) + "-" + pad(fr.d, 2)
		}
		return ys + "-" + pad(fr.m, 2)
	case fr.y > 0:
		return pad(fr.y, 4)
	case fr.anaYear:
		if ctx.lastYear > 0 {
			return pad(ctx.lastYear, 4)
		}
		return "XXXX"
	case fr.wd > 0 && fr.nth > 0:
		if !ctx.hasDCT {
			return weekdaySet(fr.wd)
		}
		first := time.Date(dct.Year(), dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, fr.mRel, 0)
		t := first.AddDate(0, 0, (fr.wd-isoWeekday(first)+7)%7+7*(fr.nth-1))
		if t.Month() != first.Month() {
			return ""
		}
		return t.Format("2006-01-02")
	case fr.wd > 0 && fr.d > 0:
		if !ctx.hasDCT {
			return "XXXX-XX-" + pad(fr.d, 2)
		}
		// the date with this day and weekday nearest to the DCT
		best, bestDist := "", 1<<62
		for off := -6; off <= 6; off++ {
			m := time.Date(dct.Year(), dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off, 0)
			if fr.d > daysIn(m.Year(), int(m.Month())) {
				continue
			}
			t := m.AddDate(0, 0, fr.d-1)
			if isoWeekday(t) != fr.wd {
				continue
			}
			if dist := int(t.Sub(dct).Abs().Hours()); dist < bestDist {
				best, bestDist = t.Format("2006-01-02"), dist
			}
		}
		return best
	case fr.wd > 0:
		if !ctx.hasDCT {
			return weekdaySet(fr.wd)
		}
		cur := isoWeekday(dct)
		diff := 0
		switch {
		case fr.dir == modFuture || fr.dir == modFuture2 || (fr.dir == 0 && fr.future):
			diff = (fr.wd - cur + 7) % 7
			if diff == 0 && fr.dir != 0 {
				diff = 7
			}
			if fr.dir == modFuture2 {
				diff += 7 // الأربعاء بعد المقبل
			}
		default:
			diff = -((cur - fr.wd + 7) % 7)
			if diff == 0 && fr.dir == modPast {
				diff = -7
			}
		}
		return dct.AddDate(0, 0, diff).Format("2006-01-02")
	}
	if ctx.hasDCT {
		return dct.Format("2006-01-02")
	}
	return "XXXX-XX-XX"
}

func yearFromRel(fr *frame, ctx *rctx) int {
	if !fr.hasYRel {
		if ctx.hasDCT {
			return ctx.dct.Year()
		}
		return ctx.lastYear
	}
	if ctx.hasDCT {
		return ctx.dct.Year() + fr.yRel
	}
	if ctx.lastYear > 0 {
		return ctx.lastYear + fr.yRel
	}
	return 0
}

// yearForMonth chooses the year of a month or day-and-month written without
// one: من العام الماضي; الماضي → the latest such month/day before the DCT;
// المقبل → the next one after it; otherwise the DCT year (or, with no DCT,
// the last year the text stated).
func (s *scan) yearForMonth(fr *frame, ctx *rctx) int {
	if fr.anaYear && ctx.lastYear > 0 {
		return ctx.lastYear
	}
	if fr.hasYRel {
		return yearFromRel(fr, ctx)
	}
	if !ctx.hasDCT {
		if ctx.yearFar || fr.wdRel {
			return 0 // الخميس الفارط 25 ماي: the text's own week, whose year is unknown
		}
		return ctx.lastYear
	}
	y, dm, dd := ctx.dct.Year(), int(ctx.dct.Month()), ctx.dct.Day()
	switch fr.dir {
	case modPast:
		if fr.d == 0 {
			if fr.m >= dm {
				y--
			}
		} else if fr.m > dm || (fr.m == dm && fr.d >= dd) {
			y--
		}
	case modFuture, modFuture2:
		if fr.d == 0 {
			if fr.m <= dm {
				y++
			}
		} else if fr.m < dm || (fr.m == dm && fr.d <= dd) {
			y++
		}
		if fr.dir == modFuture2 {
			y++
		}
	case 0:
		// No modifier: the DCT year, unless that puts the date more than
		// nine months after the DCT (a January article's "في 15 ديسمبر"
		// is last December); in a future context (من المقرر، سوف) the next
		// such month or day on or after the DCT.
		switch {
		case fr.future:
			if fr.m < dm || fr.m == dm && fr.d > 0 && fr.d < dd {
				y++
			}
		case fr.past && (fr.m > dm || fr.m == dm && fr.d > dd):
			y-- // كان قد عقد في 20 ديسمبر (DCT November): last December
		case fr.m-dm > 9 || fr.m-dm == 9 && fr.d > dd:
			y--
		}
	}
	return y
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// relValue resolves an offset from the DCT at the frame's granularity; ""
// when the result falls outside years 1–9999. Offsets are bounded by
// agoFrame (maxOffsetDays), so the arithmetic cannot overflow.
func relValue(fr *frame, ctx *rctx) string {
	if !ctx.hasDCT {
		switch fr.gran {
		case uYear:
			if ctx.lastYear > 0 && fr.relUnit == uYear {
				return pad(ctx.lastYear+fr.relN, 4)
			}
			return "XXXX"
		case uMonth:
			return "XXXX-XX"
		case uWeek:
			if fr.weekend {
				return "XXXX-WXX-WE" // نهاية الأسبوع الماضي, no date known
			}
			return "XXXX-WXX"
		case uDay:
			if fr.wd > 0 && fr.relUnit == uDay {
				return weekdaySet(fr.wd) // اليوم الخميس, no date known: XXXX-WXX-4
			}
			return "XXXX-XX-XX"
		case uDecade:
			return "XXX"
		case uCentury:
			return "XX"
		}
		return "XXXX-XX-XXTXX:XX"
	}
	d := ctx.dct
	if fr.relUnit == uWeek && fr.wd > 0 {
		// a weekday of a relative week (ISO weeks, Monday first)
		t := d.AddDate(0, 0, 7*fr.relN+fr.wd-isoWeekday(d))
		if !inYearRange(t.Year()) {
			return ""
		}
		return t.Format("2006-01-02")
	}
	var t time.Time
	switch fr.relUnit {
	case uSecond:
		t = addClock(d, fr.relN, 86400, time.Second)
	case uMinute:
		t = addClock(d, fr.relN, 1440, time.Minute)
	case uHour:
		t = addClock(d, fr.relN, 24, time.Hour)
	case uDay:
		t = d.AddDate(0, 0, fr.relN)
		if ctx.narr && fr.wd > 0 && !fr.anaDay && isoWeekday(t) != fr.wd {
			// narrative: اليوم الثلاثاء after «يوم الخميس 23 فيفري 2017»
			// (a date the text reports, not its own day): the stated
			// weekday says the anchor is not this text's day
			return weekdaySet(fr.wd)
		}
	case uWeek:
		t = d.AddDate(0, 0, 7*fr.relN)
	case uMonth:
		t = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, fr.relN, 0)
		if fr.gran == uDay {
			t = d.AddDate(0, fr.relN, 0)
		}
	case uYear:
		t = time.Date(d.Year()+fr.relN, d.Month(), 1, 0, 0, 0, 0, time.UTC)
	case uDecade:
		if v := d.Year()/10 + fr.relN; v >= 0 && v <= 999 {
			return pad(v, 3)
		}
		return ""
	case uCentury:
		if v := d.Year()/100 + fr.relN; v >= 0 && v <= 99 {
			return pad(v, 2)
		}
		return ""
	default:
		t = d
	}
	if !inYearRange(t.Year()) {
		return ""
	}
	switch fr.gran {
	case uYear:
		return pad(t.Year(), 4)
	case uMonth:
		return t.Format("2006-01")
	case uWeek:
		y, w := t.ISOWeek()
		if fr.weekend {
			return pad(y, 4) + "-W" + pad(w, 2) + "-WE"
		}
		return pad(y, 4) + "-W" + pad(w, 2)
	case uDay:
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04")
}

// resolveHijri fills the Hijri value and the Gregorian equivalent (Umm
// al-Qura) of a Hijri frame.
func (s *scan) resolveHijri(fr *frame, ctx *rctx, e *Expression) {
	e.Calendar = Hijri
	y := fr.y
	if y == 0 && fr.m > 0 && ctx.hasDCTH {
		y = ctx.dctH.Year
		cm, cd := ctx.dctH.Month, ctx.dctH.Day
		switch fr.dir {
		case modPast:
			if fr.m > cm || (fr.m == cm && (fr.d == 0 || fr.d >= cd)) {
				y--
			}
		case modFuture, modFuture2:
			if fr.m < cm || (fr.m == cm && (fr.d == 0 || fr.d <= cd)) {
				y++
			}
			if fr.dir == modFuture2 {
				y++
			}
		case modCurrent:
		default:
			// as yearForMonth: the DCT's Hijri year, the next occurrence in
			// a future context, the year before when more than nine months
			// ahead
			switch {
			case fr.future:
				if fr.m < cm || fr.m == cm && fr.d > 0 && fr.d < cd {
					y++
				}
			case fr.m-cm > 9 || fr.m-cm == 9 && fr.d > cd:
				y--
			}
		}
	}
	ys := "XXXX"
	if y > 0 {
		ys = pad(y, 4)
	}
	outside := ""
	if y > 0 {
		if _, err := hijri.UmmAlQuraMonthLength(y, 1); err != nil {
			outside = "; no Gregorian equivalent: " + err.Error()
		}
	}
	switch {
	case fr.m == 0:
		e.Hijri = ys
		e.Note = "Hijri year: no single Gregorian value" + outside
		return
	case fr.d == 0:
		e.Hijri = ys + "-" + pad(fr.m, 2)
		e.Note = "Hijri month: no single Gregorian value" + outside
		return
	}
	e.Hijri = ys + "-" + pad(fr.m, 2) + "-" + pad(fr.d, 2)
	if y == 0 {
		e.Note = "Hijri year unknown: no Gregorian equivalent"
		return
	}
	t, err := hijri.UmmAlQuraToGregorian(hijri.Date{Year: y, Month: fr.m, Day: fr.d})
	if err != nil {
		e.Note = "no Gregorian equivalent: " + err.Error()
		return
	}
	e.Value = t.Format("2006-01-02")
	if fr.typ == Time {
		if fr.hasClock {
			e.Value += "T" + pad(fr.hh, 2) + ":" + pad(fr.mm, 2)
		} else if fr.pod != 0 {
			e.Value += "T" + podNames[fr.pod]
		}
	}
}

// inYearRange reports whether year y can be written as a TIMEX3 year
// (0001–9999).
func inYearRange(y int) bool { return y >= 1 && y <= 9999 }

// addClock adds n units of length u (perDay of them in a day) to t. An
// offset longer than 100,000 days, which a time.Duration (±292 years)
// cannot hold, is added as whole days with AddDate and the rest as a
// Duration.
func addClock(t time.Time, n, perDay int, u time.Duration) time.Time {
	if n <= 100000*perDay && n >= -100000*perDay {
		return t.Add(time.Duration(n) * u)
	}
	return t.AddDate(0, 0, n/perDay).Add(time.Duration(n%perDay) * u)
}

// weekdayYear corrects the inferred year y of a yearless Gregorian day
// date whose weekday the text states (يوم الخميس 23 فيفري): when the
// weekday does not fit y but fits the year before or after, a careful
// reader takes that year (the weekday of a day-month moves by one or two
// days a year, so at most one neighbour fits). Otherwise y stands.
func weekdayYear(fr *frame, y int) int {
	if fr.wd == 0 || fr.d == 0 || y <= 0 || fr.cal != calG || fr.hasYRel {
		return y
	}
	fits := func(y int) bool {
		return y > 0 && y < 10000 && validDate(calG, y, fr.m, fr.d) &&
			isoWeekday(time.Date(y, time.Month(fr.m), fr.d, 0, 0, 0, 0, time.UTC)) == fr.wd
	}
	switch {
	case fits(y):
	case fits(y + 1):
		return y + 1
	case fits(y - 1):
		return y - 1
	}
	return y
}

// halfFactor and halfUnit give the smaller unit a half of u is written in
// (durationValue): a year in 12 months, a decade in 10 years, a century in
// 100 years, a day in 24 hours, an hour in 60 minutes, a minute in 60
// seconds.
var (
	halfFactor = map[unit]int{uYear: 12, uDecade: 10, uCentury: 100, uDay: 24, uHour: 60, uMinute: 60}
	halfUnit   = map[unit]unit{uYear: uMonth, uDecade: uYear, uCentury: uYear, uDay: uHour, uHour: uMinute, uMinute: uSecond}
)
