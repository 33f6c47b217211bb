package timex

import "time"

// ruleLastOf: the last weekday or the last week of a month: "آخر جمعة من
// هذا الشهر" (the last Friday of the DCT's month), "آخر جمعة من الشهر
// المقبل", "آخر أسبوع في سبتمبر لعام 2014" (the last ISO week whose Sunday
// falls in the month: 2014-W39). آخر is no −1 shift here. Also a week
// by its ordinal: "الأسبوع الأخير من يونيو" (the same last week), "الأسبوع
// الأول من مارس 2015" (the first ISO week whose Monday falls in the
// month: 2015-W10), "الأسبوع الثالث من الشهر المقبل".
func ruleLastOf(s *scan, i int) {
	fr := frame{typ: Date, lastOf: true}
	k := i + 1
	if s.sn(i).deictic == uWeek {
		o := s.bare(k).ord
		if o == 0 || o > 5 {
			return
		}
		if o > 0 {
			fr.nthWeek = o
		}
		k++
	} else if s.sn(i).flags&fAkhir == 0 {
		return
	} else if wd, j, ok := s.weekday(k, false, true); ok {
		fr.wd, k = wd, j
	} else if u := s.bare(k); u.unit == uWeek && u.uform == formSing {
		k++ // آخر أسبوع
	} else {
		return
	}
	if s.bare(k).flags&(fFrom|fIn) == 0 {
		return
	}
	k++
	var j int
	switch {
	case s.bare(k).flags&fThisDem != 0 && s.bare(k+1).deictic == uMonth:
		fr.hasMRel, j = true, k+2 // من هذا الشهر
	case s.bare(k).deictic == uMonth:
		m, j2, ok := s.modifier(k + 1)
		if !ok {
			return
		}
		fr.hasMRel, fr.mRel, j = true, modOffset(m), j2 // من الشهر المقبل
	default:
		j2, dfr, ok := s.parseDate(k)
		if !ok || dfr.m == 0 || dfr.d != 0 || dfr.cal != calG || dfr.typ != Date {
			return
		}
		fr.m, fr.y, fr.yRel, fr.hasYRel, fr.dir, j = dfr.m, dfr.y, dfr.yRel, dfr.hasYRel, dfr.dir, j2 // في سبتمبر لعام 2014
	}
	s.add("lastof", i, j, fr)
}

// lastOfValue resolves a ruleLastOf frame: the year and month (explicit,
// or from the DCT), then the last such weekday (YYYY-MM-DD) or the last
// week (YYYY-Www).
func (s *scan) lastOfValue(fr *frame, ctx *rctx) string {
	var y, m int
	switch {
	case fr.hasMRel:
		if !ctx.hasDCT {
			if fr.wd > 0 && fr.nthWeek == 0 {
				return weekdaySet(fr.wd)
			}
			return "XXXX-WXX"
		}
		t := time.Date(ctx.dct.Year(), ctx.dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, fr.mRel, 0)
		y, m = t.Year(), int(t.Month())
	default:
		y, m = fr.y, fr.m
		if y == 0 {
			y = s.yearForMonth(fr, ctx)
		}
		if y <= 0 {
			if fr.wd == 0 {
				return "XXXX-WXX" // a week of a month of no known year
			}
			return "XXXX-" + pad(fr.m, 2)
		}
	}
	if fr.nthWeek > 0 {
		first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		monday := first.AddDate(0, 0, (8-isoWeekday(first))%7+7*(int(fr.nthWeek)-1))
		if int(monday.Month()) != m {
			return "XXXX-WXX" // no fifth week in that month
		}
		wy, w := monday.ISOWeek()
		return pad(wy, 4) + "-W" + pad(w, 2)
	}
	last := time.Date(y, time.Month(m), daysIn(y, m), 0, 0, 0, 0, time.UTC)
	if fr.wd > 0 {
		return last.AddDate(0, 0, -((isoWeekday(last) - fr.wd + 7) % 7)).Format("2006-01-02")
	}
	sunday := last.AddDate(0, 0, -(isoWeekday(last) % 7))
	wy, w := sunday.ISOWeek()
	return pad(wy, 4) + "-W" + pad(w, 2)
}
