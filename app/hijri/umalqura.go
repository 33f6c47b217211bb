package hijri

import (
	"fmt"
	"math/bits"
	"time"
)

const calUmmAlQura = "Umm al-Qura"

// UmmAlQuraFirstYear and UmmAlQuraLastYear bound the Umm al-Qura table, in AH.
const (
	UmmAlQuraFirstYear = umalquraFirstYear
	UmmAlQuraLastYear  = umalquraLastYear
)

// umalquraYearStart[i] is the number of days from 1 Muharram 1300 to
// 1 Muharram 1300+i; the last entry is one past the end of the table.
var umalquraYearStart = func() (s [len(umalquraMonths) + 1]int32) {
	for i, m := range umalquraMonths {
		s[i+1] = s[i] + 12*29 + int32(bits.OnesCount16(m))
	}
	return s
}()

// UmmAlQuraRange returns the first and last days of the Umm al-Qura table
// (1 Muharram 1300 and 29/30 Dhu al-Hijjah 1600) as UTC midnights.
func UmmAlQuraRange() (first, last time.Time) {
	return timeOf(umalquraEpochDay), timeOf(umalquraLastDay)
}

// UmmAlQuraMonthLength returns the number of days (29 or 30) of month
// (1–12) of year (AH) in the Umm al-Qura calendar. Errors: ErrInvalidDate if
// month is not 1–12, ErrOutOfRange if year is outside 1300–1600.
func UmmAlQuraMonthLength(year, month int) (int, error) {
	if month < 1 || month > 12 {
		return 0, fmt.Errorf("%w: month %d does not exist in the %s calendar (months are numbered 1 to 12)", ErrInvalidDate, month, calUmmAlQura)
	}
	if year < umalquraFirstYear || year > umalquraLastYear {
		return 0, errUmmAlQuraYear(year)
	}
	return umalquraMonthLength(year, month), nil
}

func umalquraMonthLength(year, month int) int {
	return 29 + int(umalquraMonths[year-umalquraFirstYear]>>(12-month)&1)
}

func errUmmAlQuraYear(year int) error {
	return fmt.Errorf("%w: the year %d AH is outside the Umm al-Qura table, which covers %d to %d AH", ErrOutOfRange, year, umalquraFirstYear, umalquraLastYear)
}

// ValidateUmmAlQura returns nil if d exists in the Umm al-Qura calendar,
// otherwise the error UmmAlQuraToGregorian would return: ErrInvalidDate for a
// month outside 1–12, a day outside 1–30 or day 30 of a 29-day month;
// ErrOutOfRange for a year outside 1300–1600.
func ValidateUmmAlQura(d Date) error {
	if err := checkFields(d, calUmmAlQura); err != nil {
		return err
	}
	if d.Year < umalquraFirstYear || d.Year > umalquraLastYear {
		return errUmmAlQuraYear(d.Year)
	}
	if d.Day == 30 && umalquraMonthLength(d.Year, d.Month) == 29 {
		return errNoDay30(d, calUmmAlQura)
	}
	return nil
}

// UmmAlQuraToGregorian returns the Gregorian day of the Umm al-Qura date d as
// UTC midnight. Errors (see ValidateUmmAlQura): ErrInvalidDate,
// ErrOutOfRange. A day that does not exist is never shifted into the next
// month: 30 Dhu al-Hijjah 1433 is an error, not 1 Muharram 1434.
func UmmAlQuraToGregorian(d Date) (time.Time, error) {
	if err := ValidateUmmAlQura(d); err != nil {
		return time.Time{}, err
	}
	m := umalquraMonths[d.Year-umalquraFirstYear]
	day := umalquraEpochDay + int64(umalquraYearStart[d.Year-umalquraFirstYear]) +
		int64(29*(d.Month-1)+bits.OnesCount16(m>>(13-d.Month))) + int64(d.Day-1)
	return timeOf(day), nil
}

// GregorianToUmmAlQura returns the Umm al-Qura date of the calendar day of t
// in t's own location (the time of day is ignored). Error: ErrOutOfRange if
// the day is outside 1882-11-12 to 2174-11-25 (1300–1600 AH).
func GregorianToUmmAlQura(t time.Time) (Date, error) {
	day, ok := dayOf(t)
	if !ok || day < umalquraEpochDay || day > umalquraLastDay {
		return Date{}, fmt.Errorf("%w: %s is outside the Umm al-Qura table, which covers %s to %s (%d to %d AH)",
			ErrOutOfRange, isoDay(t), isoDay(timeOf(umalquraEpochDay)), isoDay(timeOf(umalquraLastDay)), umalquraFirstYear, umalquraLastYear)
	}
	off := int32(day - umalquraEpochDay)
	// Estimate the year from the mean year length, then correct by at most a
	// step or two.
	i := int(int64(off) * 30 / 10631)
	if i >= len(umalquraMonths) {
		i = len(umalquraMonths) - 1
	}
	for i > 0 && umalquraYearStart[i] > off {
		i--
	}
	for i < len(umalquraMonths)-1 && umalquraYearStart[i+1] <= off {
		i++
	}
	off -= umalquraYearStart[i]
	mask := umalquraMonths[i]
	month := 1
	for ; month < 12; month++ {
		n := 29 + int32(mask>>(12-month)&1)
		if off < n {
			break
		}
		off -= n
	}
	return Date{Year: umalquraFirstYear + i, Month: month, Day: int(off) + 1}, nil
}

// UmmAlQuraWeekday returns the day of the week of the Umm al-Qura date d
// (name it with WeekdayNames). Errors as for UmmAlQuraToGregorian.
func UmmAlQuraWeekday(d Date) (time.Weekday, error) {
	t, err := UmmAlQuraToGregorian(d)
	if err != nil {
		return 0, err
	}
	return t.Weekday(), nil
}
