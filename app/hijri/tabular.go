package hijri

import (
	"fmt"
	"time"
)

// The tabular Islamic calendar, following Reingold & Dershowitz,
// "Calendrical Calculations", functions fixed-from-islamic and
// islamic-from-fixed. Their R.D. day numbers are shifted here to days since
// 1970-01-01 (R.D. 719163).

const calTabular = "tabular Islamic"

// TabularFirstYear and TabularLastYear bound the tabular calendar supported
// by this package, in AH.
const (
	TabularFirstYear = 1
	TabularLastYear  = 9999
)

// tabularEpochDay is 1 Muharram 1 AH = 622-07-16 Julian = 622-07-19
// proleptic Gregorian (R.D. 227015), in days since 1970-01-01.
const tabularEpochDay = 227015 - 719163

// tabularLastDay is the last day of 9999 AH, in days since 1970-01-01.
var tabularLastDay = tabularFixed(TabularLastYear+1, 1, 1) - 1

// TabularIsLeap reports whether year (AH) has 355 days in the tabular
// calendar: years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30-year
// cycle, the case (14 + 11·year) mod 30 < 11.
func TabularIsLeap(year int) bool {
	r := (14 + 11*(int64(year)%30)) % 30
	if r < 0 {
		r += 30
	}
	return r < 11
}

// TabularMonthLength returns the number of days of month (1–12) of year (AH)
// in the tabular calendar: odd months 30, even months 29, Dhu al-Hijjah 30 in
// leap years. Errors: ErrInvalidDate for a month outside 1–12, ErrOutOfRange
// for a year outside 1–9999.
func TabularMonthLength(year, month int) (int, error) {
	if month < 1 || month > 12 {
		return 0, fmt.Errorf("%w: month %d does not exist in the %s calendar (months are numbered 1 to 12)", ErrInvalidDate, month, calTabular)
	}
	if year < TabularFirstYear || year > TabularLastYear {
		return 0, errTabularYear(year)
	}
	return tabularMonthLength(year, month), nil
}

func tabularMonthLength(year, month int) int {
	if month%2 == 1 || (month == 12 && TabularIsLeap(year)) {
		return 30
	}
	return 29
}

func errTabularYear(year int) error {
	return fmt.Errorf("%w: the year %d AH is outside the supported %s calendar, which covers %d to %d AH", ErrOutOfRange, year, calTabular, TabularFirstYear, TabularLastYear)
}

// ValidateTabular returns nil if d exists in the tabular calendar, otherwise
// the error TabularToGregorian would return (ErrInvalidDate, ErrOutOfRange).
func ValidateTabular(d Date) error {
	if err := checkFields(d, calTabular); err != nil {
		return err
	}
	if d.Year < TabularFirstYear || d.Year > TabularLastYear {
		return errTabularYear(d.Year)
	}
	if d.Day == 30 && tabularMonthLength(d.Year, d.Month) == 29 {
		return errNoDay30(d, calTabular)
	}
	return nil
}

// tabularFixed is fixed-from-islamic for year ≥ 1, in days since 1970-01-01.
func tabularFixed(year, month, day int) int64 {
	y, m := int64(year), int64(month)
	return tabularEpochDay - 1 + (y-1)*354 + (3+11*y)/30 + 29*(m-1) + (6*m-1)/11 + int64(day)
}

// TabularToGregorian returns the Gregorian day of the tabular Islamic date d
// as UTC midnight. Errors (see ValidateTabular): ErrInvalidDate,
// ErrOutOfRange (years outside 1–9999 AH).
func TabularToGregorian(d Date) (time.Time, error) {
	if err := ValidateTabular(d); err != nil {
		return time.Time{}, err
	}
	return timeOf(tabularFixed(d.Year, d.Month, d.Day)), nil
}

// GregorianToTabular returns the tabular Islamic date of the calendar day of
// t in t's own location (the time of day is ignored). Error: ErrOutOfRange
// before 622-07-19 (1 Muharram 1 AH) or after the end of 9999 AH.
func GregorianToTabular(t time.Time) (Date, error) {
	day, ok := dayOf(t)
	if !ok || day < tabularEpochDay || day > tabularLastDay {
		return Date{}, fmt.Errorf("%w: %s is outside the supported %s calendar, which covers %s to %s (%d to %d AH)",
			ErrOutOfRange, isoDay(t), calTabular, isoDay(timeOf(tabularEpochDay)), isoDay(timeOf(tabularLastDay)), TabularFirstYear, TabularLastYear)
	}
	year := int((30*(day-tabularEpochDay) + 10646) / 10631)
	prior := day - tabularFixed(year, 1, 1)
	month := int((11*prior + 330) / 325)
	return Date{Year: year, Month: month, Day: int(day-tabularFixed(year, month, 1)) + 1}, nil
}
