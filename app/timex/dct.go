package timex

import (
	"strings"
	"time"
)

// dctWindow is how far into an article (in code points) DetectDCT looks
// for a dateline.
const dctWindow = 600

// dctCues are words that announce a publication date on a dateline.
var dctCues = []string{"نشر", "بتاريخ", "تاريخ", "تحديث", "محدث", "آخر تحديث", "نُشر", "published"}

// DetectDCT finds the dateline near the top of an article: a complete date
// (day, month and year, Gregorian or Hijri) in its first dctWindow code
// points, in any of the shapes Tag reads ("الثلاثاء 29 نوفمبر 2016 11:11 ص"،
// "الرياض - 15 شوال 1436 هـ"، "2016-11-29"، "نشر في: …"). Only a date that
// stands on a short line of its own (at most 40 other code points: a place,
// a weekday, an agency), opens the first line and ends at a colon, dash,
// slash or agency in parentheses ("القاهرة - 5 مارس 2019: أعلنت…"), or
// follows a cue at the start of its line (نشر، بتاريخ، آخر تحديث) counts, so that a date in the first paragraph of the
// body is not taken for the dateline. A clock time right
// after the date is included in dct (in UTC) and in the span. When a Hijri
// date is linked to a stated Gregorian equivalent, the Gregorian one is
// returned. start and end are code-point offsets of the dateline in text;
// ok is false when there is none.
func DetectDCT(text string) (dct time.Time, start, end int, ok bool) {
	head := text
	n := 0
	for bi := range text {
		if n == dctWindow {
			head = text[:bi]
			break
		}
		n++
	}
	return detectDCT(head, Tag(head, Options{}))
}

// detectDCT is DetectDCT on head, the first dctWindow code points of the
// text (or all of it), given Tag(head, Options{}).
func detectDCT(head string, exprs []Expression) (dct time.Time, start, end int, ok bool) {
	rs := []rune(head)
	best, bestScore := -1, -1
	for k := range exprs {
		e := &exprs[k]
		if e.Type != Date || !fullDay(dayValue(exprs, k)) {
			continue
		}
		score := 0
		a, b := e.Start, e.End
		if l := e.Link; l >= 0 { // the date and its stated equivalent
			a, b = min(a, exprs[l].Start), max(b, exprs[l].End)
		}
		if k+1 < len(exprs) && exprs[k+1].Type == Time && exprs[k+1].Start-b <= 3 {
			b = exprs[k+1].End
		}
		ls, le := lineAround(rs, a, b)
		if le-ls-(b-a) <= 40 {
			score += 2 // a dateline: the date (with a time or a place) on a line of its own
		}
		if a-ls <= 30 && firstLine(rs, ls) && datelineEnd(rs, b) {
			// a dateline run into the first paragraph: "القاهرة - 5 مارس
			// 2019: أعلنت…"، "بغداد/ 12 تموز/يوليو 2021 (رويترز) -"
			score += 2
		}
		if a-ls <= 30 {
			before := string(rs[ls:a])
			for _, c := range dctCues {
				if strings.Contains(before, c) {
					score += 2
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	if best < 0 || bestScore < 2 {
		return time.Time{}, 0, 0, false
	}
	k := best
	if exprs[k].Calendar == Hijri && exprs[k].Link >= 0 {
		k = exprs[k].Link
	}
	t, err := time.Parse("2006-01-02", dayValue(exprs, k))
	if err != nil {
		return time.Time{}, 0, 0, false
	}
	e := exprs[k]
	start, end = e.Start, e.End
	// a clock time right after the date
	if k+1 < len(exprs) && exprs[k+1].Type == Time && exprs[k+1].Start-e.End <= 3 {
		tv := exprs[k+1].Value
		if i := strings.IndexByte(tv, 'T'); i >= 0 && len(tv) >= i+6 {
			if hm, err := time.Parse("15:04", tv[i+1:i+6]); err == nil {
				t = t.Add(time.Duration(hm.Hour())*time.Hour + time.Duration(hm.Minute())*time.Minute)
				end = exprs[k+1].End
			}
		}
	}
	return t, start, end, true
}

// dayValue returns the Gregorian day of expression k, taking a linked
// Gregorian equivalent for a Hijri date.
func dayValue(exprs []Expression, k int) string {
	if exprs[k].Calendar == Hijri && exprs[k].Link >= 0 {
		return exprs[exprs[k].Link].Value
	}
	return exprs[k].Value
}

func fullDay(v string) bool { return len(v) == 10 && v[4] == '-' && v[0] != 'X' }

// lineAround returns the bounds of the line holding [a, b).
func lineAround(rs []rune, a, b int) (int, int) {
	for a > 0 && rs[a-1] != '\n' {
		a--
	}
	for b < len(rs) && rs[b] != '\n' {
		b++
	}
	return a, b
}

// firstLine reports whether the line starting at ls is the first line of
// rs with text.
func firstLine(rs []rune, ls int) bool {
	for _, r := range rs[:ls] {
		if r != '\n' && r != '\r' && r != ' ' && r != '\t' && r != '\ufeff' {
			return false
		}
	}
	return true
}

// datelineEnd reports whether a dateline ends at b: the line ends, or a
// colon, dash, slash or an agency in parentheses follows.
func datelineEnd(rs []rune, b int) bool {
	for b < len(rs) && (rs[b] == ' ' || rs[b] == '\u200f' || rs[b] == '\u200e') {
		b++
	}
	if b == len(rs) {
		return true
	}
	switch rs[b] {
	case '\n', '\r', ':', '-', '–', '—', '(', '/', '|':
		return true
	}
	return false
}
