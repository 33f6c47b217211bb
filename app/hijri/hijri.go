// Package hijri converts dates between the Gregorian calendar and two Islamic
// (Hijri) calendars:
//
//   - Umm al-Qura, the official calendar of Saudi Arabia, from a month-length
//     table covering 1300–1600 AH (1882-11-12 to 2174-11-25). The table is
//     generated from ICU's islamic-umalqura data (see [ICUVersion] and
//     gen_umalqura.mjs). ICU holds real Umm al-Qura month lengths only for
//     1300–1600 AH; outside that range ICU silently falls back to the tabular
//     calendar, whereas this package reports [ErrOutOfRange]. The generator
//     verifies both facts against the ICU build it runs on; the resulting
//     masks equal ICU's UMALQURA_MONTHLENGTH (icu4c/source/i18n/islamcal.cpp).
//     At both ends the table happens to meet the tabular calendar without a
//     gap (29 Dhu al-Hijjah 1299 is followed by 1 Muharram 1300).
//   - The tabular (arithmetic, "civil") Islamic calendar: 30-year cycle with
//     leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29, Friday epoch
//     1 Muharram 1 AH = 16 July 622 Julian (19 July 622 proleptic Gregorian),
//     as defined by E. M. Reingold and N. Dershowitz, "Calendrical
//     Calculations" (Cambridge University Press), chapter "The Islamic and
//     Saudi Arabian Calendars". It is the same as ICU's islamic-civil.
//
// Days are whole civil days running from midnight to midnight; the religious
// Islamic day begins at sunset, and countries that sight the moon may start a
// month a day earlier or later than Umm al-Qura. For dates before about
// 1420 AH (1999) the table gives ICU's reconstruction of the calendar, which
// need not match dates printed at the time.
//
// All functions are safe for any int input (they return an error, never
// panic) and do not allocate except when building an error.
package hijri

//go:generate node gen_umalqura.mjs

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a date in a Hijri calendar: Year in AH, Month 1–12 (1 = Muharram),
// Day 1–30. Which calendar it belongs to is given by the function it is
// passed to (UmmAlQura… or Tabular…).
type Date struct{ Year, Month, Day int }

// String formats d as YYYY-MM-DD with at least four year digits, e.g.
// "1438-02-28" (the form used for TIMEX3-style Hijri values). Out-of-range
// fields are printed as they are, with a leading '-' when negative.
func (d Date) String() string {
	var buf [72]byte
	b := appendPadded(buf[:0], d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, d.Month, 2)
	b = append(b, '-')
	b = appendPadded(b, d.Day, 2)
	return string(b)
}

// appendPadded appends n in decimal, its magnitude left-padded with zeros to
// width digits.
func appendPadded(b []byte, n, width int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u // two's complement magnitude, correct even for math.MinInt
	}
	var digits [20]byte
	s := strconv.AppendUint(digits[:0], u, 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Error is the type of the sentinel errors of this package. Functions return
// them wrapped, with a plain-language sentence naming the offending date;
// test with errors.Is.
type Error string

func (e Error) Error() string { return string(e) }

const (
	// ErrOutOfRange means the date lies outside the range a calendar
	// supports: 1300–1600 AH (1882-11-12 to 2174-11-25) for Umm al-Qura,
	// 1–9999 AH for the tabular calendar.
	ErrOutOfRange Error = "date out of range"
	// ErrInvalidDate means the date does not exist in the calendar: month
	// not in 1–12, day not in 1–30, or day 30 of a 29-day month.
	ErrInvalidDate Error = "invalid date"
)

// MonthNames holds the standard Arabic names of the Hijri months, index
// 1 (محرم, Muharram) to 12 (ذو الحجة, Dhu al-Hijjah); index 0 is "".
var MonthNames = [13]string{
	"",
	"محرم",
	"صفر",
	"ربيع الأول",
	"ربيع الآخر",
	"جمادى الأولى",
	"جمادى الآخرة",
	"رجب",
	"شعبان",
	"رمضان",
	"شوال",
	"ذو القعدة",
	"ذو الحجة",
}

// WeekdayNames holds the Arabic names of the days of the week, indexed by
// time.Weekday (0 = الأحد, Sunday).
var WeekdayNames = [7]string{
	"الأحد",
	"الاثنين",
	"الثلاثاء",
	"الأربعاء",
	"الخميس",
	"الجمعة",
	"السبت",
}

// monthNamesLatin are the transliterated month names used in error messages.
var monthNamesLatin = [13]string{
	"", "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
	"Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal",
	"Dhu al-Qadah", "Dhu al-Hijjah",
}

// checkFields reports whether month and day are possible in any Hijri month.
func checkFields(d Date, calendar string) error {
	if d.Month < 1 || d.Month > 12 {
		return fmt.Errorf("%w: month %d does not exist in the %s calendar (months are numbered 1 to 12)", ErrInvalidDate, d.Month, calendar)
	}
	if d.Day < 1 || d.Day > 30 {
		return fmt.Errorf("%w: day %d does not exist in %s %d in the %s calendar (Hijri months have 29 or 30 days)", ErrInvalidDate, d.Day, monthNamesLatin[d.Month], d.Year, calendar)
	}
	return nil
}

func errNoDay30(d Date, calendar string) error {
	return fmt.Errorf("%w: day 30 does not exist in %s %d in the %s calendar (the month has 29 days)", ErrInvalidDate, monthNamesLatin[d.Month], d.Year, calendar)
}

// Gregorian day numbers: days since 1970-01-01 in the proleptic Gregorian
// calendar, the same count as time.Unix seconds / 86400.

// maxGregorianYear bounds the Gregorian years whose day number is computed;
// beyond it every conversion is out of range anyway.
const maxGregorianYear = 1 << 20

// dayOf returns the day number of t's calendar date in t's own location.
// ok is false when the year is absurdly far from the supported ranges.
func dayOf(t time.Time) (day int64, ok bool) {
	y, m, d := t.Date()
	if y < -maxGregorianYear || y > maxGregorianYear {
		return 0, false
	}
	return daysFromCivil(int64(y), int64(m), int64(d)), true
}

// daysFromCivil converts a proleptic Gregorian date to a day number
// (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// timeOf returns UTC midnight of day.
func timeOf(day int64) time.Time {
	return time.Unix(day*86400, 0).UTC()
}

// isoDay formats the calendar date of t as YYYY-MM-DD for error messages.
func isoDay(t time.Time) string {
	return t.Format("2006-01-02")
}
