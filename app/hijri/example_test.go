package hijri_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/hashiya/hashiya/app/hijri"
)

func ExampleUmmAlQuraToGregorian() {
	// 28 صفر 1438 هـ
	g, err := hijri.UmmAlQuraToGregorian(hijri.Date{Year: 1438, Month: 2, Day: 28})
	fmt.Println(g.Format("2006-01-02"), err)

	// 30 ذو الحجة 1433: that month has 29 days in Umm al-Qura.
	_, err = hijri.UmmAlQuraToGregorian(hijri.Date{Year: 1433, Month: 12, Day: 30})
	fmt.Println(errors.Is(err, hijri.ErrInvalidDate))
	fmt.Println(err)

	_, err = hijri.UmmAlQuraToGregorian(hijri.Date{Year: 1601, Month: 1, Day: 1})
	fmt.Println(errors.Is(err, hijri.ErrOutOfRange))
	// Output:
	// 2016-11-28 <nil>
	// true
	// invalid date: day 30 does not exist in Dhu al-Hijjah 1433 in the Umm al-Qura calendar (the month has 29 days)
	// true
}

func ExampleGregorianToUmmAlQura() {
	h, err := hijri.GregorianToUmmAlQura(time.Date(2024, 12, 2, 15, 0, 0, 0, time.UTC))
	fmt.Println(h, err)
	fmt.Println(h.Day, hijri.MonthNames[h.Month], h.Year)
	// Output:
	// 1446-06-01 <nil>
	// 1 جمادى الآخرة 1446
}

func ExampleUmmAlQuraMonthLength() {
	n, _ := hijri.UmmAlQuraMonthLength(1442, 2)
	fmt.Println(n)
	// Output: 30
}

func ExampleGregorianToTabular() {
	// The arithmetic calendar often differs by a day from Umm al-Qura.
	t := time.Date(2016, 11, 28, 0, 0, 0, 0, time.UTC)
	tab, _ := hijri.GregorianToTabular(t)
	uq, _ := hijri.GregorianToUmmAlQura(t)
	fmt.Println(tab, uq)
	// Output: 1438-02-27 1438-02-28
}

func ExampleUmmAlQuraWeekday() {
	wd, _ := hijri.UmmAlQuraWeekday(hijri.Date{Year: 1438, Month: 2, Day: 28})
	fmt.Println(wd, hijri.WeekdayNames[wd])
	// Output: Monday الاثنين
}
