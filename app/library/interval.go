package library

import (
	"strconv"
	"strings"
	"time"
)

// Granularity is how precisely a TIMEX3 value places a time: the length of
// the interval it stands for.
type Granularity uint8

// Granularities, finest first. Vague marks values that are not placed on
// the axis (PAST_REF, underspecified XXXX-04, no value).
const (
	Vague Granularity = iota
	Minute
	PartOfDay // YYYY-MM-DDTMO …: the whole day is the interval
	Day
	Week
	Month
	Season
	Quarter
	Half
	Year
	Decade
	Century
)

var granNames = [...]string{"vague", "minute", "part-of-day", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"}

func (g Granularity) String() string {
	if int(g) < len(granNames) {
		return granNames[g]
	}
	return "unknown"
}

// Interval returns the half-open interval [start, end) of civil time (UTC
// used as a calendar without zone) that a TIMEX3 date or time value stands
// for, and its granularity: 2016 → [2016-01-01, 2017-01-01) Year;
// 2016-11 → the month; 2016-11-29 → the day; 2016-11-29T06:11 → that
// minute; 2016-W48 → ISO week (Monday first); 2016-Q4, 2016-H2, 2016-SU
// (June–August; seasons as meteorological, northern hemisphere), 201 →
// 2010s, 19 → 1900s. Underspecified (X) fields, vague references, durations
// and malformed values give ok = false.
func Interval(v string) (start, end time.Time, g Granularity, ok bool) {
	if strings.ContainsRune(v, 'X') || v == "" {
		return
	}
	date, clock, hasT := strings.Cut(v, "T")
	parts := strings.Split(date, "-")
	y, err := strconv.Atoi(parts[0])
	if err != nil || y < 0 {
		return
	}
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	switch {
	case len(parts) == 1 && len(parts[0]) == 2 && !hasT:
		return d(y*100, 1, 1), d(y*100+100, 1, 1), Century, true
	case len(parts) == 1 && len(parts[0]) == 3 && !hasT:
		return d(y*10, 1, 1), d(y*10+10, 1, 1), Decade, true
	case len(parts[0]) != 4:
		return
	case len(parts) == 1 && !hasT:
		return d(y, 1, 1), d(y+1, 1, 1), Year, true
	case len(parts) == 2 && !hasT:
		p := parts[1]
		n, nerr := strconv.Atoi(p[min(1, len(p)):])
		switch {
		case len(p) == 2 && p[0] >= '0' && p[0] <= '9':
			m, err := strconv.Atoi(p)
			if err != nil || m < 1 || m > 12 {
				return
			}
			return d(y, m, 1), d(y, m+1, 1), Month, true
		case p[0] == 'Q' && nerr == nil && n >= 1 && n <= 4:
			return d(y, 3*n-2, 1), d(y, 3*n+1, 1), Quarter, true
		case p[0] == 'H' && nerr == nil && n >= 1 && n <= 2:
			return d(y, 6*n-5, 1), d(y, 6*n+1, 1), Half, true
		case p[0] == 'W' && nerr == nil && n >= 1 && n <= 53:
			s := isoWeek(y, n)
			return s, s.AddDate(0, 0, 7), Week, true
		}
		if m, ok := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p]; ok {
			return d(y, m, 1), d(y, m+3, 1), Season, true
		}
		return
	case len(parts) == 3:
		m, err1 := strconv.Atoi(parts[1])
		day, err2 := strconv.Atoi(parts[2])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || day < 1 || day > 31 {
			return
		}
		s := d(y, m, day)
		if s.Month() != time.Month(m) {
			return
		}
		if !hasT {
			return s, s.AddDate(0, 0, 1), Day, true
		}
		hh, mm, isClock := strings.Cut(clock, ":")
		h, err1 := strconv.Atoi(hh)
		mi, err2 := strconv.Atoi(mm[:min(2, len(mm))])
		if !isClock || err1 != nil || err2 != nil || h > 24 || mi > 59 {
			if len(clock) == 2 { // part of day (MO, AF, EV, NI, DT)
				return s, s.AddDate(0, 0, 1), PartOfDay, true
			}
			return
		}
		t := s.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
		return t, t.Add(time.Minute), Minute, true
	}
	return
}

// isoWeek returns the Monday of ISO week w of year y.
func isoWeek(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}
