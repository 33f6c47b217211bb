package timex

import "testing"

// Issue 11, fourth pass: examples of our own for the families where the
// held-out sets showed misses.

// TestMaghrebiNoon: الزوال is noon in Tunisian and Algerian usage: بعد
// الزوال the afternoon, قبل الزوال (like قبل الظهر) the forenoon; الزوال
// "extinction" after حتى/منذ or a proclitic is no time.
func TestMaghrebiNoon(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"يفتح المكتب إلى الساعة الرابعة بعد الزوال", "الساعة الرابعة بعد الزوال", "2016-11-29T16:00", Time},
		{"انطلق الاجتماع على الساعة 2 بعد الزوال", "الساعة 2 بعد الزوال", "2016-11-29T14:00", Time},
		{"وانتهى قبل الزوال بقليل", "قبل الزوال", "2016-11-29TMO", Time},
		{"عند الزوال يغلق السوق", "الزوال", "2016-11-29T12:00", Time},
		{"وقبل الظهر أغلق الباب", "قبل الظهر", "2016-11-29TMO", Time},
		{"لغة مهددة بالزوال", "", "", ""},
		{"ستبقى حتى الزوال", "", "", ""},
	})
}
