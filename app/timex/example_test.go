package timex_test

import (
	"fmt"
	"time"

	"github.com/hashiya/hashiya/app/timex"
)

func ExampleTag() {
	dct := time.Date(2016, 11, 29, 11, 11, 0, 0, time.UTC)
	for _, e := range timex.Tag("زار موسكو في يونيو/حزيران الماضي، ووصل الأحد قبل 5 ساعة", timex.Options{DCT: dct}) {
		fmt.Println(e.Start, e.End, e.Text, e.Type, e.Value)
	}
	// Output:
	// 13 32 يونيو/حزيران الماضي DATE 2016-06
	// 39 44 الأحد DATE 2016-11-27
	// 45 55 قبل 5 ساعة TIME 2016-11-29T06:11
}

func ExampleReadable() {
	e := timex.Tag("28 صفر 1438 هـ", timex.Options{})[0]
	g, h := timex.Readable(e)
	fmt.Println(g)
	fmt.Println(h)
	// Output:
	// الاثنين 28 نوفمبر 2016
	// 28 صفر 1438 هـ
}
